package nl.kansenkaart.io.geopackage;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;

/**
 * A growable list of R-tree entries (row id + 2D box) in primitive arrays, 24 bytes an entry. The
 * box is kept as SQLite's R-tree stores it: 32-bit floats, minima rounded down and maxima up, so
 * the stored box always contains the geometry.
 */
public final class IndexEntries {
    private long[] ids = new long[1024];
    private float[] boxes = new float[4 * 1024];
    private int size;

    /** Adds an entry for a row whose geometry has this envelope (x from minX to maxX, y likewise). */
    public void add(long id, Envelope e) {
        add(id, down(e.getMinX()), up(e.getMaxX()), down(e.getMinY()), up(e.getMaxY()));
    }

    /** Adds an entry whose box is already in floats (read back from an R-tree). */
    public void add(long id, float minX, float maxX, float minY, float maxY) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            boxes = Arrays.copyOf(boxes, size * 8);
        }
        ids[size] = id;
        boxes[4 * size] = minX;
        boxes[4 * size + 1] = maxX;
        boxes[4 * size + 2] = minY;
        boxes[4 * size + 3] = maxY;
        size++;
    }

    /** The number of entries. */
    public int size() {
        return size;
    }

    /** The row id of entry i. */
    public long id(int i) {
        return ids[i];
    }

    /** Coordinate k (0 minX, 1 maxX, 2 minY, 3 maxY) of entry i. */
    public float box(int i, int k) {
        return boxes[4 * i + k];
    }

    /** Keeps only the entries whose id passes the filter, in order. */
    public void retain(java.util.function.LongPredicate keep) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(ids[i])) {
                ids[kept] = ids[i];
                System.arraycopy(boxes, 4 * i, boxes, 4 * kept, 4);
                kept++;
            }
        }
        size = kept;
    }

    /** The largest float not above d: what SQLite's R-tree stores for a minimum. */
    static float down(double d) {
        float f = (float) d;
        return f > d ? Math.nextDown(f) : f;
    }

    /** The smallest float not below d: what SQLite's R-tree stores for a maximum. */
    static float up(double d) {
        float f = (float) d;
        return f < d ? Math.nextUp(f) : f;
    }
}
