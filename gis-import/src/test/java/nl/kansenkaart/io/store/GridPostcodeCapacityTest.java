package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.store.Fixtures.*;
import static nl.kansenkaart.io.store.StoreTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.io.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capaciteitskaart's energy area and available capacity (MW) per PC6 row in
 * netcapaciteit_postcodes (schema version 6): stored, read back with the park, and added to a
 * version-5 file when it opens.
 */
class GridPostcodeCapacityTest {
    @TempDir
    Path dir;

    private static final GridPostcode WITH_MW = new GridPostcode(
            UNIT1.address().postcode(),
            "Enexis",
            CapacityStatus.CONGESTION_MANAGEMENT,
            CapacityStatus.CONGESTED,
            OptionalInt.of(2029),
            Optional.of("OS VAARTWEG 10-1"),
            OptionalDouble.of(12.5),
            OptionalDouble.of(-1.25));

    private static void importRow(ProjectStore store, GridPostcode row) throws StoreException {
        try (ImportSession s = store.beginImport(provenance("capaciteitskaart.json", SourceKind.GRID))) {
            s.add(row);
            s.commit(counts(1));
        }
    }

    @Test
    void the_energy_area_and_its_megawatts_are_stored_and_read_back_with_the_park() throws Exception {
        Path file = dir.resolve("project.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            importAll(store);
            importRow(store, WITH_MW);
            assertThat(store.load("P1").gridPostcodes()).containsExactly(WITH_MW);
        }
        assertThat(sql(
                        file,
                        "SELECT energiegebied || ' ' || beschikbaar_afname_mw || ' ' || beschikbaar_invoeding_mw"
                                + " FROM netcapaciteit_postcodes"))
                .isEqualTo("OS VAARTWEG 10-1 12.5 -1.25");
    }

    @Test
    void a_version_5_file_gains_the_columns_when_opened_and_keeps_its_rows() throws Exception {
        Path file = dir.resolve("versie5.gpkg");
        GridPostcode without = new GridPostcode(
                UNIT1.address().postcode(),
                "Enexis",
                CapacityStatus.SCARCE,
                CapacityStatus.AVAILABLE,
                OptionalInt.empty());
        try (ProjectStore store = ProjectStore.create(file)) {
            importAll(store);
            importRow(store, without);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            // What a version-5 workbench left behind.
            s.execute("ALTER TABLE netcapaciteit_postcodes DROP COLUMN energiegebied");
            s.execute("ALTER TABLE netcapaciteit_postcodes DROP COLUMN beschikbaar_afname_mw");
            s.execute("ALTER TABLE netcapaciteit_postcodes DROP COLUMN beschikbaar_invoeding_mw");
            s.execute("UPDATE projectinfo SET waarde = '5' WHERE sleutel = 'schema_version'");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(ProjectStore.CURRENT_SCHEMA_VERSION);
            assertThat(store.load("P1").gridPostcodes()).containsExactly(without);
            importRow(store, WITH_MW);
            assertThat(store.load("P1").gridPostcodes()).containsExactly(WITH_MW);
        }
    }
}
