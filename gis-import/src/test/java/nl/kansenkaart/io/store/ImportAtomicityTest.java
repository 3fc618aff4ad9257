package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.store.Fixtures.*;
import static nl.kansenkaart.io.store.StoreTestSupport.sha256;
import static nl.kansenkaart.io.store.StoreTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.io.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAtomicityTest {
    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void fill() throws Exception {
        file = dir.resolve("project.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            importAll(store);
        }
    }

    private static Building building(int n, double x, double y) {
        return new Building(
                String.format("%016d", 518_100_000_100_000L + n),
                OptionalInt.of(1990),
                BuildingStatus.IN_USE,
                square(x, y, 8),
                Optional.empty());
    }

    @Test
    void a_failing_import_leaves_the_project_file_byte_for_byte_identical() throws Exception {
        String before = sha256(file);
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThatThrownBy(() -> {
                        // The same source again: the session first deletes its rows, then fails mid-stream.
                        try (ImportSession s = store.beginImport(provenance("bag-light.gpkg", SourceKind.BUILDINGS))) {
                            for (int i = 0; i < 10_000; i++) {
                                s.add(building(i, 150_000 + (i % 100) * 10, 460_000 + (i / 100) * 10));
                            }
                            throw new IllegalStateException("bronbestand afgebroken bij record 10001");
                        }
                    })
                    .hasMessageContaining("record 10001");
            assertThat(store.layerCounts()).contains(new LayerCount("panden", 4));
            assertThat(store.load("P1").buildings()).containsExactly(BUILDING1, BUILDING3);
        }
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(sql(file, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(dir.resolve("project.gpkg-journal")).doesNotExist();
    }

    @Test
    void an_uncommitted_reimport_leaves_the_previous_import_in_place() throws Exception {
        String before = sha256(file);
        try (ProjectStore store = ProjectStore.open(file)) {
            try (ImportSession s = store.beginImport(provenance("nieuw.gpkg", SourceKind.BUILDINGS))) {
                s.add(building(1, 150_000, 460_000));
                s.commit(ImportCounts.allImported(1));
                // A second commit is a programming error, not a silent no-op.
                assertThatThrownBy(() -> s.commit(ImportCounts.allImported(1)))
                        .isInstanceOf(IllegalStateException.class);
            }
        }
        assertThat(sha256(file)).isNotEqualTo(before);
        String afterFirst = sha256(file);
        try (ProjectStore store = ProjectStore.open(file)) {
            try (ImportSession s = store.beginImport(provenance("nieuw.gpkg", SourceKind.BUILDINGS))) {
                s.add(building(2, 150_000, 460_000));
                // No commit: the file keeps the first import of nieuw.gpkg.
            }
            assertThat(store.layerCounts()).contains(new LayerCount("panden", 5));
        }
        assertThat(sha256(file)).isEqualTo(afterFirst);
    }

    @Test
    void after_a_killed_import_the_file_opens_and_passes_the_integrity_check() throws Exception {
        ProjectStore store = ProjectStore.open(file);
        ImportSession s = store.beginImport(provenance("bag-light.gpkg", SourceKind.BUILDINGS));
        for (int i = 0; i < 5_000; i++) {
            s.add(building(i, 150_000 + (i % 100) * 10, 460_000 + (i / 100) * 10));
        }
        // Closing the store mid-import is what an ended process does to the transaction.
        store.close();
        assertThat(s.provenance().sourceKey()).isEqualTo("bag-light.gpkg");

        assertThat(sql(file, "PRAGMA integrity_check")).isEqualTo("ok");
        try (ProjectStore reopened = ProjectStore.open(file)) {
            assertThat(reopened.layerCounts()).contains(new LayerCount("panden", 4));
            assertThat(sql(file, "SELECT count(*) FROM rtree_panden_geom")).isEqualTo("4");
        }
    }

    @Test
    void a_process_killed_mid_import_leaves_a_file_that_opens_unchanged() throws Exception {
        String before = sha256(file);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EndlessImport.class.getName(),
                        file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("bezig");
        } finally {
            child.destroyForcibly().waitFor();
        }
        // SQLite rolls the hot journal back on the next open; the file is then as it was.
        try (ProjectStore reopened = ProjectStore.open(file)) {
            assertThat(reopened.layerCounts()).contains(new LayerCount("panden", 4));
            assertThat(reopened.load("P1").buildings()).containsExactly(BUILDING1, BUILDING3);
        }
        assertThat(sql(file, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(sha256(file)).isEqualTo(before);
        // A journal the killed process never got to fill stays until the next write, then goes.
        try (ProjectStore reopened = ProjectStore.open(file)) {
            reopened.saveOverride(EDIT_U3);
        }
        assertThat(dir.resolve("project.gpkg-journal")).doesNotExist();
    }

    @Test
    void a_file_locked_by_another_program_gives_a_dutch_reason_and_stays_unchanged() throws Exception {
        String before = sha256(file);
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement s = other.createStatement();
                ProjectStore store = ProjectStore.open(file)) {
            s.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> store.beginImport(provenance("x.gpkg", SourceKind.BUILDINGS)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("in gebruik door een ander programma");
            s.execute("ROLLBACK");
            // Once the other program lets go, the same store imports normally.
            try (ImportSession session = store.beginImport(provenance("x.gpkg", SourceKind.BUILDINGS))) {
                session.add(building(1, 150_000, 460_000));
                session.close();
            }
        }
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void a_reimport_replaces_only_that_sources_rows_and_keeps_the_consultants_edits() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            Building renovated = new Building(
                    B1, OptionalInt.of(1976), BuildingStatus.RENOVATION, square(155100, 463100, 52), Optional.empty());
            try (ImportSession s = store.beginImport(provenance("bag-light.gpkg", SourceKind.BUILDINGS))) {
                s.add(renovated);
                s.add(UNIT1);
                s.commit(counts(2));
            }
            assertThat(store.layerCounts())
                    .contains(new LayerCount("panden", 1), new LayerCount("verblijfsobjecten", 1))
                    // Other sources are untouched.
                    .contains(new LayerCount("dakvlakken", 3), new LayerCount("bedrijven", 5));
            assertThat(store.overrides()).containsExactlyInAnyOrder(EDIT_PARK1, EDIT_B1, EDIT_U3, EDIT_K2);
            assertThat(store.load("P1").buildings()).containsExactly(renovated);
            assertThat(store.load("P1").overrides()).contains(EDIT_B1);
            assertThat(store.sources())
                    .filteredOn(p -> p.sourceKey().equals("bag-light.gpkg"))
                    .singleElement()
                    .extracting(Provenance::counts)
                    .isEqualTo(counts(2));
        }
        // The R-tree follows the replaced rows: one entry per pand, at the new footprint.
        assertThat(sql(file, "SELECT count(*) FROM rtree_panden_geom")).isEqualTo("1");
        for (String table :
                java.util.List.of("bedrijventerreinen", "panden", "verblijfsobjecten", "dakvlakken", "netgebieden")) {
            StoreTestSupport.assertIndexMatches(file, table);
        }
        assertThat(sql(file, "SELECT max(maxx) FROM rtree_panden_geom")).startsWith("155152");
        assertThat(sql(file, "PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void a_duplicate_id_keeps_the_newest_row() throws Exception {
        Building first = building(7, 150_000, 460_000);
        Building newer = new Building(
                first.id(),
                OptionalInt.of(2001),
                BuildingStatus.OUT_OF_USE,
                square(151_000, 461_000, 9),
                Optional.empty());
        Building relocatedB1 = new Building(
                B1, OptionalInt.of(1999), BuildingStatus.IN_USE, square(155_300, 463_300, 12), Optional.empty());
        Park moved = new Park(
                "PX",
                "Proef",
                "Assen",
                java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.empty(),
                square(150_900, 460_900, 500));
        try (ProjectStore store = ProjectStore.open(file)) {
            try (ImportSession s = store.beginImport(provenance("dubbel.gpkg", SourceKind.BUILDINGS))) {
                s.add(first);
                s.add(newer);
                // An id that another source brought in: the newest row wins there too.
                s.add(relocatedB1);
                s.commit(ImportCounts.allImported(3));
            }
            try (ImportSession s = store.beginImport(provenance("proef.json", SourceKind.PARKS))) {
                s.add(moved);
                s.commit(ImportCounts.allImported(1));
            }
            assertThat(store.load("PX").buildings()).containsExactly(newer);
            assertThat(store.load("P1").buildings()).containsExactly(relocatedB1, BUILDING3);
            assertThat(store.layerCounts()).contains(new LayerCount("panden", 5));
        }
        assertThat(sql(file, "SELECT count(*) FROM rtree_panden_geom")).isEqualTo("5");
        StoreTestSupport.assertIndexMatches(file, "panden");
        StoreTestSupport.assertIndexMatches(file, "bedrijventerreinen");
    }

    @Test
    void edits_loads_and_a_second_import_wait_for_the_running_import() throws Exception {
        try (ProjectStore store = ProjectStore.open(file);
                ImportSession s = store.beginImport(provenance("x.gpkg", SourceKind.BUILDINGS))) {
            assertThat(s.provenance().sourceKey()).isEqualTo("x.gpkg");
            assertThatThrownBy(() -> store.saveOverride(EDIT_B1)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> store.beginImport(provenance("y.gpkg", SourceKind.BUILDINGS)))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> store.load("P1")).isInstanceOf(IllegalStateException.class);
        }
    }
}
