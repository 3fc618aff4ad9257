package nl.kansenkaart.io.store;

import java.util.Arrays;
import nl.kansenkaart.io.geopackage.IndexEntries;
import org.locationtech.jts.geom.Envelope;

/**
 * The rows of one result table for one park, ready to bind: for a feature table each row's
 * GeoPackage geometry blob and its box for the R-tree, and the attribute values in column order
 * behind a first slot that the writer fills with the fid it hands out.
 */
final class TableRows {
    private byte[][] geometries = new byte[16][];
    private Object[][] values = new Object[16][];
    // Entry i: the box of row i (its id is the row's position; the writer knows the fid).
    private final IndexEntries boxes = new IndexEntries();
    private int size;

    /** Adds a feature row: its geometry blob, that geometry's envelope (null: empty) and its values. */
    void add(byte[] geometry, Envelope envelope, Object... rowValues) {
        grow();
        geometries[size] = geometry;
        values[size] = withFidSlot(rowValues);
        if (envelope == null || envelope.isNull()) {
            boxes.add(size, Float.NaN, Float.NaN, Float.NaN, Float.NaN);
        } else {
            boxes.add(size, envelope);
        }
        size++;
    }

    /** Adds an attribute row (no geometry, no fid slot). */
    void addRow(Object... rowValues) {
        grow();
        values[size] = rowValues.clone();
        size++;
    }

    int size() {
        return size;
    }

    byte[] geometry(int row) {
        return geometries[row];
    }

    /** The values of a row; for a feature row slot 0 is the fid, to be set by the writer. */
    Object[] values(int row) {
        return values[row];
    }

    /** Whether a feature row has a box (a non-empty geometry); without one it gets no index entry. */
    boolean hasBox(int row) {
        return !Float.isNaN(boxes.box(row, 0));
    }

    /** Coordinate k (0 minX, 1 maxX, 2 minY, 3 maxY) of a feature row's box, as the R-tree stores it. */
    float box(int row, int k) {
        return boxes.box(row, k);
    }

    private void grow() {
        if (size == values.length) {
            geometries = Arrays.copyOf(geometries, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
    }

    private static Object[] withFidSlot(Object[] rowValues) {
        Object[] row = new Object[rowValues.length + 1];
        System.arraycopy(rowValues, 0, row, 1, rowValues.length);
        return row;
    }
}
