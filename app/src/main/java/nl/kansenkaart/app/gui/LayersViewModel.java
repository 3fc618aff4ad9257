package nl.kansenkaart.app.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kansenkaart.app.map.BuildingColouring;
import nl.kansenkaart.app.map.LayerStyle;
import nl.kansenkaart.app.map.MapAnalyses;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.MapLayer;
import nl.kansenkaart.app.map.MapTheme;
import nl.kansenkaart.app.map.StyleClass;
import nl.kansenkaart.app.map.Themes;

/** The layers panel: which layers are visible, in what order and how opaque, what buildings are coloured by, and the legend. */
public final class LayersViewModel {

    /** One row of the layer list: visibility and opacity, remembered while the workbench runs. */
    public static final class LayerEntry {
        private final MapLayer layer;
        private final BooleanProperty visible;
        private final DoubleProperty opacity = new SimpleDoubleProperty(1.0);

        LayerEntry(MapLayer layer, boolean visible) {
            this.layer = layer;
            this.visible = new SimpleBooleanProperty(visible);
        }

        /** The layer. */
        public MapLayer layer() {
            return layer;
        }

        /** The Dutch layer name. */
        public String name() {
            return layer.dutchName();
        }

        /** Whether the layer is drawn. */
        public BooleanProperty visibleProperty() {
            return visible;
        }

        /** 0..1, multiplied with the theme's own opacity of the layer (the slider). */
        public DoubleProperty opacityProperty() {
            return opacity;
        }
    }

    /**
     * One legend item.
     *
     * @param fill the class colour (with the layer's opacity applied)
     * @param stroke the outline colour the map draws around this class (the class's own colour for
     *     layers outlined per class, such as the collective kansen); alpha 0 for none
     * @param strokeWidthPx the outline width the map uses, 0 for none
     * @param dash the outline's line pattern on the map (collective kansen differ by it per kind)
     * @param point drawn as a dot rather than a square
     * @param label the Dutch text
     */
    public record LegendItem(
            Color fill, Color stroke, float strokeWidthPx, StyleClass.Dash dash, boolean point, String label) {

        /** Whether the map marks this class mainly by its outline (a wash or no fill, a clear line). */
        public boolean outlineFirst() {
            return strokeWidthPx >= 1.5f && stroke.getAlpha() > 0 && fill.getAlpha() < 128;
        }
    }

    /**
     * The legend of one visible layer.
     *
     * @param title the layer heading
     * @param items its classes
     */
    public record LegendGroup(String title, List<LegendItem> items) {}

    private final ObjectProperty<BuildingColouring> colouring = new SimpleObjectProperty<>(BuildingColouring.FUNCTION);
    private final ObjectProperty<MapChoice> choice = new SimpleObjectProperty<>(MapChoice.FUNCTION);
    private MapAnalyses analyses = MapAnalyses.none();
    private Optional<MapContent> content = Optional.empty();
    private final ObservableList<LayerEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LayerEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<MapTheme> theme = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LegendGroup> legend = FXCollections.observableArrayList();
    // One read-only wrapper: a fresh wrapper per call would be collected with its listeners.
    private final ObservableList<LegendGroup> legendView = FXCollections.unmodifiableObservableList(legend);

    /** A layers panel with the default visibility of {@link Themes#HIDDEN_BY_DEFAULT}. */
    public LayersViewModel() {
        List<MapLayer> topFirst = new ArrayList<>(List.of(MapLayer.values()));
        java.util.Collections.reverse(topFirst);
        for (MapLayer l : topFirst) {
            LayerEntry e = new LayerEntry(l, !Themes.HIDDEN_BY_DEFAULT.contains(l));
            e.visibleProperty().addListener((o, a, b) -> update());
            e.opacityProperty().addListener((o, a, b) -> update());
            entries.add(e);
        }
        colouring.addListener((o, a, b) -> {
            if (b != null && choice.get().colouring().map(c -> c != b).orElse(true)) {
                choice.set(MapChoice.of(b));
            }
            update();
        });
        choice.addListener((o, a, b) -> {
            if (b == MapChoice.OPPORTUNITIES) {
                // The theme is about the kansen: their layer (hidden on a fresh map) comes on with it.
                entry(MapLayer.OPPORTUNITIES).visibleProperty().set(true);
            }
            b.colouring().ifPresent(colouring::set);
            update();
        });
        update();
    }

