package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.obligations.ObligationLevel;
import nl.kansenkaart.core.obligations.ObligationResult;
import nl.kansenkaart.core.solar.SolarPotential;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import nl.kansenkaart.io.geopackage.RowInserter;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes one park's analysis results into the result tables on the caller's transaction: the
 * park's earlier rows are deleted first, so a second run replaces the first. Imported data and the
 * consultant's edits are never touched.
 */
final class ResultsWriter {
    private final Connection connection;

    ResultsWriter(Connection connection) {
        this.connection = connection;
    }

    void write(AnalysisResults r) throws SQLException {
        ResultTables.createMissing(connection, r.computedAt());
        for (Table t : ResultTables.TABLES) {
            try (PreparedStatement p = connection.prepareStatement(
                    "DELETE FROM \"" + t.name() + "\"" + " WHERE " + ResultTables.PARK_COLUMN + " = ?")) {
                p.setString(1, r.parkId());
                p.executeUpdate();
            }
        }
        Map<String, Geometry> footprints = new HashMap<>();
        for (Building b : r.snapshot().buildings()) {
            footprints.put(b.id(), RowCodec.toMulti(b.footprint()));
        }
        writeSolar(r, footprints);
        writeLabels(r, footprints);
        writeObligations(r, footprints);
        new KansenWriter(connection).write(r.kansen(), r.parkId());
        writeAssumptions(r);
        for (Table t : ResultTables.TABLES) {
            GeoPackageSchema.updateContents(connection, t.name(), t.isFeature(), r.computedAt());
        }
    }

    private RowInserter inserter(String table) throws SQLException {
        return inserter(connection, table);
    }

    /** An inserter for one of the result tables, on the caller's transaction. */
    static RowInserter inserter(Connection connection, String table) throws SQLException {
        Table t = ResultTables.TABLES.stream()
                .filter(x -> x.name().equals(table))
                .findFirst()
                .orElseThrow();
        return new RowInserter(connection, table, t.isFeature(), ProjectSchema.SRS, t.columnNames(), false);
    }

    private static Geometry footprint(Map<String, Geometry> footprints, String pandId) {
        Geometry g = footprints.get(pandId);
        if (g == null) {
            throw new IllegalArgumentException("resultaat voor pand " + pandId + " dat niet in het park ligt");
        }
        return g;
    }

    private void writeSolar(AnalysisResults r, Map<String, Geometry> footprints) throws SQLException {
        try (RowInserter in = inserter(ResultTables.SOLAR)) {
            for (SolarPotential p : r.solar().potentials()) {
                OptionalDouble payback = p.economics().paybackYears();
                in.add(
                        footprint(footprints, p.buildingId()),
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
        }
    }

    private void writeLabels(AnalysisResults r, Map<String, Geometry> footprints) throws SQLException {
        try (RowInserter in = inserter(ResultTables.LABEL_C)) {
            for (LabelResult l : r.buildings().labels()) {
                LabelOutcome o = l.outcome();
                double total = o.use().totalAreaM2();
                in.add(
                        footprint(footprints, l.buildingId()),
                        l.buildingId(),
                        o.use().officeAreaM2(),
                        total,
                        total > 0 ? OptionalDouble.of(o.use().share()) : OptionalDouble.empty(),
                        o.kind().dutch(),
                        label(o).map(EnergyLabel::labelClass).map(c -> c.code()),
                        l.reason(),
                        r.parkId());
            }
        }
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

    private void writeObligations(AnalysisResults r, Map<String, Geometry> footprints) throws SQLException {
        List<ObligationResult> uses = r.buildings().obligations();
        List<GridPosition> grid = r.buildings().grid();
        Map<String, GridPosition> gridById = new HashMap<>();
        grid.forEach(g -> gridById.put(g.buildingId(), g));
        try (RowInserter in = inserter(ResultTables.OBLIGATIONS)) {
            for (ObligationResult u : uses) {
                Optional<GridPosition> g = Optional.ofNullable(gridById.get(u.buildingId()));
                boolean measured =
                        u.estimate().electricityMeasured() || u.estimate().gasMeasured();
                in.add(
                        footprint(footprints, u.buildingId()),
                        u.buildingId(),
                        u.estimate().electricityKwh(),
                        u.estimate().gasM3(),
                        measured ? "gemeten" : "geschat",
                        likely(u.level(), u.level() != ObligationLevel.NONE_LIKELY),
                        likely(u.level(), u.level() == ObligationLevel.RESEARCH_LIKELY),
                        g.flatMap(ResultsWriter::gridPlace),
                        g.map(p -> DutchCodes.capacity(p.offtake())).orElse("onbekend"),
                        g.map(p -> DutchCodes.capacity(p.feedIn())).orElse("onbekend"),
                        u.reason() + g.map(p -> "; " + p.reason()).orElse(""),
                        r.parkId());
            }
        }
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

    private void writeAssumptions(AnalysisResults r) throws SQLException {
        try (RowInserter in = inserter(ResultTables.ASSUMPTIONS)) {
            for (AnalysisResults.AssumptionText a : r.assumptions()) {
                in.addRow(r.parkId(), a.analysis(), a.text(), r.computedAt());
            }
        }
    }
}
