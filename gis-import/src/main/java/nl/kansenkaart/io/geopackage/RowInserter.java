package nl.kansenkaart.io.geopackage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams rows into one table with a JDBC batch that is flushed every few thousand rows, inside the
 * caller's transaction. Values: String, Integer/Long, Double, Boolean (0/1), LocalDate, Instant,
 * byte[], null, or an Optional/OptionalInt/OptionalDouble of those (empty = NULL).
 */
public final class RowInserter implements AutoCloseable {
    /** Rows per JDBC batch: large enough to amortise the JNI calls, small enough to stay lean. */
    public static final int BATCH_SIZE = 4_000;

    private final Connection connection;
    private final String sql;
    // One row's "(?, ?, ...)".
    private final String marks;
    private final int srsId;
    private final boolean feature;
    private final int valueCount;
    private final int rowsPerStatement;
    // The statement that inserts rowsPerStatement rows at once; the remainder of a flush goes through
    // a one-row statement, prepared when first needed.
    private final PreparedStatement statement;
    private PreparedStatement single;
    // Rows not yet bound: their geometry (feature tables) and values, kept by reference.
    private final byte[][] heldGeometries;
    private final Object[][] heldValues;
    private int held;
    private int pending;
    private long count;

    /**
     * Prepares an insert into the given columns (the geometry column first for a feature table).
     *
     * @param replace INSERT OR REPLACE: a row that clashes on a unique column replaces the older row
     */
    public RowInserter(
            Connection connection, String table, boolean feature, int srsId, List<String> columns, boolean replace)
            throws SQLException {
        this(connection, table, feature, srsId, columns, replace, 1);
    }

    /**
     * Prepares an insert that writes {@code rowsPerStatement} rows per statement execution
     * ({@code INSERT ... VALUES (...), (...)}): SQLite's work per execution (starting the program,
     * an AUTOINCREMENT table's sqlite_sequence lookup and update) is then paid once per group of rows.
     * The values of a row are kept by reference until its group is bound: a caller must not change
     * an array it has passed.
     */
    public RowInserter(
            Connection connection,
            String table,
            boolean feature,
            int srsId,
            List<String> columns,
            boolean replace,
            int rowsPerStatement)
            throws SQLException {
        if (rowsPerStatement < 1) {
            throw new IllegalArgumentException("minstens 1 rij per opdracht, niet " + rowsPerStatement);
        }
        StringJoiner names = new StringJoiner(", ", "(", ")");
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        if (feature) {
            names.add(Sql.quote(GeoPackageSchema.GEOMETRY_COLUMN));
            marks.add("?");
        }
        for (String c : columns) {
            names.add(Sql.quote(c));
            marks.add("?");
        }
        this.connection = connection;
        this.sql = (replace ? "INSERT OR REPLACE INTO " : "INSERT INTO ") + Sql.quote(table) + " " + names + " VALUES ";
        StringJoiner groups = new StringJoiner(", ");
        for (int k = 0; k < rowsPerStatement; k++) {
            groups.add(marks.toString());
        }
        this.statement = connection.prepareStatement(sql + groups);
        this.srsId = srsId;
        this.feature = feature;
        this.valueCount = columns.size();
        this.rowsPerStatement = rowsPerStatement;
        this.heldGeometries = new byte[rowsPerStatement][];
        this.heldValues = new Object[rowsPerStatement][];
        this.marks = marks.toString();
    }

    /** Adds a feature row: the geometry (in the table's SRS) and the attribute values in column order. */
    public void add(Geometry geometry, Object... values) throws SQLException {
        if (!feature) {
            throw new IllegalStateException("geen geometriekolom in deze tabel");
        }
        hold(geometry == null ? null : GeoPackageGeometry.encode(geometry, srsId), values);
    }

    /**
     * Adds a feature row whose geometry is already a GeoPackage blob ({@link GeoPackageGeometry#encode}),
     * for a geometry written to several tables: encoding it once is cheaper.
     */
    public void addEncoded(byte[] geometryBlob, Object... values) throws SQLException {
        if (!feature) {
            throw new IllegalStateException("geen geometriekolom in deze tabel");
        }
        hold(geometryBlob, values);
    }

