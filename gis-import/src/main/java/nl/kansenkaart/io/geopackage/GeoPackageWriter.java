package nl.kansenkaart.io.geopackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Writes a new GeoPackage in one transaction: tables, bulk rows, then R-tree indexes and extents at
 * {@link #commit()}. Used for files in the form users download (a PDOK bag-light style file with
 * {@code pand} and {@code verblijfsobject}) and underneath the project store. The same calls with the
 * same last-change instant give the same table contents.
 */
public final class GeoPackageWriter implements AutoCloseable {
    /** How long a connection waits for another program's write lock, in milliseconds. */
    public static final int BUSY_TIMEOUT_MS = 3_000;

    private final Path file;
    private final Connection connection;
    private final Instant lastChange;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private boolean committed;

    private record Table(boolean feature, int srsId, List<Column> columns) {}

    private GeoPackageWriter(Path file, Connection connection, Instant lastChange) {
        this.file = file;
        this.connection = connection;
        this.lastChange = lastChange;
    }

    /** Creates a new GeoPackage; refuses an existing file. Every table gets the given last_change. */
    public static GeoPackageWriter create(Path file, Instant lastChange) throws IOException {
        if (Files.exists(file)) {
            throw new IOException("GeoPackage " + file + " bestaat al; kies een nieuwe bestandsnaam");
        }
        Connection connection = null;
        try {
            connection = open(file);
            connection.setAutoCommit(false);
            GeoPackageSchema.initialise(connection);
            return new GeoPackageWriter(file, connection, lastChange);
        } catch (SQLException e) {
            closeQuietly(connection);
            deleteQuietly(file);
            throw new IOException("GeoPackage " + file + " kan niet worden aangemaakt: " + e.getMessage(), e);
        }
    }

    /** Creates a new GeoPackage stamped with the current time. */
    public static GeoPackageWriter create(Path file) throws IOException {
        return create(file, Instant.now());
    }

    /** A sqlite-jdbc connection with the R-tree functions registered; creates the file when absent. */
    public static Connection open(Path file) throws SQLException {
        return withFunctions(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
    }

    /**
     * A connection to an existing file only (SQLite would otherwise create an empty database), with
     * the R-tree functions registered. SQLite's default rollback journal keeps the project one file.
     */
    public static Connection openExisting(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        return withFunctions(config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
    }

    private static Connection withFunctions(Connection connection) throws SQLException {
        try {
            GeoPackageFunctions.register(connection);
            try (Statement s = connection.createStatement()) {
                // A bulk import dirties more pages than SQLite's 2 MB default cache holds; every spill to the
                // file costs a journal fsync. 64 MB per connection, nothing written to the file.
                s.execute("PRAGMA cache_size = -65536");
                // Another program (QGIS) may hold a short write lock; wait a little before giving up.
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            }
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The file being written. */
    public Path file() {
        return file;
    }

    /** Adds an SRS row: 28992 (RD New), 4326 (WGS 84, always present) or 7415 (RD New + NAP). */
    public void registerSrs(int epsg) throws IOException {
        SpatialRefSys srs = SpatialRefSys.forEpsg(epsg)
                .orElseThrow(() -> new IllegalArgumentException("EPSG:" + epsg + " is niet bekend bij de schrijver"));
        run(() -> GeoPackageSchema.registerSrs(connection, srs), "SRS EPSG:" + epsg + " registreren");
    }

    /** Creates a feature table; the SRS must be registered first. */
    public void createFeatureTable(String table, GeometryType type, int epsg, List<Column> columns) throws IOException {
        requireNew(table);
        run(
                () -> GeoPackageSchema.createFeatureTable(connection, table, type, epsg, columns, "", lastChange),
                "tabel " + table + " aanmaken");
        tables.put(table, new Table(true, epsg, List.copyOf(columns)));
    }

    /** Creates an attribute table (no geometry). */
    public void createAttributeTable(String table, List<Column> columns) throws IOException {
        requireNew(table);
        run(
                () -> GeoPackageSchema.createAttributeTable(connection, table, columns, "", lastChange),
                "tabel " + table + " aanmaken");
        tables.put(table, new Table(false, 0, List.copyOf(columns)));
    }

    /**
     * An inserter for all columns of a table in the order they were created. Close it before
     * {@link #commit()}.
     */
    public RowInserter insert(String table) throws IOException {
        Table t = tables.get(table);
        if (t == null) {
            throw new IllegalArgumentException("tabel " + table + " is niet aangemaakt");
        }
        List<String> names = t.columns().stream().map(Column::name).toList();
        try {
            return new RowInserter(connection, table, t.feature(), t.srsId(), names, false);
        } catch (SQLException e) {
            throw failure("tabel " + table + " vullen", e);
        }
    }

    /** Builds the R-tree index and extent of every feature table, then commits the file. */
    public void commit() throws IOException {
        run(
                () -> {
                    for (Map.Entry<String, Table> e : tables.entrySet()) {
                        if (e.getValue().feature()) {
                            GeoPackageSchema.createSpatialIndex(connection, e.getKey());
                        }
                        GeoPackageSchema.updateContents(
                                connection, e.getKey(), e.getValue().feature(), lastChange);
                    }
                    connection.commit();
                },
                "opslaan");
        committed = true;
    }

    /** Closes the file; without a commit the file is removed, so no half-written GeoPackage remains. */
    @java.lang.Override
    public void close() throws IOException {
        try {
            if (!committed) {
                connection.rollback();
            }
            connection.close();
        } catch (SQLException e) {
            throw failure("sluiten", e);
        } finally {
            if (!committed) {
                deleteQuietly(file);
            }
        }
    }

    private void requireNew(String table) {
        if (tables.containsKey(table)) {
            throw new IllegalArgumentException("tabel " + table + " bestaat al");
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private void run(SqlAction action, String what) throws IOException {
        try {
            action.run();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private IOException failure(String what, SQLException e) {
        return new IOException("GeoPackage " + file + ": " + what + " mislukt: " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The original failure is what the caller needs to see.
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing more to do: the caller already gets the original failure.
        }
    }
}
