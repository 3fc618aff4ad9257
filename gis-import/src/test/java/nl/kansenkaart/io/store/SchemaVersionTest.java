package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.store.Fixtures.*;
import static nl.kansenkaart.io.store.StoreTestSupport.sha256;
import static nl.kansenkaart.io.store.StoreTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import nl.kansenkaart.io.geopackage.Column;
import nl.kansenkaart.io.geopackage.ColumnType;
import nl.kansenkaart.io.geopackage.GeoPackageWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {
    @TempDir
    Path dir;

    private Path filledProject() throws Exception {
        Path file = dir.resolve("project.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            importAll(store);
            assertThat(store.schemaVersion()).isEqualTo(ProjectStore.CURRENT_SCHEMA_VERSION);
        }
        return file;
    }

    private static void execute(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void opening_and_reading_a_current_project_writes_nothing() throws Exception {
        Path file = filledProject();
        String before = sha256(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        try (ProjectStore store = ProjectStore.open(file)) {
            store.parks();
            store.layerCounts();
            store.sources();
            store.overrides();
            store.companies();
            store.load("P1");
            store.load("P2");
        }
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }

    @Test
    void a_project_of_a_newer_schema_is_refused_and_left_alone() throws Exception {
        Path file = filledProject();
        execute(file, "UPDATE projectinfo SET waarde = '7' WHERE sleutel = 'schema_version'");
        String before = sha256(file);
        assertThatThrownBy(() -> ProjectStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("gemaakt met een nieuwere versie")
                .hasMessageContaining("schemaversie 7");
        assertThat(sha256(file)).isEqualTo(before);
    }

    /**
     * A version-0 layout: daken had no bouwlagen column and aanpassingen did not exist. The migration
     * list is the test's own, since version 1 is the first that shipped.
     */
    @Test
    void an_older_project_is_migrated_in_order_and_keeps_its_data() throws Exception {
        Path file = filledProject();
        execute(
                file,
                "DROP TABLE aanpassingen",
                "DELETE FROM gpkg_contents WHERE table_name = 'aanpassingen'",
                "ALTER TABLE daken DROP COLUMN bouwlagen",
                "UPDATE projectinfo SET waarde = '0' WHERE sleutel = 'schema_version'");
        List<String> applied = new java.util.ArrayList<>();
        Migration zeroToOne = new Migration(0, "bouwlagen bij daken en de tabel aanpassingen", c -> {
            applied.add("0->1");
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE daken ADD COLUMN bouwlagen INTEGER");
            }
            ProjectSchema.createTable(c, ProjectSchema.table(ProjectSchema.OVERRIDES), Instant.EPOCH);
        });

        List<Migration> migrations = List.of(zeroToOne, KansenTables.MIGRATION);
        try (ProjectStore store = ProjectStore.open(file, migrations)) {
            assertThat(applied).containsExactly("0->1");
            assertThat(store.schemaVersion()).isEqualTo(ProjectStore.CURRENT_SCHEMA_VERSION);
            assertThat(store.parks()).containsExactly(P1, P2);
            assertThat(store.load("P1").buildings()).containsExactly(BUILDING1, withoutFloors(BUILDING3));
            assertThat(store.overrides()).isEmpty();
            store.saveOverride(EDIT_B1);
            assertThat(store.overrides()).containsExactly(EDIT_B1);
        }
        assertThat(sql(file, "SELECT waarde FROM projectinfo WHERE sleutel = 'schema_version'"))
                .isEqualTo(String.valueOf(ProjectStore.CURRENT_SCHEMA_VERSION));
        // Opened again, nothing more to migrate.
        try (ProjectStore store = ProjectStore.open(file, migrations)) {
            assertThat(applied).hasSize(1);
        }
    }

    private static nl.kansenkaart.core.model.Building withoutFloors(nl.kansenkaart.core.model.Building b) {
        nl.kansenkaart.core.model.RoofSummary r = b.roof().orElseThrow();
        return b.withRoof(new nl.kansenkaart.core.model.RoofSummary(
                r.roofType(),
                r.groundAreaM2(),
                r.flatRoofAreaM2(),
                r.slantedRoofAreaM2(),
                r.groundHeightM(),
                r.roofHeight70pM(),
                r.roofHeightMaxM(),
                r.volumeM3(),
                java.util.OptionalInt.empty(),
                r.greenhouse()));
    }

    @Test
    void a_failing_migration_leaves_the_file_unchanged() throws Exception {
        Path file = filledProject();
        execute(file, "UPDATE projectinfo SET waarde = '0' WHERE sleutel = 'schema_version'");
        String before = sha256(file);
        Migration broken = new Migration(0, "kapotte stap", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE panden");
                s.execute("SELECT * FROM bestaat_niet");
            }
        });
        assertThatThrownBy(() -> ProjectStore.open(file, List.of(broken, KansenTables.MIGRATION)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schemaversie 0 naar " + ProjectStore.CURRENT_SCHEMA_VERSION + " mislukt");
        assertThat(sha256(file)).isEqualTo(before);
        assertThatThrownBy(() -> ProjectStore.open(file))
                .hasMessageContaining("schemaversie 0, waarvoor deze versie van de workbench geen bijwerkstap kent");
    }

    @Test
    void files_that_are_no_project_are_refused_in_dutch() throws Exception {
        Path text = Files.writeString(dir.resolve("notities.gpkg"), "dit is geen database, maar tekst ".repeat(40));
        assertThatThrownBy(() -> ProjectStore.open(text))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("notities.gpkg")
                .hasMessageContaining("geen leesbare GeoPackage");

        Path bagLight = dir.resolve("bag-light.gpkg");
        try (GeoPackageWriter w = GeoPackageWriter.create(bagLight, T0)) {
            w.createAttributeTable("pand", List.of(Column.of("identificatie", ColumnType.TEXT)));
            w.commit();
        }
        assertThatThrownBy(() -> ProjectStore.open(bagLight))
                .hasMessageContaining("geen Kansenkaart-project (tabel projectinfo ontbreekt)");

        Path missing = dir.resolve("weg.gpkg");
        assertThatThrownBy(() -> ProjectStore.open(missing)).hasMessageContaining("bestaat niet");
        assertThat(missing).doesNotExist();
    }

    @Test
    void create_refuses_an_existing_file_and_open_or_create_makes_one() throws Exception {
        Path file = filledProject();
        String before = sha256(file);
        assertThatThrownBy(() -> ProjectStore.create(file)).hasMessageContaining("bestaat al");
        assertThat(sha256(file)).isEqualTo(before);

        Path fresh = dir.resolve("nieuw.gpkg");
        try (ProjectStore store = ProjectStore.openOrCreate(fresh)) {
            assertThat(store.file()).isEqualTo(fresh);
            assertThat(store.layerCounts()).hasSize(8).allSatisfy(c -> assertThat(c.count())
                    .isZero());
        }
        try (ProjectStore store = ProjectStore.openOrCreate(fresh)) {
            assertThat(store.parks()).isEmpty();
        }
        assertThat(sql(fresh, "PRAGMA journal_mode")).isEqualTo("delete");
        assertThat(sql(fresh, "PRAGMA user_version")).isEqualTo("10300");
        assertThat(sql(fresh, "SELECT waarde FROM projectinfo WHERE sleutel = 'created_with'"))
                .startsWith("Kansenkaart workbench");
    }
}
