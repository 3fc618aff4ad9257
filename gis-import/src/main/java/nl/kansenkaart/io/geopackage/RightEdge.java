package nl.kansenkaart.io.geopackage;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The nodes along the right edge of an SQLite R-tree, from the root down to the level just above
 * the leaves, held in memory while {@link RtreeBulkLoad#append} hangs new leaves under them. The
 * invariant that keeps the boxes right: the open node of each level is the last cell of the open
 * node one level up, so closing a node only has to write its box into that last cell.
 */
final class RightEdge {
    private final int nodeSize;
    private final int perNode;
    private final Connection connection;
    private final String rtree;
    // Index = level: 0 the leaves (not held), depth the root (node 1).
    private ByteBuffer[] nodes;
    private long[] numbers;
    private int depth;
    private long nextNode;
    private PreparedStatement nodeWriter;
    private PreparedStatement parentWriter;

    private RightEdge(Connection connection, String rtree, int nodeSize, int depth) {
        this.connection = connection;
        this.rtree = rtree;
        this.nodeSize = nodeSize;
        this.perNode = (nodeSize - 4) / RtreeBulkLoad.CELL_BYTES;
        this.depth = depth;
        this.nodes = new ByteBuffer[depth + 1];
        this.numbers = new long[depth + 1];
    }

    /**
     * Reads the right edge; null when the tree has no level between root and leaves to hang leaves
     * under (an empty tree, or a root that is itself the only leaf): such a tree is small enough to
     * rebuild.
     */
    static RightEdge read(Connection connection, String rtree, int nodeSize) throws SQLException {
        ByteBuffer root = readNode(connection, rtree, 1);
        int depth = root.getShort(0) & 0xFFFF;
        if (depth == 0 || count(root) == 0) {
            return null;
        }
        RightEdge edge = new RightEdge(connection, rtree, nodeSize, depth);
        edge.nodes[depth] = root;
        edge.numbers[depth] = 1;
        for (int level = depth; level > 1; level--) {
            ByteBuffer node = edge.nodes[level];
            int cells = count(node);
            if (cells == 0) {
                return null; // an inner node without children: not a tree this can extend; rebuild it
            }
            long child = node.getLong(4 + (cells - 1) * RtreeBulkLoad.CELL_BYTES);
            edge.nodes[level - 1] = readNode(connection, rtree, child);
            edge.numbers[level - 1] = child;
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT max(nodeno) FROM " + Sql.quote(rtree + "_node"))) {
            rs.next();
            edge.nextNode = rs.getLong(1) + 1;
        }
        return edge;
    }

    /** The statements the node and parent rows go through (batched; the caller executes the last batch). */
    void statements(PreparedStatement nodeWriter, PreparedStatement parentWriter) {
        this.nodeWriter = nodeWriter;
        this.parentWriter = parentWriter;
    }

    /** A node number no node of the tree has. */
    long newNodeNumber() {
        return nextNode++;
    }

    /** Hangs a child node (a leaf when level is 1) with its box under the open node of the given level. */
    void addChild(int level, long child, float[] box) throws SQLException {
        if (count(nodes[level]) == perNode) {
            if (level == depth) {
                growRoot();
            }
            close(level);
            long fresh = newNodeNumber();
            nodes[level] = RtreeBulkLoad.node(nodeSize, 0, 0);
            numbers[level] = fresh;
            addChild(level + 1, fresh, box);
        }
        ByteBuffer node = nodes[level];
        int cells = count(node);
        node.position(4 + cells * RtreeBulkLoad.CELL_BYTES);
        RtreeBulkLoad.cell(node, child, box[0], box[1], box[2], box[3]);
        node.putShort(2, (short) (cells + 1));
        parentWriter.setLong(1, child);
        parentWriter.setLong(2, numbers[level]);
        parentWriter.addBatch();
    }

    /** Writes every open node, bottom up so each parent has its child's final box, the root last. */
    void close() throws SQLException {
        for (int level = 1; level < depth; level++) {
            close(level);
        }
        nodes[depth].putShort(0, (short) depth);
        RtreeBulkLoad.writeNode(nodeWriter, 1, nodes[depth]);
    }

    /** Writes a node and puts its box into its cell in the parent (the parent's last cell). */
    private void close(int level) throws SQLException {
        ByteBuffer node = nodes[level];
        float[] box = RtreeBulkLoad.emptyBox();
        int cells = count(node);
        for (int c = 0; c < cells; c++) {
            int at = 4 + c * RtreeBulkLoad.CELL_BYTES + 8;
            RtreeBulkLoad.include(
                    box, node.getFloat(at), node.getFloat(at + 4), node.getFloat(at + 8), node.getFloat(at + 12));
        }
        if (level < depth) {
            ByteBuffer parent = nodes[level + 1];
            int at = 4 + (count(parent) - 1) * RtreeBulkLoad.CELL_BYTES + 8;
            parent.putFloat(at, box[0])
                    .putFloat(at + 4, box[1])
                    .putFloat(at + 8, box[2])
                    .putFloat(at + 12, box[3]);
        }
        RtreeBulkLoad.writeNode(nodeWriter, numbers[level], node);
    }

    /**
     * A full root: its cells move to a new node, which becomes the only child of a new root one level
     * higher (node 1 stays the root, as SQLite requires).
     */
    private void growRoot() throws SQLException {
        ByteBuffer old = nodes[depth];
        long moved = newNodeNumber();
        ByteBuffer copy = ByteBuffer.wrap(old.array().clone());
        copy.putShort(0, (short) 0);
        parentWriter.executeBatch(); // rows naming the root as parent must be there before they move
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE " + Sql.quote(rtree + "_parent") + " SET parentnode = ? WHERE parentnode = 1")) {
            p.setLong(1, moved);
            p.executeUpdate();
        }
        parentWriter.setLong(1, moved);
        parentWriter.setLong(2, 1);
        parentWriter.addBatch();
        ByteBuffer root = RtreeBulkLoad.node(nodeSize, depth + 1, 0);
        root.position(4);
        // Its box is written when the moved node is closed, right after this.
        RtreeBulkLoad.cell(root, moved, 0, 0, 0, 0);
        root.putShort(2, (short) 1);
        ByteBuffer[] grownNodes = new ByteBuffer[depth + 2];
        long[] grownNumbers = new long[depth + 2];
        System.arraycopy(nodes, 0, grownNodes, 0, depth + 1);
        System.arraycopy(numbers, 0, grownNumbers, 0, depth + 1);
        grownNodes[depth] = copy;
        grownNumbers[depth] = moved;
        grownNodes[depth + 1] = root;
        grownNumbers[depth + 1] = 1;
        nodes = grownNodes;
        numbers = grownNumbers;
        depth++;
    }

    private static int count(ByteBuffer node) {
        return node.getShort(2) & 0xFFFF;
    }

    private static ByteBuffer readNode(Connection connection, String rtree, long nodeNo) throws SQLException {
        try (PreparedStatement p =
                connection.prepareStatement("SELECT data FROM " + Sql.quote(rtree + "_node") + " WHERE nodeno = ?")) {
            p.setLong(1, nodeNo);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("R-tree " + rtree + " mist knoop " + nodeNo);
                }
                return ByteBuffer.wrap(rs.getBytes(1));
            }
        }
    }
}
