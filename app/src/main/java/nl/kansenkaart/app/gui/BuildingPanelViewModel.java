package nl.kansenkaart.app.gui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.MapFeature;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.obligations.ObligationAssumptions;

/**
 * The identify panel: the BAG data of the selected building, its analysis results with their
 * reasons, its units and their labels, and the consultant's edits of the building.
 */
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
     * @param company the company name (typed by the consultant, else the matched KvK names); empty when none
     */
    public record UnitLine(String unitId, String address, String purposes, String area, String label, String company) {}

    /**
     * One analysis result of the building.
     *
     * @param title the analysis, in Dutch ("Zon op dak")
     * @param value the outcome in a few words
     * @param reason the reason line
     */
    public record ResultLine(String title, String value, String reason) {}

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<UnitLine> units = FXCollections.observableArrayList();
    // One read-only wrapper each: a fresh wrapper per call would be collected with its listeners.
    private final ObservableList<Fact> factsView = FXCollections.unmodifiableObservableList(facts);
    private final ObservableList<UnitLine> unitsView = FXCollections.unmodifiableObservableList(units);
    private final ObservableList<ResultLine> results = FXCollections.observableArrayList();
    private final ObservableList<ResultLine> resultsView = FXCollections.unmodifiableObservableList(results);
    private final StringProperty measuredElectricity = new SimpleStringProperty("");
    private final StringProperty measuredGas = new SimpleStringProperty("");
    private final BooleanProperty monument = new SimpleBooleanProperty();
    private final BooleanProperty demolition = new SimpleBooleanProperty();
    private final BooleanProperty roofUnsuitable = new SimpleBooleanProperty();
    private final OverrideSink edits;
    private Optional<MapContent> content = Optional.empty();
    private Optional<AnalysedPark> analyses = Optional.empty();
    private Optional<String> shown = Optional.empty();

    /** A panel that follows the shared selection; the building's edits go to {@code edits}. */
    public BuildingPanelViewModel(SelectionModel selection, OverrideSink edits) {
        this.edits = edits;
        selection.selectionProperty().addListener((o, a, b) -> show(b.map(SelectionModel.Selection::buildingId)));
    }

    /** New analysis results: the panel shows the selected building's outcome again. */
    public void setResults(AnalysedPark newAnalyses) {
        analyses = Optional.of(newAnalyses);
        showResults();
        // A company linked or renamed shows at its unit.
        shown.flatMap(id -> content.flatMap(c -> c.building(id))).ifPresent(this::showUnits);
    }

    /** No park any more: the panel closes and forgets the last park's results. */
    public void clear() {
        content = Optional.empty();
        analyses = Optional.empty();
        show(Optional.empty());
    }

    /** The park whose buildings are identified. */
    public void setContent(MapContent newContent) {
        content = Optional.of(newContent);
        show(Optional.empty());
    }

    private void show(Optional<String> pandId) {
        Optional<MapFeature.BuildingItem> item = pandId.flatMap(id -> content.flatMap(c -> c.building(id)));
        visible.set(item.isPresent());
        shown = item.map(MapFeature.BuildingItem::id);
        showResults();
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
        showUnits(item.get());
    }

    private void showUnits(MapFeature.BuildingItem item) {
        NumberFormat n = NumberFormat.getIntegerInstance(DUTCH);
        List<UnitLine> lines = new ArrayList<>();
        for (Unit u : item.units()) {
            Optional<EnergyLabel> label = content.flatMap(c -> c.unit(u.id())).flatMap(MapFeature.UnitItem::label);
            lines.add(new UnitLine(
                    u.id(),
                    u.address().display(),
                    purposes(u),
                    n.format(u.floorAreaM2()) + " m²",
                    label.map(this::labelText).orElse(Messages.get("identify.noLabel")),
                    analyses.map(a -> a.companyName(u.id())).orElse("")));
        }
        units.setAll(lines);
    }

    private void showResults() {
        if (shown.isEmpty() || analyses.isEmpty()) {
            results.clear();
            measuredElectricity.set("");
            measuredGas.set("");
            monument.set(false);
            demolition.set(false);
            roofUnsuitable.set(false);
            return;
        }
        String id = shown.get();
        AnalysedPark a = analyses.get();
        List<ResultLine> list = new ArrayList<>();
        a.solar(id)
                .ifPresent(o -> list.add(new ResultLine(
                        Messages.get("identify.solar"),
                        o.potential()
                                .map(p -> Messages.get(
                                        "identify.solarValue",
                                        p.panels(),
                                        DutchFormat.number(p.peakPowerKwp(), 1),
                                        DutchFormat.whole(p.yieldKwhPerYear())))
                                .orElse(Messages.get("solar.notAssessed")),
                        o.reason())));
        a.label(id)
                .ifPresent(r -> list.add(
                        new ResultLine(Messages.get("identify.labelC"), r.kind().dutch(), r.reason())));
        a.obligation(id)
                .ifPresent(r -> list.add(new ResultLine(
                        Messages.get("identify.obligation"), r.level().dutch(), r.reason())));
        a.grid(id)
                .ifPresent(r -> list.add(new ResultLine(
                        Messages.get("identify.grid"),
                        Messages.get(
                                "identify.gridValue",
                                nl.kansenkaart.core.grid.CapacityWords.dutch(r.offtake()),
                                nl.kansenkaart.core.grid.CapacityWords.dutch(r.feedIn())),
                        r.reason())));
        a.grid(id).ifPresent(r -> list.addAll(energyAreaLines(a, r)));
        results.setAll(list);
        measuredElectricity.set(a.buildingEdit(id, ObligationAssumptions.MEASURED_ELECTRICITY_KEY));
        measuredGas.set(a.buildingEdit(id, ObligationAssumptions.MEASURED_GAS_KEY));
        monument.set(isYes(a.buildingEdit(id, MONUMENT_KEY)));
        demolition.set(isYes(a.buildingEdit(id, DEMOLITION_KEY)));
        roofUnsuitable.set(isYes(a.buildingEdit(id, AnalysedPark.ROOF_UNSUITABLE_KEY)));
    }

    /**
     * For a pand placed on the grid through its postcodes: the available capacity (MW) of each
     * capaciteitskaart energy area those postcodes lie in, when the import stored it.
     */
    static List<ResultLine> energyAreaLines(AnalysedPark a, nl.kansenkaart.core.grid.GridPosition r) {
        if (r.join() != nl.kansenkaart.core.grid.GridPosition.Join.POSTCODE) {
            return List.of();
        }
        java.util.Map<String, List<String>> postcodesByArea = new java.util.LinkedHashMap<>();
        java.util.Map<String, nl.kansenkaart.core.model.GridPostcode> firstByArea = new java.util.HashMap<>();
        for (nl.kansenkaart.core.model.GridPostcode g : a.snapshot().gridPostcodes()) {
            boolean figures =
                    g.offtakeAvailableMw().isPresent() || g.feedInAvailableMw().isPresent();
            if (figures && r.postcodes().contains(g.postcode())) {
                String area = g.energyArea().orElse(Messages.get("identify.unknown"));
                postcodesByArea.computeIfAbsent(area, k -> new ArrayList<>()).add(g.postcode());
                firstByArea.putIfAbsent(area, g);
            }
        }
        List<ResultLine> lines = new ArrayList<>();
        postcodesByArea.forEach((area, postcodes) -> {
            nl.kansenkaart.core.model.GridPostcode g = firstByArea.get(area);
            lines.add(new ResultLine(
                    Messages.get("identify.gridCapacity"),
                    Messages.get(
                            "identify.gridCapacityValue",
                            megawatts(g.offtakeAvailableMw()),
                            megawatts(g.feedInAvailableMw())),
                    Messages.get("identify.gridCapacityReason", area, String.join(", ", postcodes))));
        });
        return lines;
    }

    private static String megawatts(java.util.OptionalDouble mw) {
        return mw.isPresent() ? DutchFormat.number(mw.getAsDouble(), 1) + " MW" : Messages.get("identify.unknown");
    }

    /** The override key (target BUILDING) of a listed monument, read by the label analysis. */
    public static final String MONUMENT_KEY = "monument";
    /** The override key (target BUILDING) of a building to be demolished, read by the label analysis. */
    public static final String DEMOLITION_KEY = "sloop";

    private static boolean isYes(String v) {
        return v.strip().equalsIgnoreCase("ja");
    }

    /**
     * Stores the building's edit fields that differ from what is stored: measured use (a number or
     * empty), monument, demolition and roof-unsuitable flags ("ja" / "nee"). Each is one override.
     */
    public void saveEdits() {
        if (shown.isEmpty() || analyses.isEmpty()) {
            return;
        }
        String id = shown.get();
        AnalysedPark a = analyses.get();
        saveIfChanged(
                a,
                id,
                ObligationAssumptions.MEASURED_ELECTRICITY_KEY,
                measuredElectricity.get().strip());
        saveIfChanged(
                a, id, ObligationAssumptions.MEASURED_GAS_KEY, measuredGas.get().strip());
        saveIfChanged(a, id, MONUMENT_KEY, monument.get() ? "ja" : "nee");
        saveIfChanged(a, id, DEMOLITION_KEY, demolition.get() ? "ja" : "nee");
        saveIfChanged(a, id, AnalysedPark.ROOF_UNSUITABLE_KEY, roofUnsuitable.get() ? "ja" : "nee");
    }

    private void saveIfChanged(AnalysedPark a, String pandId, String key, String value) {
        // An empty field or an unticked flag is what a pand without the edit has: the edit is
        // removed rather than stored empty, so the computed value counts again.
        boolean none = value.isEmpty() || value.equals("nee");
        if (none) {
            if (a.hasBuildingEdit(pandId, key)) {
                edits.clear(Override.OverrideTarget.BUILDING, pandId, key);
            }
        } else if (!a.buildingEdit(pandId, key).strip().equals(value)) {
            edits.save(new Override(Override.OverrideTarget.BUILDING, pandId, key, value));
        }
    }

    /** The selected building's analysis results, each with its reason. */
    public ObservableList<ResultLine> results() {
        return resultsView;
    }

    /** Measured electricity use in kWh per year, as typed; empty uses the estimate. */
    public StringProperty measuredElectricityProperty() {
        return measuredElectricity;
    }

    /** Measured gas use in m3 per year, as typed; empty uses the estimate. */
    public StringProperty measuredGasProperty() {
        return measuredGas;
    }

    /** Rijks- or gemeentelijk monument (exempts it from label C). */
    public BooleanProperty monumentProperty() {
        return monument;
    }

    /** To be demolished (exempts it from label C). */
    public BooleanProperty demolitionProperty() {
        return demolition;
    }

    /** Roof unsuitable for panels; stored, but the solar analysis does not read it yet. */
    public BooleanProperty roofUnsuitableProperty() {
        return roofUnsuitable;
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
