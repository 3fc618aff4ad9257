package nl.kansenkaart.io.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.obligations.ObligationLevel;
import nl.kansenkaart.core.obligations.ObligationResult;
import nl.kansenkaart.core.solar.SolarPotential;

/** Builds the per-pand result rows: zon op dak, label C and verplichtingen, on the pand footprints. */
final class BuildingRows {
    private BuildingRows() {}

    static TableRows solar(AnalysisResults r, Map<String, Footprint> footprints) {
        TableRows rows = new TableRows();
        for (SolarPotential p : r.solar().potentials()) {
            Footprint f = footprint(footprints, p.buildingId());
            OptionalDouble payback = p.economics().paybackYears();
            rows.add(
                    f.blob(),
                    f.envelope(),
                    p.buildingId(),
                    p.method().code(),
                    p.usableRoofAreaM2(),
                    p.panels(),
                    p.peakPowerKwp(),
                    p.yieldKwhPerYear(),
                    p.economics().co2AvoidedKgPerYear(),
                    p.economics().investmentEur(),
                    p.economics().yearlySavingsEur(),
                    payback,
                    p.flags().gh1SizeRoof(),
                    p.flags().feedInConstrained(),
                    p.flags().structuralCheckAdvised(),
                    p.reason(),
                    r.parkId());
        }
        return rows;
    }

    /**
     * The label-C rows: one per pand the obligation concerns or might concern. A pand with floor area
     * but no office function at all is left out (its row would only say "geen kantoorfunctie"; three
     * in four panden of a business park): the layer then shows the offices, and a pand without data
     * (no area, not standing) keeps its row so the gap stays visible.
     */
    static TableRows labels(AnalysisResults r, Map<String, Footprint> footprints) {
        TableRows rows = new TableRows();
        for (LabelResult l : r.buildings().labels()) {
            LabelOutcome o = l.outcome();
            if (!concernsLabelC(o)) {
                continue;
            }
            Footprint f = footprint(footprints, l.buildingId());
            double total = o.use().totalAreaM2();
            rows.add(
                    f.blob(),
                    f.envelope(),
                    l.buildingId(),
                    o.use().officeAreaM2(),
                    total,
                    total > 0 ? OptionalDouble.of(o.use().share()) : OptionalDouble.empty(),
                    o.kind().dutch(),
                    label(o).map(EnergyLabel::labelClass).map(c -> c.code()),
                    l.reason(),
                    r.parkId());
        }
        return rows;
    }

    static TableRows obligations(AnalysisResults r, Map<String, Footprint> footprints) {
        List<ObligationResult> uses = r.buildings().obligations();
        Map<String, GridPosition> gridById = new HashMap<>();
        r.buildings().grid().forEach(g -> gridById.put(g.buildingId(), g));
        TableRows rows = new TableRows();
        for (ObligationResult u : uses) {
            Footprint f = footprint(footprints, u.buildingId());
            Optional<GridPosition> g = Optional.ofNullable(gridById.get(u.buildingId()));
            boolean measured =
                    u.estimate().electricityMeasured() || u.estimate().gasMeasured();
            rows.add(
                    f.blob(),
                    f.envelope(),
                    u.buildingId(),
                    u.estimate().electricityKwh(),
                    u.estimate().gasM3(),
                    measured ? "gemeten" : "geschat",
                    likely(u.level(), u.level() != ObligationLevel.NONE_LIKELY),
                    likely(u.level(), u.level() == ObligationLevel.RESEARCH_LIKELY),
                    g.flatMap(BuildingRows::gridPlace),
                    g.map(p -> DutchCodes.capacity(p.offtake())).orElse("onbekend"),
                    g.map(p -> DutchCodes.capacity(p.feedIn())).orElse("onbekend"),
                    u.reason() + g.map(p -> "; " + p.reason()).orElse(""),
                    r.parkId());
        }
        return rows;
    }

    /** Whether a pand gets a label_c row: every outcome but "not obliged: no office function". */
    static boolean concernsLabelC(LabelOutcome o) {
        return !(o instanceof LabelOutcome.NotObliged n && n.why() == LabelOutcome.NotObligedWhy.NO_OFFICE);
    }

    private static Footprint footprint(Map<String, Footprint> footprints, String pandId) {
        Footprint f = footprints.get(pandId);
        if (f == null) {
            throw new IllegalArgumentException("resultaat voor pand " + pandId + " dat niet in het park ligt");
        }
        return f;
    }

    private static Optional<EnergyLabel> label(LabelOutcome o) {
        if (o instanceof LabelOutcome.Compliant c) {
            return Optional.of(c.label());
        }
        if (o instanceof LabelOutcome.NonCompliant n) {
            return Optional.of(n.label());
        }
        return Optional.empty();
    }

    /** The grid area's name, or the postcodes a PC6 join went through. */
    private static Optional<String> gridPlace(GridPosition p) {
        if (p.join() == GridPosition.Join.POSTCODE) {
            return Optional.of("postcode " + String.join(", ", p.postcodes()));
        }
        return p.areaName().or(p::areaId);
    }

    private static String likely(ObligationLevel level, boolean yes) {
        if (level == ObligationLevel.UNKNOWN) {
            return "onbekend";
        }
        return yes ? "waarschijnlijk" : "niet waarschijnlijk";
    }
}
