package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import nl.kansenkaart.io.geopackage.IndexEntries;
import nl.kansenkaart.io.geopackage.RowInserter;
import nl.kansenkaart.io.geopackage.RtreeBulkLoad;

/**
 * Writes prepared results of one or more parks into the result tables on the caller's transaction:
 * each park's earlier rows are deleted first, so a second run replaces the first. Imported data and
 * the consultant's edits are never touched.
 *
 * <p>Indexing works as for an import: the batch writes without the R-tree triggers ({@link #begin})
 * and hands out the fids itself, so it knows each new row's fid and box without asking SQLite; at
 * the end ({@link #finish}) the boxes go into the R-trees as packed leaves
 * ({@link RtreeBulkLoad#append}, a cost per new entry that does not grow with the table) and the
 * triggers come back. The extent in gpkg_contents grows by the new boxes instead of being read from
 * the whole R-tree, which made storing the parks of a country one by one quadratic.
 */
final class ResultsWriter implements AutoCloseable {
    private final Connection connection;
    private final Instant computedAt;
    // Per feature table: the extent before the batch, the next fid to hand out, the extent of the rows
    // the batch removed (NONE: none), the boxes of the new rows, and per park the fids it got.
    private final Map<String, double[]> before = new HashMap<>();
    private final Map<String, long[]> nextFid = new HashMap<>();
    private final Map<String, double[]> removed = new HashMap<>();
    private final Map<String, IndexEntries> entries = new HashMap<>();
    private final Map<String, Map<String, long[]>> written = new HashMap<>();
    // One insert statement per table for the whole batch.
    private final Map<String, RowInserter> inserters = new HashMap<>();
    // The statements that remove a park's old rows, prepared once per batch rather than once per park.
    private final PreparedStatements statements;

    ResultsWriter(Connection connection, Instant computedAt) {
        this.connection = connection;
        this.statements = new PreparedStatements(connection);
        this.computedAt = computedAt;
    }

    /** Creates missing tables and takes the R-tree triggers off for the batch. */
    void begin() throws SQLException {
        spill(false);
        ResultTables.createMissing(connection, computedAt);
        for (Table t : ResultTables.TABLES) {
            if (t.isFeature()) {
                before.put(t.name(), GeoPackageSchema.contentsExtent(connection, t.name()));
                nextFid.put(t.name(), new long[] {GeoPackageSchema.nextFid(connection, t.name())});
                entries.put(t.name(), new IndexEntries());
                written.put(t.name(), new HashMap<>());
                GeoPackageSchema.dropSpatialIndexTriggers(connection, t.name());
            }
            inserters.put(t.name(), inserter(t));
        }
    }

    void write(PreparedResults r) throws SQLException {
        // Rows still in a JDBC batch would escape the deletes below (the same park twice in a batch).
        for (RowInserter in : inserters.values()) {
            in.flush();
        }
        for (Table t : ResultTables.TABLES) {
            if (t.isFeature()) {
                removeIndexEntries(t.name(), r.parkId());
            }
            PreparedStatement p =
                    statement("DELETE FROM \"" + t.name() + "\" WHERE " + ResultTables.PARK_COLUMN + " = ?");
            p.setString(1, r.parkId());
            p.executeUpdate();
        }
        for (Table t : ResultTables.TABLES) {
            TableRows rows = r.rows(t.name());
            RowInserter in = inserters.get(t.name());
            if (!t.isFeature()) {
                for (int i = 0; i < rows.size(); i++) {
                    in.addRow(rows.values(i));
                }
                continue;
            }
            long[] next = nextFid.get(t.name());
            IndexEntries boxes = entries.get(t.name());
            long first = next[0];
            for (int i = 0; i < rows.size(); i++) {
                long fid = next[0]++;
                Object[] values = rows.values(i);
                values[0] = fid;
                in.addEncoded(rows.geometry(i), values);
                if (rows.hasBox(i)) {
                    boxes.add(fid, rows.box(i, 0), rows.box(i, 1), rows.box(i, 2), rows.box(i, 3));
                }
            }
            written.get(t.name()).put(r.parkId(), new long[] {first, next[0]});
        }
    }

