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
