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

    private final PreparedStatement statement;
    private final int srsId;
    private final boolean feature;
    private final int valueCount;
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
        this.statement = connection.prepareStatement((replace ? "INSERT OR REPLACE INTO " : "INSERT INTO ")
                + Sql.quote(table) + " " + names + " VALUES " + marks);
        this.srsId = srsId;
        this.feature = feature;
        this.valueCount = columns.size();
    }

    /** Adds a feature row: the geometry (in the table's SRS) and the attribute values in column order. */
    public void add(Geometry geometry, Object... values) throws SQLException {
        if (!feature) {
            throw new IllegalStateException("geen geometriekolom in deze tabel");
        }
        statement.setBytes(1, geometry == null ? null : GeoPackageGeometry.encode(geometry, srsId));
        bind(2, values);
    }

    /**
     * Adds a feature row whose geometry is already a GeoPackage blob ({@link GeoPackageGeometry#encode}),
     * for a geometry written to several tables: encoding it once is cheaper.
     */
    public void addEncoded(byte[] geometryBlob, Object... values) throws SQLException {
        if (!feature) {
            throw new IllegalStateException("geen geometriekolom in deze tabel");
        }
        statement.setBytes(1, geometryBlob);
        bind(2, values);
    }

    /** Adds an attribute row: the values in column order. */
    public void addRow(Object... values) throws SQLException {
        if (feature) {
            throw new IllegalStateException("een objecttabel heeft een geometrie nodig");
        }
        bind(1, values);
    }

    private void bind(int first, Object[] values) throws SQLException {
        if (values.length != valueCount) {
            throw new IllegalArgumentException(valueCount + " waarden verwacht, " + values.length + " gekregen");
        }
        for (int k = 0; k < values.length; k++) {
            bindValue(statement, first + k, values[k]);
        }
        statement.addBatch();
        count++;
        if (++pending >= BATCH_SIZE) {
            flush();
        }
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
    }

    /** The rows added so far. */
    public long count() {
        return count;
    }

    /** Drops the pending rows and releases the statement, for a transaction that will be rolled back. */
    public void discard() {
        try {
            statement.clearBatch();
            statement.close();
        } catch (SQLException ignored) {
            // The rows are being thrown away; the rollback that follows is what matters.
        }
    }

    /** Flushes the pending rows and releases the statement. */
    @java.lang.Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
