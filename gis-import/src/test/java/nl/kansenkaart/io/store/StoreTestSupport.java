package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.locationtech.jts.geom.Geometry;

/** Helpers the store tests share: file hashes, raw SQL peeks and exact geometry comparison. */
final class StoreTestSupport {
    private StoreTestSupport() {}

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query, read with a separate plain connection. */
    static String sql(Path file, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * Checks a feature table's R-tree the way GDAL relies on it: exactly one entry per row with a
     * geometry, none for rows that are gone, each holding its row's envelope (stored as 32-bit floats,
     * rounded outwards).
     */
    static void assertIndexMatches(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            java.util.Map<Long, org.locationtech.jts.geom.Envelope> rows = new java.util.TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT fid, geom FROM " + table)) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), nl.kansenkaart.io.geopackage.GeoPackageGeometry.envelope(rs.getBytes(2)));
                }
            }
            java.util.Map<Long, double[]> index = new java.util.TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT id, minx, maxx, miny, maxy FROM rtree_" + table + "_geom")) {
                while (rs.next()) {
                    index.put(
                            rs.getLong(1),
                            new double[] {rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)});
                }
            }
            assertThat(index.keySet()).as("R-tree van %s", table).containsExactlyElementsOf(rows.keySet());
            try (ResultSet rs = s.executeQuery("SELECT rtreecheck('rtree_" + table + "_geom')")) {
                rs.next();
                assertThat(rs.getString(1)).as("rtreecheck van %s", table).isEqualTo("ok");
            }
            rows.forEach((fid, e) -> {
                double[] box = index.get(fid);
                assertThat(box[0])
                        .as("minx %s", fid)
                        .isLessThanOrEqualTo(e.getMinX())
                        .isGreaterThan(e.getMinX() - 0.1);
                assertThat(box[1])
                        .as("maxx %s", fid)
                        .isGreaterThanOrEqualTo(e.getMaxX())
                        .isLessThan(e.getMaxX() + 0.1);
                assertThat(box[2])
                        .as("miny %s", fid)
                        .isLessThanOrEqualTo(e.getMinY())
                        .isGreaterThan(e.getMinY() - 0.1);
                assertThat(box[3])
                        .as("maxy %s", fid)
                        .isGreaterThanOrEqualTo(e.getMaxY())
                        .isLessThan(e.getMaxY() + 0.1);
            });
        }
    }

    /**
     * The form the store gives polygons back in: the project's columns hold MultiPolygons, and a
     * MultiPolygon of one part is read back as that Polygon.
     */
    static Geometry canonical(Geometry g) {
        return g instanceof org.locationtech.jts.geom.MultiPolygon m && m.getNumGeometries() == 1
                ? m.getGeometryN(0)
                : g;
    }

    /** Geometries equal coordinate for coordinate and of the same type; the message shows both as WKT. */
    static void assertSameGeometry(Geometry actual, Geometry expected) {
        assertThat(actual.getGeometryType()).as("geometrietype van %s", actual).isEqualTo(expected.getGeometryType());
        assertThat(actual.equalsExact(expected))
                .as("verwacht %s%nmaar was %s", expected.toText(), actual.toText())
                .isTrue();
        assertThat(actual.norm().toText()).isEqualTo(expected.norm().toText());
    }
}
