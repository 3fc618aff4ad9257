package nl.kansenkaart.app.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.ParkAnalyses;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.app.map.MapAnalyses;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.MapFeature;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.obligations.ObligationResult;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarOutcome;
import nl.kansenkaart.core.solar.SolarReport;

/**
 * The engine's analyses of the shown park with the lookups the tables and the identify panel need:
 * results per pand and the company name per verblijfsobject (the consultant's name wins over the
 * KvK match). The analyses themselves run in {@link ParkEngine#run}, the same as on the command line.
 */
public final class AnalysedPark {
    /** The override key (target UNIT) holding the company name a consultant typed. */
    public static final String COMPANY_NAME_KEY = "bedrijfsnaam";
    /** The override key (target BUILDING) marking a roof unsuitable; the solar analysis gives it 0 panels. */
    public static final String ROOF_UNSUITABLE_KEY = nl.kansenkaart.core.solar.SolarAnalysis.ROOF_UNSUITABLE_KEY;

    private final MapContent content;
    private final ParkAnalyses analyses;
    private final Map<String, SolarOutcome> solarByPand = new HashMap<>();
    private final Map<String, LabelResult> labelByPand = new HashMap<>();
    private final Map<String, ObligationResult> obligationByPand = new HashMap<>();
    private final Map<String, GridPosition> gridByPand = new HashMap<>();
    private final Map<String, String> companyByUnit = new HashMap<>();
    private final Map<String, Map<String, String>> buildingEdits = new HashMap<>();
    private final Set<String> namedUnits = new java.util.HashSet<>();

    /**
     * The lookups over analyses the engine made.
     *
     * @param content the map content of the park; it may hold an older copy of the analysed snapshot,
     *     as edits do not change what the map draws
     */
    public AnalysedPark(MapContent content, ParkAnalyses analyses) {
        this.content = content;
        this.analyses = analyses;
        ParkSnapshot snapshot = analyses.snapshot();
        analyses.solar().outcomes().forEach(o -> solarByPand.put(o.buildingId(), o));
        ParkResults results = analyses.buildings();
        results.labels().forEach(r -> labelByPand.put(r.buildingId(), r));
        results.obligations().forEach(r -> obligationByPand.put(r.buildingId(), r));
        results.grid().forEach(r -> gridByPand.put(r.buildingId(), r));
        for (Company c : snapshot.companies()) {
            c.unitId().ifPresent(u -> companyByUnit.merge(u, c.name(), (x, y) -> x + ", " + y));
        }
        for (Override o : snapshot.overrides()) {
            if (o.target() == Override.OverrideTarget.UNIT && o.key().equals(COMPANY_NAME_KEY)) {
                namedUnits.add(o.targetId());
                if (o.value().isBlank()) {
                    companyByUnit.remove(o.targetId());
                } else {
                    companyByUnit.put(o.targetId(), o.value().strip());
                }
            } else if (o.target() == Override.OverrideTarget.BUILDING) {
                buildingEdits
                        .computeIfAbsent(o.targetId(), k -> new HashMap<>())
                        .put(o.key().toLowerCase(Locale.ROOT), o.value());
            }
        }
    }

    /**
     * Runs every analysis of the park through the engine.
     *
     * @param snapshot the park with the consultant's edits; {@code content} may hold an older copy of
     *     the same park, as edits do not change the buildings the map draws (its kansen layer is
     *     rebuilt from the new results)
     */
    public static AnalysedPark run(
            MapContent content, ParkSnapshot snapshot, AnalysisAssumptions a, Progress progress) {
        return redrawn(content, ParkEngine.run(snapshot, a, progress));
    }

    /** New results on a park already drawn: the buildings stay as loaded, the collective kansen are drawn anew. */
    public static AnalysedPark redrawn(MapContent content, ParkAnalyses analyses) {
        return new AnalysedPark(MapContent.of(content.snapshot(), mapAnalyses(analyses)), analyses);
    }

    /**
     * Runs every analysis of a freshly loaded park and builds its map content with the results that
     * have geometry of their own (the collective kansen).
     */
    public static AnalysedPark runAndDraw(ParkSnapshot snapshot, AnalysisAssumptions a, Progress progress) {
        ParkAnalyses analyses = ParkEngine.run(snapshot, a, progress);
        return new AnalysedPark(MapContent.of(snapshot, mapAnalyses(analyses)), analyses);
    }

    private static MapAnalyses mapAnalyses(ParkAnalyses analyses) {
        return MapAnalyses.of(analyses.solar(), analyses.buildings().labels(), analyses.kansen());
    }

    /** The results the map themes draw (solar potential, label-C task, kansen). */
    public MapAnalyses mapAnalyses() {
        return mapAnalyses(analyses);
    }

