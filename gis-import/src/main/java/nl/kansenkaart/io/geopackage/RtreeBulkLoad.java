package nl.kansenkaart.io.geopackage;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a packed R-tree straight into the shadow tables of an SQLite R-tree virtual table
 * (rtree_x_node, _rowid and _parent), the way GDAL 3.7+ bulk-loads GeoPackage indexes: the entries
 * are sorted along a Hilbert curve, cut into full leaves, and the levels above are built the same
 * way. Inserting a million entries one by one through the virtual table costs seconds; this costs
 * a sort and a few thousand node rows. The result is an ordinary SQLite R-tree: SQLite maintains
 * it from then on (inserts, deletes, triggers) and {@code rtreecheck()} accepts it.
 *
 * <p>Node format (SQLite ext/rtree): a node is a blob of the tree's node size; bytes 0-1 hold the
 * tree depth (root only), bytes 2-3 the cell count, then cells of an 8-byte row id or child node
 * number and 4 floats (minX, maxX, minY, maxY), all big-endian. Node 1 is the root.
 */
public final class RtreeBulkLoad {
    static final int CELL_BYTES = 8 + 4 * 4;
    private static final int NODES_PER_BATCH = 1_000;
    // 15 bits per axis: the curve distance fits 30 bits, leaving the low 32 bits of the sort key to the index.
    private static final int HILBERT_ORDER = 15;

    private RtreeBulkLoad() {}

