package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import nl.kansenkaart.io.geopackage.GeoPackageWriter;
import nl.kansenkaart.io.imports.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results are written without R-tree triggers and indexed per batch from the boxes the writer has
 * (packed leaves appended to the tree): afterwards every result row has its index entry, rtreecheck()
 * passes, a window query finds the rows, the triggers are back, and gpkg_contents holds the extent a
 * full scan gives.
 */
class ResultsIndexTest {
    private static final Path DEVAART = Path.of("../samples/src/main/resources/nl/kansenkaart/samples/devaart");
    private static final Instant AT = Instant.parse("2026-01-01T12:00:00Z");
    private static final List<String> FEATURE_RESULTS =
            List.of("zon_op_dak", "label_c", "verplichtingen", "kansen_individueel", "kansen_collectief");

    @TempDir
    Path dir;

    @Test
    void index_triggers_and_extent_stay_right_through_first_second_and_partial_saves() throws Exception {
        assumeThat(Files.isDirectory(DEVAART))
                .as("de voorbeeldbestanden van De Vaart")
                .isTrue();
        Path file = dir.resolve("p.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            Importer importer = new Importer();
            for (String name : List.of("ibis_de_vaart.shp", "bag_de_vaart.gpkg", "netcapaciteit_de_vaart.geojson")) {
                importer.importFile(store, DEVAART.resolve(name), Optional.empty(), Optional.empty(), Progress.NONE);
            }
            ParkSnapshot a = store.load("0106004");
            ParkSnapshot b = store.load("0106005");

            long labelRows = ResultsStoreTest.labelRows(a) + ResultsStoreTest.labelRows(b);
            store.saveResults(List.of(results(a), results(b)));
            assertConsistent(file, labelRows);

            // Park b again, alone: its rows lie on the table's border, so the extent is read whole.
            store.saveResults(results(b));
            assertConsistent(file, labelRows);

            // The same park twice in one batch: the second replaces rows the batch itself wrote.
            store.saveResults(List.of(results(a), results(a)));
            assertConsistent(file, labelRows);
        }
    }

    private static void assertConsistent(Path file, long rows) throws SQLException {
        for (String t : FEATURE_RESULTS) {
            // One entry per row holding its envelope, and SQLite's own rtreecheck() accepts the tree.
            StoreTestSupport.assertIndexMatches(file, t);
        }
        try (Connection c = GeoPackageWriter.openExisting(file);
                Statement s = c.createStatement()) {
            assertThat(one(s, "SELECT count(*) FROM label_c")).isEqualTo(rows);
            for (String t : FEATURE_RESULTS) {
                String r = "rtree_" + t + "_geom";
                long tableRows = one(s, "SELECT count(*) FROM " + t);
                // Zon op dak leaves out panden it cannot assess; kansen are per pand or per group.
                assertThat(tableRows).as(t).isPositive();
                assertThat(one(s, "SELECT count(*) FROM " + r)).as(r).isEqualTo(tableRows);
                assertThat(one(
                                s,
                                "SELECT count(*) FROM " + t + " JOIN " + r + " ON " + r + ".id = " + t + ".fid WHERE "
                                        + r + ".minx <= ST_MinX(geom) AND " + r + ".maxx >= ST_MaxX(geom)"))
                        .as("index entries that cover their row in " + t)
                        .isEqualTo(tableRows);
                // A map window around the last row finds it through the index, as QGIS asks.
                assertThat(one(
                                s,
                                "SELECT count(*) FROM " + t + " WHERE fid = (SELECT max(fid) FROM " + t + ") AND fid IN"
                                        + " (SELECT id FROM " + r + " WHERE minx <= (SELECT ST_MaxX(geom) FROM " + t
                                        + " WHERE fid = (SELECT max(fid) FROM " + t + ")) AND maxx >= (SELECT"
                                        + " ST_MinX(geom) FROM " + t + " WHERE fid = (SELECT max(fid) FROM " + t
                                        + ")))"))
                        .as("venster rond de laatste rij van " + t)
                        .isEqualTo(1);
                assertThat(one(
                                s,
                                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '" + r + "%'"))
                        .as("triggers of " + t)
                        .isEqualTo(6);
                try (ResultSet full = s.executeQuery("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM " + r);
                        Statement s2 = c.createStatement();
                        ResultSet stored = s2.executeQuery("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents"
                                + " WHERE table_name = '" + t + "'")) {
                    full.next();
                    stored.next();
                    for (int k = 1; k <= 4; k++) {
                        assertThat(stored.getDouble(k))
                                .as("extent %d of %s", k, t)
                                .isEqualTo(full.getDouble(k));
                    }
                }
            }
        }
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
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
