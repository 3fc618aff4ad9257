package nl.kansenkaart.io.mapping;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Geometry validity with a fast path for the common BAG footprint: one shell of a few dozen
 * vertices without holes. The fast path only ever says "valid" when it has proved the ring is a
 * simple closed curve (every turn strictly left or right, no two other segments meeting); every
 * other case, and every doubt, goes to JTS's IsValidOp, so the verdict is always IsValidOp's.
 */
public final class FastValidity {
    /** Above this many vertices the pairwise segment test costs more than IsValidOp's index. */
    static final int MAX_FAST_VERTICES = 64;

    private FastValidity() {}

    /** Whether the geometry is valid in the sense of {@link Geometry#isValid()}. */
    public static boolean isValid(Geometry g) {
        Polygon polygon = singlePolygon(g);
        if (polygon == null || polygon.getNumInteriorRing() > 0 || !isSimpleShell(polygon)) {
            return g.isValid();
        }
        return true;
    }

    private static Polygon singlePolygon(Geometry g) {
        if (g instanceof Polygon p) {
            return p;
        }
        if (g instanceof MultiPolygon m && m.getNumGeometries() == 1) {
            return (Polygon) m.getGeometryN(0);
        }
        return null;
    }

    /** True only when the shell is proved simple; false means "not proved", not "invalid". */
    static boolean isSimpleShell(Polygon polygon) {
        if (polygon.isEmpty()) {
            return false;
        }
        CoordinateSequence seq = polygon.getExteriorRing().getCoordinateSequence();
        int n = seq.size();
        if (n < 4 || n > MAX_FAST_VERTICES) {
            return false;
        }
        Coordinate[] c = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            c[i] = new Coordinate(seq.getX(i), seq.getY(i));
            if (!Double.isFinite(c[i].x) || !Double.isFinite(c[i].y)) {
                return false;
            }
            if (i > 0 && c[i].equals2D(c[i - 1])) {
                return false; // repeated points: IsValidOp knows how to judge them
            }
        }
        if (!c[0].equals2D(c[n - 1])) {
            return false;
        }
        int segments = n - 1;
        // Consecutive segments meet only at their shared vertex when the turn there is strict.
        for (int i = 0; i < segments; i++) {
            Coordinate before = c[i == 0 ? segments - 1 : i - 1];
            if (Orientation.index(before, c[i], c[i + 1]) == Orientation.COLLINEAR) {
                return false;
            }
        }
        RobustLineIntersector intersector = new RobustLineIntersector();
        for (int i = 0; i < segments; i++) {
            Coordinate a0 = c[i];
            Coordinate a1 = c[i + 1];
            double minX = Math.min(a0.x, a1.x);
            double maxX = Math.max(a0.x, a1.x);
            double minY = Math.min(a0.y, a1.y);
            double maxY = Math.max(a0.y, a1.y);
            for (int j = i + 2; j < segments; j++) {
                if (i == 0 && j == segments - 1) {
                    continue; // the closing segment is adjacent to the first
                }
                Coordinate b0 = c[j];
                Coordinate b1 = c[j + 1];
                if (Math.max(b0.x, b1.x) < minX
                        || Math.min(b0.x, b1.x) > maxX
                        || Math.max(b0.y, b1.y) < minY
                        || Math.min(b0.y, b1.y) > maxY) {
                    continue;
                }
                intersector.computeIntersection(a0, a1, b0, b1);
                if (intersector.hasIntersection()) {
                    return false;
                }
            }
        }
        return true;
    }
}
