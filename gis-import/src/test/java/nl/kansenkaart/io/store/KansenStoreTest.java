package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.store.StoreTestSupport.assertIndexMatches;
import static nl.kansenkaart.io.store.StoreTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.kansen.CollectiveOpportunity;
import nl.kansenkaart.core.kansen.IndividualOpportunity;
import nl.kansenkaart.core.kansen.KansenAnalysis;
import nl.kansenkaart.core.kansen.KansenAssumptions;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.io.geopackage.GeoPackageGeometry;
import nl.kansenkaart.io.geopackage.OgrInfo;
import nl.kansenkaart.io.imports.Importer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/**
 * The kansen layers: the sample park's opportunities stored with geometry in RD New, registered so
 * GDAL and QGIS show them, replaced per park, and added to a version-1 file by its migration.
 */
class KansenStoreTest {
    private static final Path DEVAART = Path.of("../samples/src/main/resources/nl/kansenkaart/samples/devaart");
    private static final Instant AT = Instant.parse("2026-01-01T12:00:00Z");
    private static final String PARK = "0106004";

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void importSample() throws Exception {
        assumeTrue(Files.isDirectory(DEVAART), "de voorbeeldbestanden van De Vaart ontbreken");
        file = dir.resolve("p.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            Importer importer = new Importer();
            for (String name : List.of(
                    "ibis_de_vaart.shp",
                    "bag_de_vaart.gpkg",
                    "3dbag_de_vaart.gpkg",
                    "ep_online_de_vaart.csv",
                    "netcapaciteit_de_vaart.geojson",
                    "kvk_bedrijven_de_vaart.csv")) {
                importer.importFile(store, DEVAART.resolve(name), Optional.empty(), Optional.empty(), Progress.NONE);
            }
        }
    }

    @Test
    void the_sample_parks_opportunities_are_stored_with_their_geometry_and_numbers() throws Exception {
        KansenReport kansen;
        try (ProjectStore store = ProjectStore.open(file)) {
            AnalysisResults r = results(store.load(PARK));
            kansen = r.kansen();
            store.saveResults(r);
            Map<String, Long> counts = counts(store);
            assertThat(counts)
                    .containsEntry(
                            "kansen_individueel", (long) kansen.individual().size())
                    .containsEntry(
                            "kansen_collectief", (long) kansen.collective().size());
        }
        assertThat(kansen.individual()).hasSizeGreaterThan(20);
        assertThat(kansen.collective()).hasSizeGreaterThanOrEqualTo(3);

        for (String table : List.of("kansen_individueel", "kansen_collectief")) {
            assertThat(sql(
                            file,
                            "SELECT data_type || ' ' || srs_id FROM gpkg_contents WHERE table_name = '" + table + "'"))
                    .isEqualTo("features 28992");
            assertThat(sql(
                            file,
                            "SELECT min_x IS NOT NULL AND max_y > min_y FROM gpkg_contents WHERE table_name = '" + table
                                    + "'"))
                    .isEqualTo("1");
            assertThat(sql(
                            file,
                            "SELECT column_name || ' ' || geometry_type_name || ' ' || srs_id FROM"
                                    + " gpkg_geometry_columns WHERE table_name = '" + table + "'"))
                    .isEqualTo("geom MULTIPOLYGON 28992");
            assertThat(sql(
                            file,
                            "SELECT count(*) FROM gpkg_extensions WHERE table_name = '" + table
                                    + "' AND extension_name = 'gpkg_rtree_index'"))
                    .isEqualTo("1");
            assertIndexMatches(file, table);
        }

        // One individual row read back: the footprint, the score parts and the companies as text.
        IndividualOpportunity best = kansen.byScore().get(0);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM kansen_individueel WHERE kans_id = '" + best.id() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("soort")).isEqualTo(best.type().code());
            assertThat(rs.getString("pand_id")).isEqualTo(best.buildingId());
            assertThat(rs.getDouble("score")).isEqualTo(best.score().total());
            assertThat(rs.getDouble("kwp")).isEqualTo(best.impact().peakPowerKwp());
            assertThat(rs.getString("toelichting")).isEqualTo(best.explanation());
            assertThat(rs.getInt("aantal_bedrijven")).isEqualTo(best.companies().size());
            assertThat(rs.getString("park_id")).isEqualTo(PARK);
            Geometry g = GeoPackageGeometry.decode(rs.getBytes("geom"), RowCodec.RD);
            assertThat(g.getGeometryType()).isEqualTo("MultiPolygon");
            assertThat(g.getArea()).isCloseTo(best.geometry().getArea(), org.assertj.core.data.Offset.offset(1e-6));
        }

