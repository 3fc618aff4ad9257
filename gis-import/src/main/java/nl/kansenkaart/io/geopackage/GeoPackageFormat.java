package nl.kansenkaart.io.geopackage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.FormatProvider;
import nl.kansenkaart.io.source.SourceException;
import org.locationtech.jts.geom.Envelope;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** The GeoPackage provider: every 'features' and 'attributes' table of gpkg_contents is a layer. */
public final class GeoPackageFormat implements FormatProvider {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String formatName() {
        return "GeoPackage";
    }

    @Override
    public boolean probe(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            return Arrays.equals(head, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<String> layerNames(Path file) throws SourceException {
        try (Connection c = connect(file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select table_name from gpkg_contents"
                        + " where data_type in ('features', 'attributes') order by rowid")) {
            List<String> names = new ArrayList<>();
            while (r.next()) {
                names.add(r.getString(1));
            }
            return List.copyOf(names);
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    @Override
    public FeatureLayer open(Path file, String layerName) throws SourceException {
        return open(file, layerName, Optional.empty());
    }

    /**
     * Opens a table limited to the features whose bounding box meets an RD New envelope, using the
     * table's R-tree (rtree_table_geom) when it exists. Attribute tables are not filtered.
     */
    public GeoPackageLayer open(Path file, String layerName, Envelope rdEnvelope) throws SourceException {
        return open(file, layerName, Optional.of(rdEnvelope));
    }

    private GeoPackageLayer open(Path file, String layerName, Optional<Envelope> rdEnvelope) throws SourceException {
        if (!layerNames(file).contains(layerName)) {
            throw new SourceException(
                    file, "de GeoPackage heeft geen tabel \"" + layerName + "\" met objecten of attributen");
        }
        Connection c = null;
        try {
            c = connect(file);
            GpkgTable table = GpkgTable.read(c, layerName);
            return new GeoPackageLayer(
                    file, c, table, table.geometryColumn().isPresent() ? rdEnvelope : Optional.empty());
        } catch (SQLException e) {
            closeQuietly(c);
            throw unreadable(file, e);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static SourceException unreadable(Path file, SQLException e) {
        String reason = e.getMessage() != null && e.getMessage().contains("gpkg_contents")
                ? "geen GeoPackage (de tabel gpkg_contents ontbreekt)"
                : "kan de GeoPackage niet lezen: " + e.getMessage();
        return new SourceException(file, OptionalLong.empty(), reason, e);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the first error is the one to report
            }
        }
    }
}
