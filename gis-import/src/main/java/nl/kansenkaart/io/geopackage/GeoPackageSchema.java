package nl.kansenkaart.io.geopackage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;

/**
 * The GeoPackage 1.3 tables and indexes, created with the same DDL that GDAL writes, on a JDBC
 * connection the caller owns (and whose transaction the caller controls). Feature tables get an
 * integer primary key {@value #ID_COLUMN} and the geometry column {@value #GEOMETRY_COLUMN}.
 */
public final class GeoPackageSchema {
    /** The integer primary key of every table. */
    public static final String ID_COLUMN = "fid";
    /** The geometry column of every feature table. */
    public static final String GEOMETRY_COLUMN = "geom";
    /** 'GPKG' as the SQLite application_id. */
    public static final int APPLICATION_ID = 0x47504B47;
    /** GeoPackage 1.3: GDAL 3.6 and QGIS read it without a warning (1.4 makes GDAL 3.6 warn). */
    public static final int USER_VERSION = 10_300;

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final String RTREE_EXTENSION = "http://www.geopackage.org/spec120/#extension_rtree";

    private GeoPackageSchema() {}

    /** An instant as the GeoPackage writes DATETIME values: "2024-05-31T12:00:00.000Z". */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** Makes an empty SQLite database a GeoPackage: application id, version, core tables, required SRS rows. */
    public static void initialise(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + USER_VERSION);
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL,srs_id INTEGER NOT NULL PRIMARY KEY,"
                    + "organization TEXT NOT NULL,organization_coordsys_id INTEGER NOT NULL,definition  TEXT NOT NULL,"
                    + "description TEXT)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY,data_type TEXT NOT NULL,"
                    + "identifier TEXT UNIQUE,description TEXT DEFAULT '',last_change DATETIME NOT NULL DEFAULT "
                    + "(strftime('%Y-%m-%dT%H:%M:%fZ','now')),min_x DOUBLE, min_y DOUBLE,max_x DOUBLE, max_y DOUBLE,"
                    + "srs_id INTEGER,CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES "
                    + "gpkg_spatial_ref_sys(srs_id))");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL,column_name TEXT NOT NULL,"
                    + "geometry_type_name TEXT NOT NULL,srs_id INTEGER NOT NULL,z TINYINT NOT NULL,m TINYINT NOT NULL,"
                    + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),CONSTRAINT uk_gc_table_name "
                    + "UNIQUE (table_name),CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES "
                    + "gpkg_contents(table_name),CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES "
                    + "gpkg_spatial_ref_sys (srs_id))");
            s.execute("CREATE TABLE gpkg_extensions (table_name TEXT,column_name TEXT,extension_name TEXT NOT NULL,"
                    + "definition TEXT NOT NULL,scope TEXT NOT NULL,CONSTRAINT ge_tce UNIQUE (table_name, column_name, "
                    + "extension_name))");
        }
        for (SpatialRefSys srs : SpatialRefSys.REQUIRED_UNDEFINED) {
            registerSrs(connection, srs);
        }
        registerSrs(connection, SpatialRefSys.WGS84);
    }

    /** Adds an SRS row unless one with the same srs_id exists. */
    public static void registerSrs(Connection connection, SpatialRefSys srs) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT OR IGNORE INTO gpkg_spatial_ref_sys "
                + "(srs_name, srs_id, organization, organization_coordsys_id, definition, description) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, srs.name());
            p.setInt(2, srs.srsId());
            p.setString(3, srs.organization());
            p.setInt(4, srs.organizationCoordsysId());
            p.setString(5, srs.definition());
            p.setString(6, srs.description());
            p.executeUpdate();
        }
    }

    /** Creates a feature table (2D geometry) and registers it in gpkg_contents and gpkg_geometry_columns. */
    public static void createFeatureTable(
            Connection connection,
            String table,
            GeometryType geometryType,
            int srsId,
            List<Column> columns,
            String description,
            Instant lastChange)
            throws SQLException {
        createTable(connection, table, "\"" + GEOMETRY_COLUMN + "\" " + geometryType.name(), columns);
        registerContents(connection, table, "features", description, lastChange, srsId);
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO gpkg_geometry_columns "
                + "(table_name, column_name, geometry_type_name, srs_id, z, m) VALUES (?, ?, ?, ?, 0, 0)")) {
            p.setString(1, table);
            p.setString(2, GEOMETRY_COLUMN);
            p.setString(3, geometryType.name());
            p.setInt(4, srsId);
            p.executeUpdate();
        }
    }

    /** Creates an attribute table (no geometry) registered as 'attributes', so GDAL and QGIS list it. */
    public static void createAttributeTable(
            Connection connection, String table, List<Column> columns, String description, Instant lastChange)
            throws SQLException {
        createTable(connection, table, null, columns);
        registerContents(connection, table, "attributes", description, lastChange, null);
    }

    private static void createTable(Connection connection, String table, String geometryDdl, List<Column> columns)
            throws SQLException {
        StringJoiner ddl = new StringJoiner(", ", "CREATE TABLE " + Sql.quote(table) + " (", ")");
        ddl.add(Sql.quote(ID_COLUMN) + " INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
        if (geometryDdl != null) {
            ddl.add(geometryDdl);
        }
        columns.forEach(c -> ddl.add(c.ddl()));
        try (Statement s = connection.createStatement()) {
            s.execute(ddl.toString());
        }
    }

    private static void registerContents(
            Connection connection, String table, String dataType, String description, Instant lastChange, Integer srsId)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO gpkg_contents "
                + "(table_name, data_type, identifier, description, last_change, srs_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, table);
            p.setString(2, dataType);
            p.setString(3, table);
            p.setString(4, description);
            p.setString(5, timestamp(lastChange));
            if (srsId == null) {
                p.setNull(6, java.sql.Types.INTEGER);
            } else {
                p.setInt(6, srsId);
            }
            p.executeUpdate();
        }
    }

    /** Creates an ordinary (or unique) index; a unique one makes INSERT OR REPLACE replace on these columns. */
    public static void createIndex(
            Connection connection, String name, String table, boolean unique, List<String> columns)
            throws SQLException {
        createIndex(connection, name, table, unique, columns, "");
    }

    /** Creates an index, partial when {@code where} is not blank (it then holds only the matching rows). */
    public static void createIndex(
            Connection connection, String name, String table, boolean unique, List<String> columns, String where)
            throws SQLException {
        StringJoiner cols = new StringJoiner(", ", "(", ")");
        columns.forEach(c -> cols.add(Sql.quote(c)));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + Sql.quote(name) + " ON " + Sql.quote(table)
                    + " " + cols + (where.isBlank() ? "" : " WHERE " + where));
        }
    }

    /** The name of a feature table's R-tree, as the GeoPackage specification fixes it. */
    public static String rtreeName(String table) {
        return "rtree_" + table + "_" + GEOMETRY_COLUMN;
    }

    /**
     * Creates the R-tree of a feature table, fills it from the rows already present (much faster
     * than maintaining it row by row during a bulk load), adds the maintenance triggers and registers
     * the extension. Needs {@link GeoPackageFunctions} on the connection.
     */
    public static void createSpatialIndex(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(
                    "CREATE VIRTUAL TABLE " + Sql.quote(rtreeName(table)) + " USING rtree(id, minx, maxx, miny, maxy)");
        }
        indexRowsAfter(connection, table, Long.MIN_VALUE);
        createSpatialIndexTriggers(connection, table);
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO gpkg_extensions "
                + "(table_name, column_name, extension_name, definition, scope) VALUES (?, ?, 'gpkg_rtree_index', ?, "
                + "'write-only')")) {
            p.setString(1, table);
            p.setString(2, GEOMETRY_COLUMN);
            p.setString(3, RTREE_EXTENSION);
            p.executeUpdate();
        }
    }

    /**
     * Drops a table with everything the GeoPackage keeps about it: its R-tree and triggers (feature
     * tables), its indexes, and its rows in gpkg_contents, gpkg_geometry_columns and gpkg_extensions.
     * Needs {@link GeoPackageFunctions} on the connection when the table has R-tree triggers.
     */
    public static void dropTable(Connection connection, String table) throws SQLException {
        dropSpatialIndexTriggers(connection, table);
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + Sql.quote(rtreeName(table)));
            s.execute("DROP TABLE IF EXISTS " + Sql.quote(table));
        }
        for (String meta : List.of("gpkg_extensions", "gpkg_geometry_columns", "gpkg_contents")) {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + meta + " WHERE table_name = ?")) {
                p.setString(1, table);
                p.executeUpdate();
            }
        }
    }

    /** Adds index entries for the rows whose fid is above the given one (rows appended without triggers). */
    public static void indexRowsAfter(Connection connection, String table, long fid) throws SQLException {
        String g = Sql.quote(GEOMETRY_COLUMN);
        try (PreparedStatement p = connection.prepareStatement("INSERT OR REPLACE INTO " + Sql.quote(rtreeName(table))
                + " SELECT " + Sql.quote(ID_COLUMN) + ", ST_MinX(" + g + "), ST_MaxX(" + g + "), ST_MinY(" + g
                + "), ST_MaxY(" + g + ") FROM " + Sql.quote(table) + " WHERE " + g + " NOT NULL AND NOT ST_IsEmpty("
                + g + ") AND " + Sql.quote(ID_COLUMN) + " > ? ORDER BY " + Sql.quote(ID_COLUMN))) {
            p.setLong(1, fid);
            p.executeUpdate();
        }
    }

    /** The fid above every fid the table has had (AUTOINCREMENT never hands out a used one again). */
    public static long nextFid(Connection connection, String table) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT max(coalesce((SELECT seq FROM sqlite_sequence"
                + " WHERE name = ?), 0), coalesce((SELECT max(" + Sql.quote(ID_COLUMN) + ") FROM " + Sql.quote(table)
                + "), 0)) + 1")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Removes index entries whose row no longer exists (rows deleted without triggers). */
    public static void removeStaleIndexEntries(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM " + Sql.quote(rtreeName(table)) + " WHERE id NOT IN (SELECT " + Sql.quote(ID_COLUMN)
                    + " FROM " + Sql.quote(table) + ")");
        }
    }

    /** Drops the triggers that keep the R-tree in step, for a bulk change; recreate them afterwards. */
    public static void dropSpatialIndexTriggers(Connection connection, String table) throws SQLException {
        String r = rtreeName(table);
        try (Statement s = connection.createStatement()) {
            for (String suffix : List.of("insert", "update1", "update2", "update3", "update4", "delete")) {
                s.execute("DROP TRIGGER IF EXISTS " + Sql.quote(r + "_" + suffix));
            }
        }
    }

    /** The six R-tree triggers of GeoPackage 1.3, exactly as GDAL 3.6 writes them. */
    public static void createSpatialIndexTriggers(Connection connection, String table) throws SQLException {
        String t = Sql.quote(table);
        String r = rtreeName(table);
        String rq = Sql.quote(r);
        String g = Sql.quote(GEOMETRY_COLUMN);
        String i = Sql.quote(ID_COLUMN);
        String values = "VALUES (NEW." + i + ",ST_MinX(NEW." + g + "), ST_MaxX(NEW." + g + "),ST_MinY(NEW." + g
                + "), ST_MaxY(NEW." + g + "))";
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TRIGGER " + Sql.quote(r + "_insert") + " AFTER INSERT ON " + t + " WHEN (new." + g
                    + " NOT NULL AND NOT ST_IsEmpty(NEW." + g + ")) BEGIN INSERT OR REPLACE INTO " + rq + " " + values
                    + "; END");
            s.execute("CREATE TRIGGER " + Sql.quote(r + "_update1") + " AFTER UPDATE OF " + g + " ON " + t
                    + " WHEN OLD." + i + " = NEW." + i + " AND (NEW." + g + " NOTNULL AND NOT ST_IsEmpty(NEW." + g
                    + ")) BEGIN INSERT OR REPLACE INTO " + rq + " " + values + "; END");
            s.execute("CREATE TRIGGER " + Sql.quote(r + "_update2") + " AFTER UPDATE OF " + g + " ON " + t
                    + " WHEN OLD." + i + " = NEW." + i + " AND (NEW." + g + " ISNULL OR ST_IsEmpty(NEW." + g
                    + ")) BEGIN DELETE FROM " + rq + " WHERE id = OLD." + i + "; END");
            s.execute("CREATE TRIGGER " + Sql.quote(r + "_update3") + " AFTER UPDATE ON " + t + " WHEN OLD." + i
                    + " != NEW." + i + " AND (NEW." + g + " NOTNULL AND NOT ST_IsEmpty(NEW." + g
                    + ")) BEGIN DELETE FROM "
                    + rq + " WHERE id = OLD." + i + "; INSERT OR REPLACE INTO " + rq + " " + values + "; END");
            s.execute("CREATE TRIGGER " + Sql.quote(r + "_update4") + " AFTER UPDATE ON " + t + " WHEN OLD." + i
                    + " != NEW." + i + " AND (NEW." + g + " ISNULL OR ST_IsEmpty(NEW." + g + ")) BEGIN DELETE FROM "
                    + rq + " WHERE id IN (OLD." + i + ", NEW." + i + "); END");
            s.execute("CREATE TRIGGER " + Sql.quote(r + "_delete") + " AFTER DELETE ON " + t + " WHEN old." + g
                    + " NOT NULL BEGIN DELETE FROM " + rq + " WHERE id = OLD." + i + "; END");
        }
    }

    /**
     * Sets the table's extent in gpkg_contents from its R-tree (NULL when empty) and its last_change.
     * The caller gives the instant, so the same input gives the same file contents.
     */
    /**
     * The extent of the rows selected by {@code where} (one parameter), read from the table's R-tree:
     * minx, miny, maxx, maxy; null when no row matches. With an index on the where column this costs
     * the rows it finds, not the table.
     */
    public static double[] rowsExtent(Connection connection, String table, String where, Object parameter)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT min(r.minx), min(r.miny), max(r.maxx), "
                + "max(r.maxy) FROM " + Sql.quote(table) + " t JOIN " + Sql.quote(rtreeName(table)) + " r ON r.id = t."
                + Sql.quote(ID_COLUMN) + " WHERE " + where)) {
            p.setObject(1, parameter);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                double[] e = {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
                return rs.wasNull() ? null : e;
            }
        }
    }

    /** The extent gpkg_contents holds for a table (minx, miny, maxx, maxy), null when it holds none. */
    public static double[] contentsExtent(Connection connection, String table) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                double[] e = new double[4];
                for (int k = 0; k < 4; k++) {
                    e[k] = rs.getDouble(k + 1);
                    if (rs.wasNull()) {
                        return null;
                    }
                }
                return e;
            }
        }
    }

    /** Sets a feature table's extent (null: none) and last change in gpkg_contents, without a scan. */
    public static void setContents(Connection connection, String table, double[] extent, Instant lastChange)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("UPDATE gpkg_contents SET min_x = ?, min_y = ?, "
                + "max_x = ?, max_y = ?, last_change = ? WHERE table_name = ?")) {
            for (int k = 0; k < 4; k++) {
                if (extent == null) {
                    p.setNull(k + 1, java.sql.Types.REAL);
                } else {
                    p.setDouble(k + 1, extent[k]);
                }
            }
            p.setString(5, timestamp(lastChange));
            p.setString(6, table);
            p.executeUpdate();
        }
    }

    public static void updateContents(Connection connection, String table, boolean feature, Instant lastChange)
            throws SQLException {
        if (feature) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM " + Sql.quote(rtreeName(table)));
                    PreparedStatement p = connection.prepareStatement("UPDATE gpkg_contents SET min_x = ?, min_y = ?, "
                            + "max_x = ?, max_y = ?, last_change = ? WHERE table_name = ?")) {
                rs.next();
                for (int k = 1; k <= 4; k++) {
                    p.setObject(k, rs.getObject(k));
                }
                p.setString(5, timestamp(lastChange));
                p.setString(6, table);
                p.executeUpdate();
            }
        } else {
            try (PreparedStatement p =
                    connection.prepareStatement("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?")) {
                p.setString(1, timestamp(lastChange));
                p.setString(2, table);
                p.executeUpdate();
            }
        }
    }
}
