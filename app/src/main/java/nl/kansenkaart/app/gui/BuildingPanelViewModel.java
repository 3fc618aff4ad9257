package nl.kansenkaart.app.gui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.MapFeature;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;

/** The identify panel: the BAG data of the selected building, its units and their labels. */
public final class BuildingPanelViewModel {

    /**
     * One line of building data.
     *
     * @param name what it is, in Dutch
     * @param value the value as a consultant reads it
     */
    public record Fact(String name, String value) {}

    /**
     * One unit of the building.
     *
     * @param unitId the VBO id
     * @param address the address line
     * @param purposes the gebruiksdoelen, Dutch, comma separated
     * @param area the floor area text ("1.250 m²")
     * @param label the label text ("Label C, geldig tot 1-3-2031" or "geen geregistreerd label")
     */
    public record UnitLine(String unitId, String address, String purposes, String area, String label) {}

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<UnitLine> units = FXCollections.observableArrayList();
    // One read-only wrapper each: a fresh wrapper per call would be collected with its listeners.
    private final ObservableList<Fact> factsView = FXCollections.unmodifiableObservableList(facts);
    private final ObservableList<UnitLine> unitsView = FXCollections.unmodifiableObservableList(units);
    private Optional<MapContent> content = Optional.empty();

    /** A panel that follows the shared selection. */
    public BuildingPanelViewModel(SelectionModel selection) {
        selection.selectionProperty().addListener((o, a, b) -> show(b.map(SelectionModel.Selection::buildingId)));
    }

    /** The park whose buildings are identified. */
    public void setContent(MapContent newContent) {
        content = Optional.of(newContent);
        show(Optional.empty());
    }

    private void show(Optional<String> pandId) {
        Optional<MapFeature.BuildingItem> item = pandId.flatMap(id -> content.flatMap(c -> c.building(id)));
        visible.set(item.isPresent());
        if (item.isEmpty()) {
            title.set("");
            facts.clear();
            units.clear();
            return;
        }
        Building b = item.get().building();
        NumberFormat n = NumberFormat.getIntegerInstance(DUTCH);
        title.set(Messages.get("identify.title", b.id()));
        List<Fact> list = new ArrayList<>();
        list.add(new Fact(Messages.get("identify.pandId"), b.id()));
        list.add(new Fact(
                Messages.get("identify.year"),
                b.constructionYear().isPresent()
                        ? String.valueOf(b.constructionYear().getAsInt())
                        : Messages.get("identify.unknown")));
        list.add(new Fact(Messages.get("identify.status"), b.status().bagName()));
        list.add(new Fact(Messages.get("identify.footprint"), n.format(Math.round(b.footprintAreaM2())) + " m²"));
        list.add(new Fact(
                Messages.get("identify.roof"),
                b.roof()
                        .map(r -> Messages.get("roof." + r.roofType().name()))
                        .orElse(Messages.get("identify.noRoof"))));
        list.add(new Fact(
                Messages.get("identify.unitCount"),
                String.valueOf(item.get().units().size())));
        list.add(new Fact(
                Messages.get("identify.label"),
                item.get().label().map(this::labelText).orElse(Messages.get("identify.noLabel"))));
        facts.setAll(list);
        List<UnitLine> lines = new ArrayList<>();
        for (Unit u : item.get().units()) {
            Optional<EnergyLabel> label = content.flatMap(c -> c.unit(u.id())).flatMap(MapFeature.UnitItem::label);
            lines.add(new UnitLine(
                    u.id(),
                    u.address().display(),
                    purposes(u),
                    n.format(u.floorAreaM2()) + " m²",
                    label.map(this::labelText).orElse(Messages.get("identify.noLabel"))));
        }
        units.setAll(lines);
    }

    static String purposes(Unit u) {
        return u.purposes().stream().sorted().map(UsePurpose::bagName).collect(Collectors.joining(", "));
    }

    private String labelText(EnergyLabel l) {
        return Messages.get(
                "identify.labelText",
                l.labelClass().code(),
                l.validUntil().format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")));
    }

    /** Whether a building is selected and the panel shows. */
    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    /** The panel heading. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The building's data lines. */
    public ObservableList<Fact> facts() {
        return factsView;
    }

    /** The building's units. */
    public ObservableList<UnitLine> units() {
        return unitsView;
    }
}