    /**
     * The index entries of the park's old rows go before the rows (there are no triggers): those in
     * the tree through SQLite, those of rows this batch wrote (not in the tree yet) from the boxes.
     */
    private void removeIndexEntries(String table, String parkId) throws SQLException {
        String rtree = GeoPackageSchema.rtreeName(table);
        PreparedStatement extent = statement("SELECT min(r.minx), min(r.miny), max(r.maxx), max(r.maxy) FROM \"" + table
                + "\" t JOIN \"" + rtree + "\" r ON r.id = t." + GeoPackageSchema.ID_COLUMN + " WHERE t."
                + ResultTables.PARK_COLUMN + " = ?");
        extent.setString(1, parkId);
        double[] gone;
        try (ResultSet rs = extent.executeQuery()) {
            rs.next();
            gone = new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
            if (rs.wasNull()) {
                gone = NONE;
            }
        }
        removed.merge(table, gone, ResultsWriter::union);
        PreparedStatement p = statement("DELETE FROM \"" + rtree + "\" WHERE id IN (SELECT "
                + GeoPackageSchema.ID_COLUMN + " FROM \"" + table + "\" WHERE " + ResultTables.PARK_COLUMN + " = ?)");
        p.setString(1, parkId);
        p.executeUpdate();
        long[] earlier = written.get(table).remove(parkId);
        if (earlier != null) {
            entries.get(table).retain(id -> id < earlier[0] || id >= earlier[1]);
        }
    }

    /** A statement of this batch, prepared on first use. */
    private PreparedStatement statement(String sql) throws SQLException {
        return statements.get(sql);
    }

    private void closeStatements() throws SQLException {
        statements.close();
    }

    /** Indexes the new rows, puts the triggers back and brings gpkg_contents up to date. */
    void finish() throws SQLException {
        closeStatements();
        List<RowInserter> open = new ArrayList<>(inserters.values());
        inserters.clear();
        for (RowInserter in : open) {
            in.close();
        }
        for (Table t : ResultTables.TABLES) {
            if (!t.isFeature()) {
                GeoPackageSchema.updateContents(connection, t.name(), false, computedAt);
                continue;
            }
            IndexEntries fresh = entries.get(t.name());
            RtreeBulkLoad.append(connection, GeoPackageSchema.rtreeName(t.name()), fresh);
            GeoPackageSchema.createSpatialIndexTriggers(connection, t.name());
            double[] old = before.get(t.name());
            double[] gone = removed.get(t.name());
            if (old != null && gone != null && gone != NONE && touches(gone, old)) {
                // A removed row lay on the border: the extent may have shrunk, so read it whole.
                GeoPackageSchema.updateContents(connection, t.name(), true, computedAt);
                continue;
            }
            double[] added = extent(fresh);
            double[] extent = old == null ? added : added == null ? old : union(old, added);
            GeoPackageSchema.setContents(connection, t.name(), extent, computedAt);
        }
        spill(true);
    }

    /**
     * Whether SQLite may write dirty pages to the file before the commit. A results transaction may
     * be fed park by park ({@link ProjectStore#savePrepared(java.util.Iterator)}) by workers that read
     * the same file; a spill takes the exclusive lock until the commit, so those readers would wait
     * for a writer that waits for them. Without spilling the pages of one transaction (some 60-80 MB
     * for 20.000 panden) stay in the page cache until the commit.
     */
    private void spill(boolean on) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_spill = " + (on ? "ON" : "OFF"));
        }
    }

    /** Releases statements a failed batch left open (the caller rolls the transaction back). */
    @Override
    public void close() {
        inserters.values().forEach(RowInserter::discard);
        inserters.clear();
        try {
            closeStatements();
            spill(true);
        } catch (SQLException ignored) {
            // Only a setting of this connection; the caller's commit or rollback is what matters.
        }
    }

    /**
     * Rows per INSERT execution: every execution on a table with AUTOINCREMENT looks up and updates
     * its sqlite_sequence row, as costly as a row itself; in groups that is paid once per group.
     */
    static final int ROWS_PER_STATEMENT = 16;

    /** Stands for "no rows removed" in the merged extents. */
    private static final double[] NONE = new double[0];

    /** The extent of the boxes (minx, miny, maxx, maxy, as the R-tree gives it); null when none. */
    private static double[] extent(IndexEntries boxes) {
        if (boxes.size() == 0) {
            return null;
        }
        double[] e = {
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY
        };
        for (int i = 0; i < boxes.size(); i++) {
            e[0] = Math.min(e[0], boxes.box(i, 0));
            e[1] = Math.min(e[1], boxes.box(i, 2));
            e[2] = Math.max(e[2], boxes.box(i, 1));
            e[3] = Math.max(e[3], boxes.box(i, 3));
        }
        return e;
    }

    private static boolean touches(double[] inner, double[] outer) {
        return inner[0] <= outer[0] || inner[1] <= outer[1] || inner[2] >= outer[2] || inner[3] >= outer[3];
    }

    private static double[] union(double[] a, double[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        return new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])};
    }

    /** An insert into a result table; a feature table's fid is bound too (the writer hands it out). */
    private RowInserter inserter(Table t) throws SQLException {
        List<String> columns = new ArrayList<>();
        if (t.isFeature()) {
            columns.add(GeoPackageSchema.ID_COLUMN);
        }
        columns.addAll(t.columnNames());
        return new RowInserter(
                connection, t.name(), t.isFeature(), ProjectSchema.SRS, columns, false, ROWS_PER_STATEMENT);
    }
}
