package nl.kansenkaart.app.gui;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.obligations.ParkSummary;
import nl.kansenkaart.core.solar.SolarTotals;

/**
 * Presentation mode for the startbijeenkomst: the park's name, the key figures and the map themes
 * of the map package ("Huidige situatie" by function and bouwjaar, "Kansen en uitdagingen", and by label), stepped with the arrow keys.
 */
public final class PresentationViewModel {

    /**
     * One key figure.
     *
     * @param value the number as shown ("1.234")
     * @param label what it counts, in Dutch
     */
    public record Figure(String value, String label) {}

    private final LayersViewModel layers;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper themeName = new ReadOnlyStringWrapper("");
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<Figure> figuresView = FXCollections.unmodifiableObservableList(figures);

    /** Presentation on the layers panel's theme: stepping the theme changes the map's colouring. */
    public PresentationViewModel(LayersViewModel layers) {
        this.layers = layers;
        layers.themeProperty().addListener((o, a, b) -> themeName.set(b.name() + ": " + b.subtitle()));
        themeName.set(layers.themeProperty().get().name() + ": "
                + layers.themeProperty().get().subtitle());
    }

    /** New results: the title and key figures follow. */
    public void setResults(AnalysedPark a) {
        title.set(Messages.get(
                "presentation.title",
                a.snapshot().park().name(),
                a.snapshot().park().municipality()));
        SolarTotals solar = a.solar().totals();
        ParkSummary summary = a.results().summary();
        long congested = a.results().grid().stream()
                .filter(PresentationViewModel::congested)
                .count();
        figures.setAll(List.of(
                new Figure(DutchFormat.whole(a.snapshot().buildings().size()), Messages.get("figure.buildings")),
                new Figure(DutchFormat.whole(a.snapshot().units().size()), Messages.get("figure.units")),
                new Figure(DutchFormat.whole(solar.peakPowerKwp()), Messages.get("figure.kwp")),
                new Figure(DutchFormat.number(solar.yieldMwhPerYear(), 0), Messages.get("figure.mwh")),
                new Figure(
                        DutchFormat.whole(summary.count(LabelOutcome.Kind.NON_COMPLIANT)
                                + summary.count(LabelOutcome.Kind.NO_LABEL)),
                        Messages.get("figure.offices")),
                new Figure(DutchFormat.whole(congested), Messages.get("figure.congested"))));
    }

    /** No park any more: no title and no figures. */
    public void clear() {
        title.set("");
        figures.clear();
    }

    private static boolean congested(GridPosition p) {
        return p.offtake().isCongested() || p.feedIn().isCongested();
    }

    /** Starts or leaves presentation mode (F5). */
    public void toggle() {
        active.set(!active.get());
    }

    /** Leaves presentation mode (Escape). */
    public void leave() {
        active.set(false);
    }

    /** The next theme (arrow right or down). */
    public void nextTheme() {
        step(1);
    }

    /** The previous theme (arrow left or up). */
    public void previousTheme() {
        step(-1);
    }

    private void step(int by) {
        MapChoice[] all = MapChoice.values();
        int now = layers.choiceProperty().get().ordinal();
        layers.choiceProperty().set(all[Math.floorMod(now + by, all.length)]);
    }

    /** Whether presentation mode is on. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The large title: park and municipality. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The theme shown, "Huidige situatie: panden naar functie". */
    public ReadOnlyStringProperty themeNameProperty() {
        return themeName.getReadOnlyProperty();
    }

    /** The key figures. */
    public ObservableList<Figure> figures() {
        return figuresView;
    }
}
