package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.store.Fixtures.provenance;
import static nl.kansenkaart.io.store.Fixtures.square;
import static nl.kansenkaart.io.store.StoreTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.io.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The R-tree after each way an import brings it up to date: bulk-loaded into an empty index,
 * entries inserted one by one into a larger one, and rebuilt with the rows of other sources when a
 * source is imported again; duplicates within one import leave no entry behind.
 */
class SpatialIndexUpkeepTest {
    @TempDir
    Path dir;

    private static Building building(int n, double size) {
        return new Building(
                String.format("%016d", 518_100_000_200_000L + n),
                OptionalInt.of(1990),
                BuildingStatus.IN_USE,
                square(150_000 + (n % 100) * 30, 460_000 + (n / 100) * 30, size),
                Optional.empty());
    }

    private static void importBuildings(ProjectStore store, String source, int from, int to, double size)
            throws StoreException {
        try (ImportSession s = store.beginImport(provenance(source, SourceKind.BUILDINGS))) {
            for (int n = from; n < to; n++) {
                s.add(building(n, size));
            }
            s.commit(ImportCounts.allImported(to - from));
        }
    }

    @Test
    void bulk_loaded_inserted_and_rebuilt_indexes_hold_one_entry_per_row_and_pass_rtreecheck() throws Exception {
        Path file = dir.resolve("project.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            // Bulk load into the empty index: 3,000 panden, the last 200 twice (newest wins).
            try (ImportSession s = store.beginImport(provenance("groot.gpkg", SourceKind.BUILDINGS))) {
                for (int n = 0; n < 3_000; n++) {
                    s.add(building(n, 8));
                }
                for (int n = 2_800; n < 3_000; n++) {
                    s.add(building(n, 12));
                }
                s.commit(ImportCounts.allImported(3_200));
            }
            assertThat(sql(file, "SELECT count(*) FROM rtree_panden_geom")).isEqualTo("3000");
            StoreTestSupport.assertIndexMatches(file, "panden");

            // A small second source into a larger index goes in entry by entry; it also replaces 10 panden.
            importBuildings(store, "klein.gpkg", 2_990, 3_050, 5);
            assertThat(sql(file, "SELECT count(*) FROM rtree_panden_geom")).isEqualTo("3050");
            StoreTestSupport.assertIndexMatches(file, "panden");

            // The first source again: its rows go, the new ones are bulk-loaded with those of klein.gpkg.
            importBuildings(store, "groot.gpkg", 0, 2_000, 9);
            assertThat(sql(file, "SELECT count(*) FROM panden")).isEqualTo("2060");
            StoreTestSupport.assertIndexMatches(file, "panden");
        }
        assertThat(sql(file, "PRAGMA integrity_check")).isEqualTo("ok");

        // A source that holds every row of the table, imported again: its index is emptied at once.
        Path single = dir.resolve("een-bron.gpkg");
        try (ProjectStore store = ProjectStore.create(single)) {
            importBuildings(store, "bag.gpkg", 0, 1_500, 8);
            importBuildings(store, "bag.gpkg", 500, 1_200, 10);
        }
        assertThat(sql(single, "SELECT count(*) FROM rtree_panden_geom")).isEqualTo("700");
        StoreTestSupport.assertIndexMatches(single, "panden");
        // The extent in gpkg_contents follows the index.
        assertThat(Double.parseDouble(sql(file, "SELECT max_x FROM gpkg_contents WHERE table_name = 'panden'")))
                .isGreaterThanOrEqualTo(150_000 + 99 * 30 + 8);
    }
}