    /** The snapshot with one edit added, replacing an earlier edit of the same target, id and field. */
    public static ParkSnapshot withOverride(ParkSnapshot s, Override edit) {
        List<Override> list = new ArrayList<>();
        for (Override o : s.overrides()) {
            if (!(o.target() == edit.target()
                    && o.targetId().equals(edit.targetId())
                    && o.key().equals(edit.key()))) {
                list.add(o);
            }
        }
        list.add(edit);
        return s.withOverrides(list);
    }

    /** The snapshot without the consultant's edit of that target, id and field (a cleared cell). */
    public static ParkSnapshot withoutOverride(
            ParkSnapshot s, Override.OverrideTarget target, String targetId, String key) {
        List<Override> list = new ArrayList<>();
        for (Override o : s.overrides()) {
            if (!(o.target() == target
                    && o.targetId().equals(targetId)
                    && o.key().equals(key))) {
                list.add(o);
            }
        }
        return list.size() == s.overrides().size() ? s : s.withOverrides(list);
    }

    /**
     * The snapshot with one more company (one found elsewhere in the project that the consultant
     * matches to a unit of this park); the same snapshot when it holds the company already.
     */
    public static ParkSnapshot withCompany(ParkSnapshot s, nl.kansenkaart.core.model.Company company) {
        if (s.companies().stream().anyMatch(c -> c.id().equals(company.id()))) {
            return s;
        }
        List<nl.kansenkaart.core.model.Company> companies = new ArrayList<>(s.companies());
        companies.add(company);
        return s.withCompanies(companies);
    }

    /** The map content of the park. */
    public MapContent content() {
        return content;
    }

    /** The engine's analyses. */
    public ParkAnalyses analyses() {
        return analyses;
    }

    /** The park with the edits the results rest on. */
    public ParkSnapshot snapshot() {
        return analyses.snapshot();
    }

    /** The assumptions used. */
    public AnalysisAssumptions assumptions() {
        return analyses.assumptions();
    }

    /** The solar report. */
    public SolarReport solar() {
        return analyses.solar();
    }

    /** Labels, obligations, grid and their summary. */
    public ParkResults results() {
        return analyses.buildings();
    }

    /** The opportunities and the park score card. */
    public KansenReport kansen() {
        return analyses.kansen();
    }

    /** The solar outcome of a pand. */
    public Optional<SolarOutcome> solar(String pandId) {
        return Optional.ofNullable(solarByPand.get(pandId));
    }

    /** The label-C result of a pand. */
    public Optional<LabelResult> label(String pandId) {
        return Optional.ofNullable(labelByPand.get(pandId));
    }

    /** The obligation result of a pand. */
    public Optional<ObligationResult> obligation(String pandId) {
        return Optional.ofNullable(obligationByPand.get(pandId));
    }

    /** The grid position of a pand. */
    public Optional<GridPosition> grid(String pandId) {
        return Optional.ofNullable(gridByPand.get(pandId));
    }

    /** The company name of a verblijfsobject, empty when none is known. */
    public String companyName(String unitId) {
        return companyByUnit.getOrDefault(unitId, "");
    }

    /** The company names in a pand, comma separated, each once. */
    public String companyNames(String pandId) {
        Set<String> names = new LinkedHashSet<>();
        for (Unit u : units(pandId)) {
            String n = companyName(u.id());
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        return String.join(", ", names);
    }

    /** The consultant's value for a pand's field ("monument", "gemeten_gas_m3"), empty when none. */
    public String buildingEdit(String pandId, String key) {
        return buildingEdits.getOrDefault(pandId, Map.of()).getOrDefault(key, "");
    }

    /** Whether the consultant stored an edit of this field of the pand (also an empty one in an older project). */
    public boolean hasBuildingEdit(String pandId, String key) {
        return buildingEdits.getOrDefault(pandId, Map.of()).containsKey(key.toLowerCase(Locale.ROOT));
    }

    /** Whether the consultant stored a company name of the unit (also an empty one in an older project). */
    public boolean hasCompanyNameEdit(String unitId) {
        return namedUnits.contains(unitId);
    }

    /** The units of a pand. */
    public List<Unit> units(String pandId) {
        return content.building(pandId).map(MapFeature.BuildingItem::units).orElse(List.of());
    }

    /** The first address of a pand, with how many more there are; empty when it has no units. */
    public String address(String pandId) {
        List<Unit> units = units(pandId);
        if (units.isEmpty()) {
            return "";
        }
        String first = units.get(0).address().display();
        return units.size() == 1 ? first : Messages.get("address.more", first, units.size() - 1);
    }

    /** The best label registered for the pand or one of its units. */
    public Optional<EnergyLabel> bestLabel(String pandId) {
        Optional<EnergyLabel> best = content.building(pandId).flatMap(MapFeature.BuildingItem::label);
        for (Unit u : units(pandId)) {
            Optional<EnergyLabel> l = content.unit(u.id()).flatMap(MapFeature.UnitItem::label);
            if (l.isPresent()
                    && (best.isEmpty()
                            || l.get().labelClass().compareTo(best.get().labelClass()) < 0)) {
                best = l;
            }
        }
        return best;
    }
}
