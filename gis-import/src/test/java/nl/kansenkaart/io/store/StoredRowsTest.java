package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.kansen.KansenAnalysis;
import nl.kansenkaart.core.kansen.KansenAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import nl.kansenkaart.io.geopackage.GeoPackageWriter;
import nl.kansenkaart.io.imports.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer stores exactly the rows it was handed, whatever path they take (a list of parks, or
 * parks fed one at a time into an open transaction as the national chain does): every value of every
 * result table read back equals the prepared value, with the same SQLite storage class (a text stays
 * TEXT, a number REAL or INTEGER), and every geometry blob is the prepared one byte for byte.
 */
class StoredRowsTest {
    private static final Path DEVAART = Path.of("../samples/src/main/resources/nl/kansenkaart/samples/devaart");
    private static final Instant AT = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void parks_fed_one_at_a_time_are_stored_value_for_value_as_prepared() throws Exception {
        Path file = project("fed.gpkg");
        List<PreparedResults> prepared;
        try (ProjectStore store = ProjectStore.open(file)) {
            prepared = List.of(
                    PreparedResults.of(results(store.load("0106004"))),
                    PreparedResults.of(results(store.load("0106005"))));
            // Each park is made only when the writer asks for it, as the chain's workers do.
            List<String> made = new ArrayList<>();
            Iterator<PreparedResults> feed = new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                    return next < prepared.size();
                }

                @Override
                public PreparedResults next() {
                    made.add(prepared.get(next).parkId());
                    return prepared.get(next++);
                }
            };
            store.savePrepared(feed);
            assertThat(made).containsExactly("0106004", "0106005");
        }
        assertStoredAsPrepared(file, prepared);
    }

    @Test
    void a_list_of_parks_and_the_same_parks_fed_one_at_a_time_give_the_same_file_rows() throws Exception {
        Path listed = project("list.gpkg");
        Path fed = project("fed.gpkg");
        List<PreparedResults> prepared;
        try (ProjectStore store = ProjectStore.open(listed)) {
            prepared = List.of(
                    PreparedResults.of(results(store.load("0106004"))),
                    PreparedResults.of(results(store.load("0106005"))));
            store.savePrepared(prepared);
        }
        assertStoredAsPrepared(listed, prepared);
        try (ProjectStore store = ProjectStore.open(fed)) {
            store.savePrepared(
                    List.of(PreparedResults.of(results(store.load("0106004")))).iterator());
            store.savePrepared(
                    List.of(PreparedResults.of(results(store.load("0106005")))).iterator());
        }
        for (Table t : ResultTables.TABLES) {
            assertThat(dump(fed, t)).as(t.name()).isEqualTo(dump(listed, t));
        }
    }

    @Test
    void a_feed_that_fails_halfway_leaves_no_rows_and_lets_the_cache_spill_again() throws Exception {
        Path file = project("failed.gpkg");
        try (ProjectStore store = ProjectStore.open(file)) {
            PreparedResults a = PreparedResults.of(results(store.load("0106004")));
            Iterator<PreparedResults> feed = new Iterator<>() {
                int given;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public PreparedResults next() {
                    if (given++ == 1) {
                        throw new IllegalStateException("werker viel om");
                    }
                    return a;
                }
            };
            // The feed's own failure comes out as itself, after the rollback.
            assertThatThrownBy(() -> store.savePrepared(feed))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("werker viel om");
            // The tables the failed transaction created are gone with it: the file is as before.
            try (Connection c = GeoPackageWriter.openExisting(file)) {
                assertThat(ResultTables.exist(c)).isFalse();
            }
            store.savePrepared(List.of(a));
            assertThat(StoreTestSupport.sql(file, "SELECT count(*) > 0 FROM zon_op_dak"))
                    .isEqualTo("1");
        }
        try (Connection c = GeoPackageWriter.openExisting(file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA cache_spill")) {
            rs.next();
            assertThat(rs.getLong(1)).as("cache_spill of a fresh connection").isPositive();
        }
    }

    /** Row by row, value by value: the file holds what the prepared rows say, in the same order. */
    private static void assertStoredAsPrepared(Path file, List<PreparedResults> parks) throws SQLException {
        for (Table t : ResultTables.TABLES) {
            List<String> expected = new ArrayList<>();
            for (PreparedResults p : parks) {
                TableRows rows = p.rows(t.name());
                for (int i = 0; i < rows.size(); i++) {
                    Object[] values = rows.values(i);
                    StringBuilder row = new StringBuilder();
                    if (t.isFeature()) {
                        row.append(value(rows.geometry(i)));
                    }
                    // A feature row's slot 0 is the fid the writer hands out; it is compared as counted.
                    for (int k = t.isFeature() ? 1 : 0; k < values.length; k++) {
                        row.append(row.isEmpty() ? "" : "|").append(value(values[k]));
                    }
                    expected.add(row.toString());
                }
            }
            assertThat(dump(file, t)).as(t.name()).isNotEmpty().containsExactlyElementsOf(expected);
        }
    }

    /** Every row of a result table in insertion order, as {@link #value} renders each stored value. */
    private static List<String> dump(Path file, Table t) throws SQLException {
        List<String> out = new ArrayList<>();
        StringBuilder columns = new StringBuilder(t.isFeature() ? "geom" : "");
        for (String c : t.columnNames()) {
            columns.append(columns.isEmpty() ? "" : ", ").append('"').append(c).append('"');
        }
        try (Connection c = GeoPackageWriter.openExisting(file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + columns + " FROM \"" + t.name() + "\" ORDER BY "
                        + (t.isFeature() ? "fid" : "rowid"))) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int k = 1; k <= n; k++) {
                    row.append(k == 1 ? "" : "|").append(value(rs.getObject(k)));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    /** A value with its storage class: what the writer binds, and what SQLite hands back. */
    private static String value(Object v) {
        if (v instanceof Optional<?> o) {
            return value(o.orElse(null));
        }
        if (v instanceof OptionalDouble o) {
            return o.isPresent() ? value(o.getAsDouble()) : value(null);
        }
        if (v instanceof OptionalInt o) {
            return o.isPresent() ? value(o.getAsInt()) : value(null);
        }
        if (v instanceof OptionalLong o) {
            return o.isPresent() ? value(o.getAsLong()) : value(null);
        }
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return "INTEGER " + ((Number) v).longValue();
        }
        if (v instanceof Boolean b) {
            return "INTEGER " + (b ? 1 : 0);
        }
        if (v instanceof Double || v instanceof Float) {
            return "REAL " + ((Number) v).doubleValue();
        }
        if (v instanceof Instant i) {
            return "TEXT " + GeoPackageSchema.timestamp(i);
        }
        if (v instanceof LocalDate d) {
            return "TEXT " + d;
        }
        if (v instanceof byte[] b) {
            return "BLOB " + HexFormat.of().formatHex(b);
        }
        if (v instanceof String s) {
            return "TEXT " + s;
        }
        throw new IllegalArgumentException("onverwacht type " + v.getClass());
    }

    private Path project(String name) throws Exception {
        assumeThat(Files.isDirectory(DEVAART))
                .as("de voorbeeldbestanden van De Vaart")
                .isTrue();
        Path file = dir.resolve(name);
        try (ProjectStore store = ProjectStore.create(file)) {
            Importer importer = new Importer();
            for (String source : List.of("ibis_de_vaart.shp", "bag_de_vaart.gpkg", "netcapaciteit_de_vaart.geojson")) {
                importer.importFile(store, DEVAART.resolve(source), Optional.empty(), Optional.empty(), Progress.NONE);
            }
        }
        return file;
    }

    private static AnalysisResults results(ParkSnapshot s) {
        SolarReport solar = SolarAnalysis.analyse(s, SolarAssumptions.ACTUEEL);
        ParkResults buildings = ParkAnalysis.run(
                s,
                OfficeAssumptions.legal(LocalDate.of(2026, 1, 1)),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                Progress.NONE);
        return new AnalysisResults(
                s,
                solar,
                buildings,
                KansenAnalysis.analyse(s, solar, buildings, KansenAssumptions.STANDARD),
                List.of(new AnalysisResults.AssumptionText("zon op dak", "zon.naam=Actueel\n")),
                AT);
    }
}