    /** Adds an attribute row: the values in column order. */
    public void addRow(Object... values) throws SQLException {
        if (feature) {
            throw new IllegalStateException("een objecttabel heeft een geometrie nodig");
        }
        hold(null, values);
    }

    private void hold(byte[] geometry, Object[] values) throws SQLException {
        if (values.length != valueCount) {
            throw new IllegalArgumentException(valueCount + " waarden verwacht, " + values.length + " gekregen");
        }
        heldGeometries[held] = geometry;
        heldValues[held] = values;
        held++;
        count++;
        if (held == rowsPerStatement) {
            bindHeld(statement);
            statement.addBatch();
            held = 0;
            pending += rowsPerStatement;
            if (pending >= BATCH_SIZE) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }

    /** Binds the held rows one after the other into the parameters of a statement. */
    private void bindHeld(PreparedStatement p) throws SQLException {
        int index = 1;
        for (int r = 0; r < held; r++) {
            index = bindRow(p, index, heldGeometries[r], heldValues[r]);
            heldGeometries[r] = null;
            heldValues[r] = null;
        }
    }

    /** Binds one row from parameter {@code index} on; returns the index after it. */
    private int bindRow(PreparedStatement p, int index, byte[] geometry, Object[] values) throws SQLException {
        if (feature) {
            p.setBytes(index++, geometry);
        }
        for (Object v : values) {
            bindValue(p, index++, v);
        }
        return index;
    }

    /** Binds one value as this class documents; shared with the store's own statements. */
    public static void bindValue(PreparedStatement p, int index, Object value) throws SQLException {
        Object v = unwrap(value);
        if (v == null) {
            p.setNull(index, java.sql.Types.NULL);
        } else if (v instanceof String s) {
            p.setString(index, s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            p.setLong(index, ((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            p.setDouble(index, ((Number) v).doubleValue());
        } else if (v instanceof Boolean b) {
            p.setInt(index, b ? 1 : 0);
        } else if (v instanceof LocalDate d) {
            p.setString(index, d.toString());
        } else if (v instanceof Instant i) {
            p.setString(index, GeoPackageSchema.timestamp(i));
        } else if (v instanceof byte[] bytes) {
            p.setBytes(index, bytes);
        } else {
            throw new IllegalArgumentException("waarde van type " + v.getClass().getSimpleName() + " niet ondersteund");
        }
    }

    private static Object unwrap(Object value) {
        if (value instanceof Optional<?> o) {
            return o.orElse(null);
        }
        if (value instanceof OptionalInt o) {
            return o.isPresent() ? o.getAsInt() : null;
        }
        if (value instanceof OptionalLong o) {
            return o.isPresent() ? o.getAsLong() : null;
        }
        if (value instanceof OptionalDouble o) {
            return o.isPresent() ? o.getAsDouble() : null;
        }
        return value;
    }

    /** Sends the pending rows to SQLite. */
    public void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
        if (held > 0) {
            // The few rows short of a whole group: one row per execution.
            if (single == null) {
                single = connection.prepareStatement(sql + marks);
            }
            for (int r = 0; r < held; r++) {
                bindRow(single, 1, heldGeometries[r], heldValues[r]);
                single.addBatch();
                heldGeometries[r] = null;
                heldValues[r] = null;
            }
            held = 0;
            single.executeBatch();
        }
    }

    /** The rows added so far. */
    public long count() {
        return count;
    }

    /** Drops the pending rows and releases the statements, for a transaction that will be rolled back. */
    public void discard() {
        held = 0;
        try {
            statement.clearBatch();
            statement.close();
            if (single != null) {
                single.close();
            }
        } catch (SQLException ignored) {
            // The rows are being thrown away; the rollback that follows is what matters.
        }
    }

    /** Flushes the pending rows and releases the statements. */
    @java.lang.Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
            if (single != null) {
                single.close();
            }
        }
    }
}
