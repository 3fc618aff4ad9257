package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
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
import nl.kansenkaart.io.geopackage.GeoPackageGeometry;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import nl.kansenkaart.io.geopackage.RowInserter;

/**
 * Writes the analysis results of one or more parks into the result tables on the caller's
 * transaction: each park's earlier rows are deleted first, so a second run replaces the first.
 * Imported data and the consultant's edits are never touched.
 *
 * <p>Like an import, a batch writes without the R-tree triggers ({@link #begin}) and indexes its new
 * rows at the end ({@link #finish}): a trigger per row costs as much as the row itself. The extent
 * in gpkg_contents grows by the new rows instead of being read from the whole R-tree, which made
 * storing the parks of a country one by one quadratic.
 */
final class ResultsWriter {
    private final Connection connection;
    private final Instant computedAt;
    // Per feature table: the extent before the batch, the fid its first new row gets, and the
    // extent of the rows the batch removed (null: none).
    private final Map<String, double[]> before = new HashMap<>();
    private final Map<String, Long> firstFid = new HashMap<>();
    private final Map<String, double[]> removed = new HashMap<>();

    ResultsWriter(Connection connection, Instant computedAt) {
        this.connection = connection;
        this.computedAt = computedAt;
    }

    /** Creates missing tables and takes the R-tree triggers off for the batch. */
    void begin() throws SQLException {
        ResultTables.createMissing(connection, computedAt);
        for (Table t : ResultTables.TABLES) {
            if (t.isFeature()) {
                before.put(t.name(), GeoPackageSchema.contentsExtent(connection, t.name()));
                firstFid.put(t.name(), GeoPackageSchema.nextFid(connection, t.name()));
                GeoPackageSchema.dropSpatialIndexTriggers(connection, t.name());
            }
        }
    }

    void write(AnalysisResults r) throws SQLException {
        for (Table t : ResultTables.TABLES) {
            if (t.isFeature()) {
                double[] gone = parkExtent(t.name(), r.parkId());
                removed.merge(t.name(), gone == null ? NONE : gone, ResultsWriter::union);
                // Without triggers the index entries of the park's old rows go first.
                try (PreparedStatement p = connection.prepareStatement("DELETE FROM \""
                        + GeoPackageSchema.rtreeName(t.name()) + "\" WHERE id IN (SELECT fid FROM \"" + t.name()
                        + "\" WHERE " + ResultTables.PARK_COLUMN + " = ?)")) {
                    p.setString(1, r.parkId());
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "DELETE FROM \"" + t.name() + "\"" + " WHERE " + ResultTables.PARK_COLUMN + " = ?")) {
                p.setString(1, r.parkId());
                p.executeUpdate();
            }
        }
        // Each footprint goes to three tables: encoded once.
        Map<String, byte[]> footprints = new HashMap<>();
        for (Building b : r.snapshot().buildings()) {
            footprints.put(b.id(), GeoPackageGeometry.encode(RowCodec.toMulti(b.footprint()), ProjectSchema.SRS));
        }
        writeSolar(r, footprints);
        writeLabels(r, footprints);
        writeObligations(r, footprints);
        new KansenWriter(connection).write(r.kansen(), r.parkId());
        SolarParkTable.write(connection, r);
        writeAssumptions(r);
    }

    /** Indexes the new rows, puts the triggers back and brings gpkg_contents up to date. */
    void finish() throws SQLException {
        for (Table t : ResultTables.TABLES) {
            if (!t.isFeature()) {
                GeoPackageSchema.updateContents(connection, t.name(), false, computedAt);
                continue;
            }
            long first = firstFid.get(t.name());
            GeoPackageSchema.indexRowsAfter(connection, t.name(), first - 1);
            GeoPackageSchema.createSpatialIndexTriggers(connection, t.name());
            double[] old = before.get(t.name());
            double[] gone = removed.get(t.name());
            if (old != null && gone != null && gone != NONE && touches(gone, old)) {
                // A removed row lay on the border: the extent may have shrunk, so read it whole.
                GeoPackageSchema.updateContents(connection, t.name(), true, computedAt);
                continue;
            }
            double[] added = GeoPackageSchema.rowsExtent(connection, t.name(), "t.fid >= ?", first);
            double[] extent = old == null ? added : added == null ? old : union(old, added);
            GeoPackageSchema.setContents(connection, t.name(), extent, computedAt);
        }
    }

    /** Stands for "no rows removed" in the merged extents. */
    private static final double[] NONE = new double[0];

    private double[] parkExtent(String table, String parkId) throws SQLException {
        return GeoPackageSchema.rowsExtent(connection, table, "t." + ResultTables.PARK_COLUMN + " = ?", parkId);
    }

    private static boolean touches(double[] inner, double[] outer) {
        return inner[0] <= outer[0] || inner[1] <= outer[1] || inner[2] >= outer[2] || inner[3] >= outer[3];
    }

    private static double[] union(double[] a, double[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        return new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])};
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

    private static byte[] footprint(Map<String, byte[]> footprints, String pandId) {
        byte[] g = footprints.get(pandId);
        if (g == null) {
            throw new IllegalArgumentException("resultaat voor pand " + pandId + " dat niet in het park ligt");
        }
        return g;
    }

    private void writeSolar(AnalysisResults r, Map<String, byte[]> footprints) throws SQLException {
        try (RowInserter in = inserter(ResultTables.SOLAR)) {
            for (SolarPotential p : r.solar().potentials()) {
                OptionalDouble payback = p.economics().paybackYears();
                in.addEncoded(
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

    private void writeLabels(AnalysisResults r, Map<String, byte[]> footprints) throws SQLException {
        try (RowInserter in = inserter(ResultTables.LABEL_C)) {
            for (LabelResult l : r.buildings().labels()) {
                LabelOutcome o = l.outcome();
                double total = o.use().totalAreaM2();
                in.addEncoded(
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

    private void writeObligations(AnalysisResults r, Map<String, byte[]> footprints) throws SQLException {
        List<ObligationResult> uses = r.buildings().obligations();
        List<GridPosition> grid = r.buildings().grid();
        Map<String, GridPosition> gridById = new HashMap<>();
        grid.forEach(g -> gridById.put(g.buildingId(), g));
        try (RowInserter in = inserter(ResultTables.OBLIGATIONS)) {
            for (ObligationResult u : uses) {
                Optional<GridPosition> g = Optional.ofNullable(gridById.get(u.buildingId()));
                boolean measured =
                        u.estimate().electricityMeasured() || u.estimate().gasMeasured();
                in.addEncoded(
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