        // Every collective row: its members as pand ids, its polygon covering each member's footprint.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM kansen_collectief ORDER BY fid")) {
            for (CollectiveOpportunity o : kansen.collective()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("kans_id")).isEqualTo(o.id());
                assertThat(rs.getInt("aantal_panden")).isEqualTo(o.members().size());
                assertThat(rs.getString("pand_ids")).isEqualTo(String.join(",", o.buildingIds()));
                assertThat(rs.getString("rollen"))
                        .contains(o.members().get(0).role().dutch());
                assertThat(rs.getDouble("kwp")).isEqualTo(o.impact().peakPowerKwp());
                Geometry g = GeoPackageGeometry.decode(rs.getBytes("geom"), RowCodec.RD);
                assertThat(g.getArea())
                        .isCloseTo(rs.getDouble("oppervlakte_m2"), org.assertj.core.data.Offset.offset(1e-6));
                assertThat(g.isValid()).isTrue();
            }
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void a_second_analysis_replaces_the_parks_opportunities_and_leaves_the_other_park() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            ParkSnapshot a = store.load(PARK);
            ParkSnapshot b = store.load("0106005");
            store.saveResults(List.of(results(a), results(b)));
            Map<String, Long> first = counts(store);
            store.saveResults(results(a));
            assertThat(counts(store)).isEqualTo(first);
            long otherPark =
                    Long.parseLong(sql(file, "SELECT count(*) FROM kansen_individueel WHERE park_id = '0106005'"));
            assertThat(otherPark).isEqualTo(results(b).kansen().individual().size());
        }
    }

    @Test
    void ogrinfo_shows_both_kansen_layers_in_rd_new_with_their_counts() throws Exception {
        OgrInfo.assumeAvailable();
        KansenReport kansen;
        try (ProjectStore store = ProjectStore.open(file)) {
            AnalysisResults r = results(store.load(PARK));
            kansen = r.kansen();
            store.saveResults(r);
        }
        OgrInfo.Result individual = OgrInfo.run("-ro", "-so", file.toString(), "kansen_individueel");
        assertThat(individual.stderr()).isEmpty();
        assertThat(individual.stdout())
                .contains("Geometry: Multi Polygon")
                .contains("Feature Count: " + kansen.individual().size())
                .contains("ID[\"EPSG\",28992]")
                .contains("score: Real", "toelichting: String", "bedrijven: String", "grootteklasse: String");
        OgrInfo.Result collective = OgrInfo.run("-ro", "-so", file.toString(), "kansen_collectief");
        assertThat(collective.stderr()).isEmpty();
        assertThat(collective.stdout())
                .contains("Geometry: Multi Polygon")
                .contains("Feature Count: " + kansen.collective().size())
                .contains("ID[\"EPSG\",28992]")
                .contains("pand_ids: String", "aantal_panden: Integer", "kwp: Real");
        // GDAL reads the values and geometry of a row, not only the header.
        OgrInfo.Result row = OgrInfo.run(
                "-ro",
                file.toString(),
                "kansen_collectief",
                "-where",
                "kans_id = '" + kansen.collective().get(0).id() + "'");
        assertThat(row.stderr()).isEmpty();
        assertThat(row.stdout()).contains("soort (String) = collectieve_zon").contains("MULTIPOLYGON (((");
    }

    @Test
    void a_version_1_file_with_results_gains_the_kansen_layers_when_opened() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            store.saveResults(results(store.load(PARK)));
        }
        // What the version-1 workbench left behind: result tables without the kansen layers.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            for (String t : List.of("kansen_individueel", "kansen_collectief")) {
                s.execute("DROP TABLE " + t);
                s.execute("DROP TABLE rtree_" + t + "_geom");
                s.execute("DELETE FROM gpkg_contents WHERE table_name = '" + t + "'");
                s.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = '" + t + "'");
                s.execute("DELETE FROM gpkg_extensions WHERE table_name = '" + t + "'");
            }
            s.execute("UPDATE projectinfo SET waarde = '1' WHERE sleutel = 'schema_version'");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(2);
            assertThat(counts(store))
                    .containsEntry("kansen_individueel", 0L)
                    .containsEntry("kansen_collectief", 0L)
                    .containsKey("zon_op_dak");
            store.saveResults(results(store.load(PARK)));
            assertThat(counts(store).get("kansen_individueel")).isPositive();
        }
        assertThat(sql(file, "SELECT waarde FROM projectinfo WHERE sleutel = 'schema_version'"))
                .isEqualTo("2");
        assertIndexMatches(file, "kansen_collectief");
    }

    @Test
    void a_version_1_file_never_analysed_migrates_without_result_tables() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("UPDATE projectinfo SET waarde = '1' WHERE sleutel = 'schema_version'");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(counts(store)).doesNotContainKeys("zon_op_dak", "kansen_individueel");
        }
        assertThat(sql(file, "SELECT count(*) FROM sqlite_master WHERE name = 'kansen_individueel'"))
                .isEqualTo("0");
    }

    static AnalysisResults results(ParkSnapshot s) {
        SolarReport solar = SolarAnalysis.analyse(s, SolarAssumptions.ACTUEEL);
        ParkResults buildings = ParkAnalysis.run(
                s,
                OfficeAssumptions.legal(LocalDate.of(2026, 1, 1)),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                Progress.NONE);
        KansenReport kansen = KansenAnalysis.analyse(s, solar, buildings, KansenAssumptions.STANDARD);
        return new AnalysisResults(s, solar, buildings, kansen, List.of(), AT);
    }

    private static Map<String, Long> counts(ProjectStore store) throws StoreException {
        Map<String, Long> m = new LinkedHashMap<>();
        store.layerCounts().forEach(c -> m.put(c.layerName(), c.count()));
        return m;
    }
}
