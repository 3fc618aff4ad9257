package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.store.StoreTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.io.geopackage.OgrInfo;
import nl.kansenkaart.io.imports.Importer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The park-level solar figures (zon_op_dak_terrein): kWp, MWh, the share of the park's estimated
 * electricity use and that use, stored with the other results, replaced per park, read back by a
 * reopened project and by GDAL, and added to a version-3 file by its migration.
 */
class SolarParkStoreTest {
    private static final Path DEVAART = Path.of("../samples/src/main/resources/nl/kansenkaart/samples/devaart");
    private static final String PARK = "0106004";
    private static final String OTHER = "0106005";
    /** The park's electricity use the share is taken of, in kWh per year (as the engine estimates it). */
    private static final double USE_KWH = 2_400_000;

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void importSample() throws Exception {
        assumeTrue(Files.isDirectory(DEVAART), "de voorbeeldbestanden van De Vaart ontbreken");
        file = dir.resolve("p.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            Importer importer = new Importer();
            for (String name : List.of("ibis_de_vaart.shp", "bag_de_vaart.gpkg", "3dbag_de_vaart.gpkg")) {
                importer.importFile(store, DEVAART.resolve(name), Optional.empty(), Optional.empty(), Progress.NONE);
            }
        }
    }

    private static AnalysisResults withUse(ParkSnapshot s, double useKwh) {
        AnalysisResults r = KansenStoreTest.results(s);
        SolarReport solar = r.solar().withElectricityUseEstimate(useKwh);
        return new AnalysisResults(s, solar, r.buildings(), r.kansen(), r.assumptions(), r.computedAt());
    }

    @Test
    void the_parks_solar_totals_and_share_are_stored_and_a_reopened_project_reads_them() throws Exception {
        SolarReport solar;
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.storedSolarFigures(PARK)).isEmpty();
            AnalysisResults r = withUse(store.load(PARK), USE_KWH);
            solar = r.solar();
            store.saveResults(List.of(r, KansenStoreTest.results(store.load(OTHER))));
        }
        assertThat(solar.totals().peakPowerKwp()).isPositive();

        try (ProjectStore reopened = ProjectStore.open(file)) {
            ParkSolarFigures f = reopened.storedSolarFigures(PARK).orElseThrow();
            assertThat(f.parkId()).isEqualTo(PARK);
            assertThat(f.parkName()).isEqualTo(solar.parkName());
            assertThat(f.assumptionsName()).isEqualTo(solar.assumptions().name());
            assertThat(f.totals()).isEqualTo(solar.totals());
            assertThat(f.parkElectricityUseMwhPerYear()).isEqualTo(OptionalDouble.of(USE_KWH / 1000));
            assertThat(f.shareOfParkElectricityUse().getAsDouble())
                    .isCloseTo(solar.totals().yieldMwhPerYear() * 1000 / USE_KWH, within(1e-12));
            assertThat(f.explanation())
                    .startsWith("Aandeel in geschat elektriciteitsgebruik park: ")
                    .contains("een schatting");
            assertThat(f.computedAt())
                    .isEqualTo(KansenStoreTest.results(reopened.load(PARK)).computedAt());

            // The other park was analysed without an estimate of its use: no share, and the row says so.
            ParkSolarFigures other = reopened.storedSolarFigures(OTHER).orElseThrow();
            assertThat(other.shareOfParkElectricityUse()).isEmpty();
            assertThat(other.parkElectricityUseMwhPerYear()).isEmpty();
            assertThat(other.explanation()).contains("onbekend");
            assertThat(reopened.layerCounts()).contains(new LayerCount(SolarParkTable.NAME, 2));

            // A second run replaces the park's row; the other park's stays.
            reopened.saveResults(withUse(reopened.load(PARK), USE_KWH * 2));
            assertThat(reopened.storedSolarFigures(PARK).orElseThrow().parkElectricityUseMwhPerYear())
                    .isEqualTo(OptionalDouble.of(USE_KWH * 2 / 1000));
            assertThat(reopened.layerCounts()).contains(new LayerCount(SolarParkTable.NAME, 2));
        }
        assertThat(sql(file, "SELECT data_type FROM gpkg_contents WHERE table_name = 'zon_op_dak_terrein'"))
                .isEqualTo("attributes");
        assertThat(sql(
                        file,
                        "SELECT round(kwp, 3) = round(" + solar.totals().peakPowerKwp()
                                + ", 3) FROM zon_op_dak_terrein WHERE park_id = '" + PARK + "'"))
                .isEqualTo("1");
    }

    @Test
    void gdal_lists_the_table_with_its_dutch_columns_and_values() throws Exception {
        OgrInfo.assumeAvailable();
        try (ProjectStore store = ProjectStore.open(file)) {
            store.saveResults(withUse(store.load(PARK), USE_KWH));
        }
        OgrInfo.Result r = OgrInfo.run("-ro", file.toString(), "zon_op_dak_terrein");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout())
                .contains("Geometry: None")
                .contains("Feature Count: 1")
                .contains("park_id (String) = " + PARK)
                .contains("geschat_gebruik_mwh_per_jaar (Real) = 2400")
                .contains("aandeel_geschat_gebruik (Real) = ")
                .contains("kwp (Real) = ")
                .contains("mwh_per_jaar (Real) = ");
    }

    @Test
    void a_version_3_file_with_results_gains_the_table_when_opened() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            store.saveResults(withUse(store.load(PARK), USE_KWH));
        }
        // What the version-3 workbench left behind: the result tables without zon_op_dak_terrein.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE zon_op_dak_terrein");
            s.execute("DELETE FROM gpkg_contents WHERE table_name = 'zon_op_dak_terrein'");
            s.execute("UPDATE projectinfo SET waarde = '3' WHERE sleutel = 'schema_version'");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(ProjectStore.CURRENT_SCHEMA_VERSION);
            assertThat(store.layerCounts()).contains(new LayerCount(SolarParkTable.NAME, 0));
            assertThat(store.storedSolarFigures(PARK)).isEmpty();
            store.saveResults(withUse(store.load(PARK), USE_KWH));
            assertThat(store.storedSolarFigures(PARK)).isPresent();
        }
        assertThat(sql(file, "SELECT waarde FROM projectinfo WHERE sleutel = 'schema_version'"))
                .isEqualTo(String.valueOf(ProjectStore.CURRENT_SCHEMA_VERSION));
    }

    @Test
    void a_version_3_file_never_analysed_migrates_without_result_tables() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("UPDATE projectinfo SET waarde = '3' WHERE sleutel = 'schema_version'");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.storedSolarFigures(PARK)).isEmpty();
        }
        assertThat(sql(file, "SELECT count(*) FROM sqlite_master WHERE name = 'zon_op_dak_terrein'"))
                .isEqualTo("0");
    }
}