    private void update() {
        Set<MapLayer> hidden = EnumSet.noneOf(MapLayer.class);
        entries.stream().filter(e -> !e.visibleProperty().get()).forEach(e -> hidden.add(e.layer()));
        MapTheme base = choice.get() == MapChoice.OPPORTUNITIES
                ? Themes.opportunities(analyses).without(hidden)
                : Themes.currentSituation(colouring.get(), hidden);
        MapTheme visible = arranged(base);
        List<LegendGroup> groups = new ArrayList<>();
        List<LayerStyle> layers = new ArrayList<>(visible.layers());
        java.util.Collections.reverse(layers);
        for (LayerStyle l : layers) {
            if (Themes.isGridByPostcode(l) && !content.map(c -> c.draws(l)).orElse(false)) {
                // As on the printed map: no group for panden by postcode when the park has none.
                continue;
            }
            List<LegendItem> items = new ArrayList<>();
            for (StyleClass c : l.classifier().classes()) {
                Color f = c.fill();
                Color outline = l.outlineOf(c);
                items.add(new LegendItem(
                        new Color(f.getRed(), f.getGreen(), f.getBlue(), Math.round(f.getAlpha() * l.opacity())),
                        new Color(
                                outline.getRed(),
                                outline.getGreen(),
                                outline.getBlue(),
                                Math.round(outline.getAlpha() * l.opacity())),
                        l.strokeWidthPx(),
                        c.dash(),
                        l.pointRadiusPx() > 0,
                        c.legendLabel()));
            }
            groups.add(new LegendGroup(l.title(), items));
        }
        legend.setAll(groups);
        theme.set(visible);
    }

    /**
     * The theme's layers in the order of the layer list (top row drawn last) at the opacity of their
     * sliders. Styles of one layer (buildings by solar potential, then their label-C outline) keep
     * their order among themselves: the sort is stable.
     */
    private MapTheme arranged(MapTheme base) {
        Map<MapLayer, Integer> bottomUp = new EnumMap<>(MapLayer.class);
        Map<MapLayer, Double> opacity = new EnumMap<>(MapLayer.class);
        for (int i = 0; i < entries.size(); i++) {
            bottomUp.put(entries.get(i).layer(), entries.size() - 1 - i);
            opacity.put(entries.get(i).layer(), entries.get(i).opacityProperty().get());
        }
        List<LayerStyle> styles = new ArrayList<>();
        for (LayerStyle l : base.layers()) {
            double factor = Math.max(0, Math.min(1, opacity.getOrDefault(l.layer(), 1.0)));
            styles.add(factor < 1 ? l.withOpacity((float) (l.opacity() * factor)) : l);
        }
        styles.sort(Comparator.comparingInt(l -> bottomUp.getOrDefault(l.layer(), 0)));
        return new MapTheme(base.name(), base.subtitle(), styles);
    }

    /** Moves a layer one row up the list: drawn over the layer above it. */
    public void moveUp(LayerEntry entry) {
        move(entry, -1);
    }

    /** Moves a layer one row down the list: drawn under the layer below it. */
    public void moveDown(LayerEntry entry) {
        move(entry, 1);
    }

    private void move(LayerEntry entry, int by) {
        int at = entries.indexOf(entry);
        int to = at + by;
        if (at < 0 || to < 0 || to >= entries.size()) {
            return;
        }
        entries.remove(at);
        entries.add(to, entry);
        update();
    }

    /** The layer rows, top layer first; reordered by {@link #moveUp} and {@link #moveDown}. */
    public ObservableList<LayerEntry> entries() {
        return entriesView;
    }

    /** The row of one layer. */
    public LayerEntry entry(MapLayer layer) {
        return entries.stream().filter(e -> e.layer() == layer).findFirst().orElseThrow();
    }

    /** What buildings are coloured by. */
    public ObjectProperty<BuildingColouring> colouringProperty() {
        return colouring;
    }

    /** What the map shows: a colouring of "Huidige situatie" or "Kansen en uitdagingen". */
    public ObjectProperty<MapChoice> choiceProperty() {
        return choice;
    }

    /** The park on the map (empty for none): the legend lists the panden by postcode only when it has any. */
    public void setContent(Optional<MapContent> newContent) {
        content = newContent;
        update();
    }

    /** New analyses: the "Kansen en uitdagingen" theme draws their results. */
    public void setAnalyses(MapAnalyses newAnalyses) {
        analyses = newAnalyses;
        update();
    }

    /** The theme with only the visible layers: what the map draws. */
    public ReadOnlyObjectProperty<MapTheme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** The legend of the visible layers, top layer first. */
    public ObservableList<LegendGroup> legend() {
        return legendView;
    }
}
