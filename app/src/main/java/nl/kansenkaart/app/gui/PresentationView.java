package nl.kansenkaart.app.gui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * Presentation mode: the map over the whole screen with a large title, the legend and the key
 * figures; no toolbars. The map node is lent by the main window while presenting.
 */
public final class PresentationView extends BorderPane {
    private final StackPane mapSlot = new StackPane();
    private final VBox legend = new VBox(3);
    private final HBox figures = new HBox(36);
    private final LayersViewModel layers;

    /** A presentation on the given state. */
    public PresentationView(PresentationViewModel vm, LayersViewModel layers) {
        this.layers = layers;
        setId("presentation");
        getStyleClass().add("presentation");
        Label title = new Label();
        title.setId("presentation-title");
        title.getStyleClass().add("presentation-title");
        title.textProperty().bind(vm.titleProperty());
        Label theme = new Label();
        theme.setId("presentation-theme");
        theme.getStyleClass().add("presentation-theme");
        theme.textProperty().bind(vm.themeNameProperty());
        Label hint = new Label(Messages.get("presentation.hint"));
        hint.getStyleClass().add("presentation-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(24, new VBox(2, title, theme), gap, hint);
        top.setPadding(new Insets(18, 28, 10, 28));
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);

        legend.getStyleClass().add("presentation-legend");
        legend.setPadding(new Insets(14));
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(16));
        mapSlot.getChildren().add(legend);
        setCenter(mapSlot);

        figures.setId("presentation-figures");
        figures.setPadding(new Insets(14, 28, 18, 28));
        figures.setAlignment(Pos.CENTER);
        setBottom(figures);
        vm.figures().addListener((ListChangeListener<PresentationViewModel.Figure>) c -> rebuildFigures(vm));
        layers.legend().addListener((ListChangeListener<LayersViewModel.LegendGroup>) c -> rebuildLegend());
        rebuildFigures(vm);
        rebuildLegend();
    }

    /** Puts the map under the legend (the main window gives it back on leaving). */
    public void showMap(Node map) {
        mapSlot.getChildren().add(0, map);
    }

    private void rebuildFigures(PresentationViewModel vm) {
        figures.getChildren().clear();
        for (PresentationViewModel.Figure f : vm.figures()) {
            Label value = new Label(f.value());
            value.getStyleClass().add("figure-value");
            Label label = new Label(f.label());
            label.getStyleClass().add("figure-label");
            VBox box = new VBox(0, value, label);
            box.setAlignment(Pos.CENTER);
            figures.getChildren().add(box);
        }
    }

    private void rebuildLegend() {
        legend.getChildren().clear();
        for (LayersViewModel.LegendGroup g : layers.legend()) {
            if (g.items().size() < 2 && g.title().equals(nl.kansenkaart.app.map.MapLayer.PLAN_AREA.dutchName())) {
                continue; // The plan area outline needs no key on a presentation map; an analysis outline does.
            }
            Label title = new Label(g.title());
            title.getStyleClass().add("presentation-legend-title");
            legend.getChildren().add(title);
            for (LayersViewModel.LegendItem i : g.items()) {
                Node swatch = i.point() ? new Circle(7, fx(i.fill())) : new Rectangle(22, 14, fx(i.fill()));
                if (swatch instanceof Rectangle r) {
                    // The key shows what the map draws: a class the map outlines (the collective kansen,
                    // the label-C task) as that outline, not as a fill the map does not show.
                    boolean outline = i.outlineFirst() || i.fill().getAlpha() == 0;
                    r.setStroke(outline ? fx(i.stroke()) : Color.gray(0.35));
                    r.setStrokeWidth(outline ? Math.min(4, Math.max(2.5, i.strokeWidthPx() * 1.2)) : 1);
                }
                Label text = new Label(i.label());
                text.getStyleClass().add("presentation-legend-item");
                HBox row = new HBox(8, swatch, text);
                row.setAlignment(Pos.CENTER_LEFT);
                legend.getChildren().add(row);
            }
        }
    }

    private static Color fx(java.awt.Color c) {
        return FxColors.of(c);
    }
}
