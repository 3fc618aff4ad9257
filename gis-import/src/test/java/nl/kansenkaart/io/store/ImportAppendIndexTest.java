package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.store.Fixtures.provenance;
import static nl.kansenkaart.io.store.Fixtures.square;
import static nl.kansenkaart.io.store.StoreTestSupport.sql;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.io.SourceKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that adds fewer rows than a feature table holds appends its R-tree entries as packed
 * leaves ({@code RtreeBulkLoad.append}) to a tree of several levels: the index keeps one entry per
 * row, passes rtreecheck() and GDAL's validator, and finds the new rows; a re-import of that source
 * and a stale entry another program left behind keep it so.
 */
class ImportAppendIndexTest {
    @TempDir
    Path dir;

    private static Building building(int n) {
        return new Building(
                String.format("%016d", 518_100_000_300_000L + n),
                OptionalInt.of(2001),
                BuildingStatus.IN_USE,
                square(140_000 + (n % 300) * 25, 450_000 + (n / 300) * 25, 10),
                Optional.empty());
    }

    private static void importBuildings(ProjectStore store, String source, int from, int to) throws StoreException {
        try (ImportSession s = store.beginImport(provenance(source, SourceKind.BUILDINGS))) {
            for (int n = from; n < to; n++) {
                s.add(building(n));
            }
            s.commit(ImportCounts.allImported(to - from));
        }
    }

    @Test
    void a_smaller_import_into_a_large_tree_is_appended_and_the_index_stays_valid() throws Exception {
        Path file = dir.resolve("project.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            importBuildings(store, "gemeente-a.gpkg", 0, 30_000);
            // A tree of several levels (about 167 entries a node): appending works on its right edge.
            assertThat(Integer.parseInt(sql(file, "SELECT count(*) FROM rtree_panden_geom_node")))
                    .isGreaterThan(180);

            importBuildings(store, "gemeente-b.gpkg", 30_000, 33_000);
            assertThat(sql(file, "SELECT count(*) FROM rtree_panden_geom")).isEqualTo("33000");
            StoreTestSupport.assertIndexMatches(file, "panden");
            // The R-tree finds a new pand where it lies.
            assertThat(sql(
                            file,
                            "SELECT count(*) FROM rtree_panden_geom WHERE minx <= 140026 AND maxx >= 140024"
                                    + " AND miny <= 452526 AND maxy >= 452524"))
                    .isEqualTo("1");

            // Source b again, with some panden of a (newest wins): old entries go, new ones are appended.
            importBuildings(store, "gemeente-b.gpkg", 29_900, 32_000);
            assertThat(sql(file, "SELECT count(*) FROM panden")).isEqualTo("32000");
            StoreTestSupport.assertIndexMatches(file, "panden");
        }
        assertThat(sql(file, "PRAGMA integrity_check")).isEqualTo("ok");
        assertGdalValidates(file);
    }

    @Test
    void a_stale_entry_at_the_next_row_id_is_replaced_not_duplicated() throws Exception {
        Path file = dir.resolve("stale.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            importBuildings(store, "gemeente-a.gpkg", 0, 5_000);
        }
        long next = Long.parseLong(sql(file, "SELECT max(fid) FROM panden")) + 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            // What a program that writes the index itself could leave: an entry for a row not (yet) there.
            s.execute("INSERT INTO rtree_panden_geom VALUES (" + next + ", 1, 2, 1, 2)");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            importBuildings(store, "gemeente-b.gpkg", 5_000, 5_100);
        }
        StoreTestSupport.assertIndexMatches(file, "panden");
    }

    private static void assertGdalValidates(Path file) throws Exception {
        Path script = Stream.of(
                        "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py",
                        "/usr/share/doc/python3-gdal/examples/validate_gpkg.py")
                .map(Path::of)
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(script != null, "validate_gpkg.py (python3-gdal) ontbreekt");
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).isEmpty();
    }
}