    /** Every entry of an R-tree virtual table, read through the table itself. */
    public static IndexEntries read(Connection connection, String rtree) throws SQLException {
        IndexEntries entries = new IndexEntries();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, minx, maxx, miny, maxy FROM " + Sql.quote(rtree))) {
            while (rs.next()) {
                // The stored values are floats; the double SQLite returns converts back exactly.
                entries.add(
                        rs.getLong(1),
                        (float) rs.getDouble(2),
                        (float) rs.getDouble(3),
                        (float) rs.getDouble(4),
                        (float) rs.getDouble(5));
            }
        }
        return entries;
    }

    /** The number of entries of an R-tree (its _rowid shadow table holds one row per entry). */
    public static long count(Connection connection, String rtree) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Sql.quote(rtree + "_rowid"))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Replaces the whole content of the R-tree by the given entries, inside the caller's transaction.
     * No statement on the R-tree may be running (no open cursor on it).
     */
    public static void replace(Connection connection, String rtree, IndexEntries entries) throws SQLException {
        int nodeSize = nodeSize(connection, rtree);
        int perNode = (nodeSize - 4) / CELL_BYTES;
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM " + Sql.quote(rtree + "_node"));
            s.execute("DELETE FROM " + Sql.quote(rtree + "_rowid"));
            s.execute("DELETE FROM " + Sql.quote(rtree + "_parent"));
        }
        int n = entries.size();
        int[] order = hilbertOrder(entries);
        // Level 0: the leaves, each holding perNode entries in Hilbert order.
        int levels = 1;
        int count = n;
        while (count > perNode) {
            count = (count + perNode - 1) / perNode;
            levels++;
        }
        int depth = levels - 1;
        try (PreparedStatement nodes = connection.prepareStatement(
                        "INSERT INTO " + Sql.quote(rtree + "_node") + " (nodeno, data) VALUES (?, ?)");
                PreparedStatement rowids = connection.prepareStatement(
                        "INSERT INTO " + Sql.quote(rtree + "_rowid") + " (rowid, nodeno) VALUES (?, ?)");
                PreparedStatement parents = connection.prepareStatement(
                        "INSERT INTO " + Sql.quote(rtree + "_parent") + " (nodeno, parentnode) VALUES (?, ?)")) {
            if (n <= perNode) {
                // One node: the root is the only leaf.
                ByteBuffer root = node(nodeSize, depth, n);
                for (int i = 0; i < n; i++) {
                    int e = order[i];
                    cell(
                            root,
                            entries.id(e),
                            entries.box(e, 0),
                            entries.box(e, 1),
                            entries.box(e, 2),
                            entries.box(e, 3));
                    rowids.setLong(1, entries.id(e));
                    rowids.setLong(2, 1);
                    rowids.addBatch();
                }
                rowids.executeBatch();
                nodes.setLong(1, 1);
                nodes.setBytes(2, root.array());
                nodes.executeUpdate();
                return;
            }
            long[] leafOf = new long[n];
            // Node numbers: 1 is the root; the levels below get consecutive numbers from 2, top down.
            int[] levelSize = new int[levels];
            levelSize[0] = (n + perNode - 1) / perNode;
            for (int l = 1; l < levels; l++) {
                levelSize[l] = (levelSize[l - 1] + perNode - 1) / perNode;
            }
            long[] firstNumber = new long[levels];
            long next = 2;
            for (int l = levels - 2; l >= 0; l--) {
                firstNumber[l] = next;
                next += levelSize[l];
            }
            firstNumber[levels - 1] = 1;
            // Boxes of the nodes of the level being built, for the level above.
            float[] childBoxes = new float[4 * levelSize[0]];
            for (int leaf = 0; leaf < levelSize[0]; leaf++) {
                int from = leaf * perNode;
                int to = Math.min(n, from + perNode);
                ByteBuffer b = node(nodeSize, 0, to - from);
                float[] box = emptyBox();
                long nodeNo = firstNumber[0] + leaf;
                for (int i = from; i < to; i++) {
                    int e = order[i];
                    cell(b, entries.id(e), entries.box(e, 0), entries.box(e, 1), entries.box(e, 2), entries.box(e, 3));
                    include(box, entries.box(e, 0), entries.box(e, 1), entries.box(e, 2), entries.box(e, 3));
                    leafOf[e] = nodeNo;
                }
                System.arraycopy(box, 0, childBoxes, 4 * leaf, 4);
                writeNode(nodes, nodeNo, b);
            }
            nodes.executeBatch();
            writeRowids(connection, rtree, entries, leafOf);
            for (int l = 1; l < levels; l++) {
                int children = levelSize[l - 1];
                float[] boxes = new float[4 * levelSize[l]];
                for (int k = 0; k < levelSize[l]; k++) {
                    int from = k * perNode;
                    int to = Math.min(children, from + perNode);
                    long nodeNo = firstNumber[l] + k;
                    ByteBuffer b = node(nodeSize, l == levels - 1 ? depth : 0, to - from);
                    float[] box = emptyBox();
                    for (int c = from; c < to; c++) {
                        long child = firstNumber[l - 1] + c;
                        float[] cb = Arrays.copyOfRange(childBoxes, 4 * c, 4 * c + 4);
                        cell(b, child, cb[0], cb[1], cb[2], cb[3]);
                        include(box, cb[0], cb[1], cb[2], cb[3]);
                        parents.setLong(1, child);
                        parents.setLong(2, nodeNo);
                        parents.addBatch();
                    }
                    System.arraycopy(box, 0, boxes, 4 * k, 4);
                    writeNode(nodes, nodeNo, b);
                }
                parents.executeBatch();
                nodes.executeBatch();
                childBoxes = boxes;
            }
            nodes.executeBatch();
        }
    }

    private static final int ROWIDS_PER_STATEMENT = 64;

    /**
     * Writes the row id -> leaf map in row id order: appending to the _rowid b-tree is several times
     * faster than inserting at random places (the entries are in Hilbert order when the leaves fill).
     */
    private static void writeRowids(Connection connection, String rtree, IndexEntries entries, long[] leafOf)
            throws SQLException {
        // Groups of rows per execution: a few million entries make the per-execution work count.
        try (RowInserter rowids = new RowInserter(
                connection, rtree + "_rowid", false, 0, List.of("rowid", "nodeno"), false, ROWIDS_PER_STATEMENT)) {
            for (int e : idOrder(entries)) {
                rowids.addRow(entries.id(e), leafOf[e]);
            }
        }
    }

    /** The entry indexes by ascending row id (usually already so: fids are handed out in order). */
    static int[] idOrder(IndexEntries entries) {
        int n = entries.size();
        int[] order = new int[n];
        boolean ascending = true;
        boolean small = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            ascending &= i == 0 || entries.id(i - 1) < entries.id(i);
            small &= entries.id(i) >= 0 && entries.id(i) < (1L << 32);
        }
        if (ascending) {
            return order;
        }
        if (small) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (entries.id(i) << 31) | i;
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                order[i] = (int) (keys[i] & 0x7FFF_FFFFL);
            }
            return order;
        }
        return java.util.stream.IntStream.range(0, n)
                .boxed()
                .sorted(java.util.Comparator.comparingLong(entries::id))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    static void writeNode(PreparedStatement nodes, long nodeNo, ByteBuffer b) throws SQLException {
        nodes.setLong(1, nodeNo);
        nodes.setBytes(2, b.array());
        nodes.addBatch();
        if (nodeNo % NODES_PER_BATCH == 0) {
            nodes.executeBatch(); // a batch keeps its blobs in memory: a thousand nodes is ~1 MB
        }
    }

    /**
     * Adds entries to the tree as packed leaves along its right edge, the way a B-tree is appended
     * to: the entries (new row ids, not yet in the tree) are sorted along a Hilbert curve and cut
     * into full leaves, and each leaf becomes the next child of the last node one level up (a full
     * node is closed, and a full root grows the tree by a level). Only the nodes on that edge are read
     * and rewritten, so the cost is that of the new entries, whatever the size of the tree: SQLite's
     * own insertion through the virtual table costs about 8 microseconds an entry, this a fraction of
     * one. A tree whose root is its only leaf is rebuilt whole with {@link #replace} (at most one
     * node's worth of entries is read). No statement on the R-tree may be running.
     */
    public static void append(Connection connection, String rtree, IndexEntries entries) throws SQLException {
        if (entries.size() == 0) {
            return;
        }
        int nodeSize = nodeSize(connection, rtree);
        RightEdge edge = RightEdge.read(connection, rtree, nodeSize);
        if (edge == null) {
            IndexEntries all = read(connection, rtree);
            for (int i = 0; i < entries.size(); i++) {
                all.add(entries.id(i), entries.box(i, 0), entries.box(i, 1), entries.box(i, 2), entries.box(i, 3));
            }
            replace(connection, rtree, all);
            return;
        }
        int perNode = (nodeSize - 4) / CELL_BYTES;
        int n = entries.size();
        int[] order = hilbertOrder(entries);
        long[] leafOf = new long[n];
        try (PreparedStatement nodes = connection.prepareStatement(
                        "INSERT OR REPLACE INTO " + Sql.quote(rtree + "_node") + " (nodeno, data) VALUES (?, ?)");
                PreparedStatement parents = connection.prepareStatement(
                        "INSERT INTO " + Sql.quote(rtree + "_parent") + " (nodeno, parentnode) VALUES (?, ?)")) {
            edge.statements(nodes, parents);
            for (int from = 0; from < n; from += perNode) {
                int to = Math.min(n, from + perNode);
                ByteBuffer b = node(nodeSize, 0, to - from);
                float[] box = emptyBox();
                long nodeNo = edge.newNodeNumber();
                for (int i = from; i < to; i++) {
                    int e = order[i];
                    cell(b, entries.id(e), entries.box(e, 0), entries.box(e, 1), entries.box(e, 2), entries.box(e, 3));
                    include(box, entries.box(e, 0), entries.box(e, 1), entries.box(e, 2), entries.box(e, 3));
                    leafOf[e] = nodeNo;
                }
                writeNode(nodes, nodeNo, b);
                edge.addChild(1, nodeNo, box);
            }
            edge.close();
            nodes.executeBatch();
            parents.executeBatch();
            writeRowids(connection, rtree, entries, leafOf);
        }
    }

    /**
     * Adds entries through the virtual table (SQLite's own insertion), in Hilbert order so that
     * consecutive inserts touch the same nodes: for a few entries into a large tree.
     */
    public static void insert(Connection connection, String rtree, IndexEntries entries) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT OR REPLACE INTO " + Sql.quote(rtree)
                + " (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (int e : hilbertOrder(entries)) {
                p.setLong(1, entries.id(e));
                for (int k = 0; k < 4; k++) {
                    p.setDouble(2 + k, entries.box(e, k));
                }
                p.addBatch();
                if (++pending == RowInserter.BATCH_SIZE) {
                    p.executeBatch();
                    pending = 0;
                }
            }
            p.executeBatch();
        }
    }

    /** The node size of the tree: the length of its root blob (SQLite reads it the same way). */
    static int nodeSize(Connection connection, String rtree) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT length(data) FROM " + Sql.quote(rtree + "_node") + " WHERE nodeno = 1")) {
            if (!rs.next()) {
                throw new SQLException("R-tree " + rtree + " heeft geen wortelknoop");
            }
            int size = rs.getInt(1);
            if (size < 4 + 2 * CELL_BYTES) {
                throw new SQLException("R-tree " + rtree + " heeft een onverwachte knoopgrootte " + size);
            }
            return size;
        }
    }

    static ByteBuffer node(int nodeSize, int depth, int cells) {
        ByteBuffer b = ByteBuffer.allocate(nodeSize); // big-endian, zero-filled
        b.putShort((short) depth);
        b.putShort((short) cells);
        return b;
    }

    static void cell(ByteBuffer b, long id, float minX, float maxX, float minY, float maxY) {
        b.putLong(id);
        b.putFloat(minX);
        b.putFloat(maxX);
        b.putFloat(minY);
        b.putFloat(maxY);
    }

    static float[] emptyBox() {
        return new float[] {
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY
        };
    }

    static void include(float[] box, float minX, float maxX, float minY, float maxY) {
        box[0] = Math.min(box[0], minX);
        box[1] = Math.max(box[1], maxX);
        box[2] = Math.min(box[2], minY);
        box[3] = Math.max(box[3], maxY);
    }

    /** The entry indexes sorted by the Hilbert value of their box centres over the common extent. */
    static int[] hilbertOrder(IndexEntries entries) {
        int n = entries.size();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, entries.box(i, 0));
            maxX = Math.max(maxX, entries.box(i, 1));
            minY = Math.min(minY, entries.box(i, 2));
            maxY = Math.max(maxY, entries.box(i, 3));
        }
        int side = (1 << HILBERT_ORDER) - 1;
        double scaleX = maxX > minX ? side / (maxX - minX) : 0;
        double scaleY = maxY > minY ? side / (maxY - minY) : 0;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            double cx = (entries.box(i, 0) + (double) entries.box(i, 1)) / 2;
            double cy = (entries.box(i, 2) + (double) entries.box(i, 3)) / 2;
            int x = (int) Math.max(0, Math.min(side, (cx - minX) * scaleX));
            int y = (int) Math.max(0, Math.min(side, (cy - minY) * scaleY));
            keys[i] = ((long) hilbert(x, y) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** The distance along a Hilbert curve of order 15 of cell (x, y) (the classic rotate-and-flip walk). */
    static int hilbert(int x, int y) {
        int side = 1 << HILBERT_ORDER;
        int d = 0;
        for (int s = 1 << (HILBERT_ORDER - 1); s > 0; s >>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = side - 1 - x;
                    y = side - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
