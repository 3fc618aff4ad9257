package nl.kansenkaart.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;

class RtreeBulkLoadTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 51, 52, 2_601, 2_602, 30_000})
    void a_bulk_loaded_tree_passes_sqlites_rtreecheck_and_answers_window_queries_like_a_scan(int n) throws Exception {
        try (Connection c = GeoPackageWriter.open(dir.resolve("t" + n + ".sqlite"))) {
            c.setAutoCommit(false);
            create(c);
            List<Envelope> boxes = randomBoxes(n, 7 + n);
            IndexEntries entries = new IndexEntries();
            for (int i = 0; i < n; i++) {
                entries.add(1000 + i, boxes.get(i));
            }
            RtreeBulkLoad.replace(c, "rtree_t_geom", entries);
            c.commit();
            assertThat(rtreecheck(c)).isEqualTo("ok");
            assertThat(RtreeBulkLoad.count(c, "rtree_t_geom")).isEqualTo(n);
            Random r = new Random(n);
            for (int q = 0; q < 40; q++) {
                Envelope window = randomBoxes(1, r.nextInt()).get(0);
                window.expandBy(r.nextDouble() * 20_000);
                assertThat(query(c, window)).isEqualTo(scan(boxes, window));
            }
            // SQLite keeps maintaining the tree: inserts that split full nodes, deletes that condense them.
            try (Statement s = c.createStatement()) {
                for (int i = 0; i < 300; i++) {
                    s.execute("INSERT INTO rtree_t_geom VALUES (" + (900_000 + i) + ", " + i + ", " + (i + 5) + ", " + i
                            + ", " + (i + 5) + ")");
                }
                s.execute("DELETE FROM rtree_t_geom WHERE id % 3 = 0");
            }
            c.commit();
            assertThat(rtreecheck(c)).isEqualTo("ok");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 60, 5_000})
    void batches_appended_at_the_right_edge_keep_a_valid_tree_that_answers_like_a_scan(int initial) throws Exception {
        int[] batches = {1, 51, 2_600, 7, 40_000, 300};
        int total = initial;
        for (int b : batches) {
            total += b;
        }
        List<Envelope> boxes = randomBoxes(total, 11 + initial);
        try (Connection c = GeoPackageWriter.open(dir.resolve("a" + initial + ".sqlite"))) {
            c.setAutoCommit(false);
            create(c);
            RtreeBulkLoad.replace(c, "rtree_t_geom", entries(boxes, 0, initial));
            int from = initial;
            for (int b : batches) {
                RtreeBulkLoad.append(c, "rtree_t_geom", entries(boxes, from, from + b));
                from += b;
                c.commit();
                assertThat(rtreecheck(c)).as("na %d van %d", from, total).isEqualTo("ok");
                assertThat(RtreeBulkLoad.count(c, "rtree_t_geom")).isEqualTo(from);
            }
            Random r = new Random(initial);
            for (int q = 0; q < 40; q++) {
                Envelope window = randomBoxes(1, r.nextInt()).get(0);
                window.expandBy(r.nextDouble() * 20_000);
                assertThat(query(c, window)).isEqualTo(scan(boxes, window));
            }
            // SQLite keeps maintaining it: deletes that condense nodes, then another append on what is left.
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM rtree_t_geom WHERE id % 4 = 1");
            }
            c.commit();
            assertThat(rtreecheck(c)).isEqualTo("ok");
            List<Envelope> more = randomBoxes(3_000, 99);
            IndexEntries extra = new IndexEntries();
            for (int i = 0; i < more.size(); i++) {
                extra.add(5_000_000L + i, more.get(i));
            }
            RtreeBulkLoad.append(c, "rtree_t_geom", extra);
            c.commit();
            assertThat(rtreecheck(c)).isEqualTo("ok");
            assertThat(RtreeBulkLoad.count(c, "rtree_t_geom"))
                    .as("ids 1000 + i met i %% 4 == 1 weg, 3.000 erbij")
                    .isEqualTo(total - (total + 2) / 4 + 3_000L);
        }
    }

    private static IndexEntries entries(List<Envelope> boxes, int from, int to) {
        IndexEntries entries = new IndexEntries();
        for (int i = from; i < to; i++) {
            entries.add(1000 + i, boxes.get(i));
        }
        return entries;
    }

    @Test
    void boxes_are_rounded_outwards_to_floats_as_sqlite_stores_them() throws Exception {
        double min = 155_000.123456789;
        double max = 155_020.987654321;
        assertThat((double) IndexEntries.down(min)).isLessThanOrEqualTo(min);
        assertThat((double) IndexEntries.up(max)).isGreaterThanOrEqualTo(max);
        try (Connection c = GeoPackageWriter.open(dir.resolve("r.sqlite"))) {
            create(c);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO rtree_t_geom VALUES (1, " + min + ", " + max + ", " + min + ", " + max + ")");
            }
            IndexEntries read = RtreeBulkLoad.read(c, "rtree_t_geom");
            assertThat(read.box(0, 0)).isEqualTo(IndexEntries.down(min));
            assertThat(read.box(0, 1)).isEqualTo(IndexEntries.up(max));
        }
    }

    private static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE rtree_t_geom USING rtree(id, minx, maxx, miny, maxy)");
        }
    }

    private static String rtreecheck(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT rtreecheck('rtree_t_geom')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<Envelope> randomBoxes(int n, long seed) {
        Random r = new Random(seed);
        List<Envelope> boxes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = 10_000 + r.nextDouble() * 270_000;
            double y = 300_000 + r.nextDouble() * 320_000;
            boxes.add(new Envelope(x, x + r.nextDouble() * 300, y, y + r.nextDouble() * 300));
        }
        return boxes;
    }

    private static TreeSet<Long> query(Connection c, Envelope w) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id FROM rtree_t_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?")) {
            p.setDouble(1, w.getMinX());
            p.setDouble(2, w.getMaxX());
            p.setDouble(3, w.getMinY());
            p.setDouble(4, w.getMaxY());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static TreeSet<Long> scan(List<Envelope> boxes, Envelope w) {
        TreeSet<Long> ids = new TreeSet<>();
        for (int i = 0; i < boxes.size(); i++) {
            Envelope b = boxes.get(i);
            // The same test on the float-rounded box the tree holds.
            if (IndexEntries.up(b.getMaxX()) >= w.getMinX()
                    && IndexEntries.down(b.getMinX()) <= w.getMaxX()
                    && IndexEntries.up(b.getMaxY()) >= w.getMinY()
                    && IndexEntries.down(b.getMinY()) <= w.getMaxY()) {
                ids.add(1000L + i);
            }
        }
        return ids;
    }
}
