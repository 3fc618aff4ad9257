package nl.kansenkaart.core.kansen;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.PointLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Whether two footprints lie within a distance of each other: the answer of JTS
 * {@link Geometry#isWithinDistance}, mostly without its cost. Farther apart than the envelopes' gap
 * means no; since every side of an envelope touches its geometry, a distance at least "the gap
 * between two facing sides, with the joint extent along the other axis" means yes. Polygons whose
 * envelopes do not overlap can neither touch nor contain each other, so their distance is the least
 * distance from a vertex of one to an edge of the other, computed here squared without allocation;
 * only overlapping envelopes go to JTS. The one difference from JTS is rounding in the last bits, at
 * a distance equal to the threshold.
 */
final class FootprintDistance {
    private FootprintDistance() {}

    /**
     * Whether the geometries are at most {@code d} apart.
     *
     * @param ea the envelope of {@code a}
     * @param eb the envelope of {@code b}
     * @param d the distance, m (0 or more)
     */
    static boolean within(Geometry a, Envelope ea, Geometry b, Envelope eb, double d) {
        if (ea.isNull() || eb.isNull()) {
            return a.isWithinDistance(b, d);
        }
        double gapX = Math.max(0, Math.max(eb.getMinX() - ea.getMaxX(), ea.getMinX() - eb.getMaxX()));
        double gapY = Math.max(0, Math.max(eb.getMinY() - ea.getMaxY(), ea.getMinY() - eb.getMaxY()));
        double dd = d * d;
        if (gapX * gapX + gapY * gapY > dd) {
            return false;
        }
        if (upperBound(ea, eb) < d) {
            return true;
        }
        if ((gapX > 0 || gapY > 0) && polygonal(a) && polygonal(b)) {
            return minDistanceSquared(a, b, dd) <= dd;
        }
        if (d == 0 && polygonal(a) && polygonal(b)) {
            return touch(a, b);
        }
        return a.isWithinDistance(b, d);
    }

    /**
     * Whether two polygonal geometries touch or overlap, decided as JTS {@code isWithinDistance(b, 0)}
     * decides it, without its allocations: the first vertex of each polygon inside or on the other
     * (JTS's containment step, the same point locator), else two edges at computed distance 0 (the same
     * segment distance). Unlike JTS this skips edge pairs whose boxes are apart, which are a positive
     * distance apart; so the answers differ at most for boxes less than a rounding error apart.
     */
    static boolean touch(Geometry a, Geometry b) {
        PointLocator locator = new PointLocator();
        if (firstVertexInside(b, a, locator) || firstVertexInside(a, b, locator)) {
            return true;
        }
        for (int i = 0; i < a.getNumGeometries(); i++) {
            Polygon pa = (Polygon) a.getGeometryN(i);
            for (int j = 0; j < b.getNumGeometries(); j++) {
                Polygon pb = (Polygon) b.getGeometryN(j);
                for (int ra = -1; ra < pa.getNumInteriorRing(); ra++) {
                    Coordinate[] sa = ringCoordinates(pa, ra);
                    for (int rb = -1; rb < pb.getNumInteriorRing(); rb++) {
                        if (edgesMeet(sa, ringCoordinates(pb, rb))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether the first vertex of a polygon of {@code points} is not outside a polygon of {@code area}. */
    private static boolean firstVertexInside(Geometry points, Geometry area, PointLocator locator) {
        for (int i = 0; i < points.getNumGeometries(); i++) {
            Geometry p = points.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            for (int j = 0; j < area.getNumGeometries(); j++) {
                if (locator.locate(p.getCoordinate(), area.getGeometryN(j)) != Location.EXTERIOR) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Coordinate[] ringCoordinates(Polygon p, int k) {
        return k < 0
                ? p.getExteriorRing().getCoordinates()
                : p.getInteriorRingN(k).getCoordinates();
    }

    /** Whether an edge of one ring is at computed distance 0 from an edge of the other. */
    private static boolean edgesMeet(Coordinate[] a, Coordinate[] b) {
        for (int i = 1; i < a.length; i++) {
            Coordinate a0 = a[i - 1];
            Coordinate a1 = a[i];
            double minX = Math.min(a0.x, a1.x);
            double maxX = Math.max(a0.x, a1.x);
            double minY = Math.min(a0.y, a1.y);
            double maxY = Math.max(a0.y, a1.y);
            for (int j = 1; j < b.length; j++) {
                Coordinate b0 = b[j - 1];
                Coordinate b1 = b[j];
                if (Math.max(b0.x, b1.x) < minX
                        || Math.min(b0.x, b1.x) > maxX
                        || Math.max(b0.y, b1.y) < minY
                        || Math.min(b0.y, b1.y) > maxY) {
                    continue;
                }
                if (Distance.segmentToSegment(a0, a1, b0, b1) <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An upper bound of the distance between two geometries with these envelopes: a point of each on
     * a chosen side of its envelope, the x sides (then the y difference is at most the joint height)
     * or the y sides (the x difference at most the joint width), the best of the four choices.
     */
    static double upperBound(Envelope ea, Envelope eb) {
        double spanY = Math.max(ea.getMaxY(), eb.getMaxY()) - Math.min(ea.getMinY(), eb.getMinY());
        double spanX = Math.max(ea.getMaxX(), eb.getMaxX()) - Math.min(ea.getMinX(), eb.getMinX());
        double dx = Math.min(Math.abs(eb.getMinX() - ea.getMaxX()), Math.abs(ea.getMinX() - eb.getMaxX()));
        double dy = Math.min(Math.abs(eb.getMinY() - ea.getMaxY()), Math.abs(ea.getMinY() - eb.getMaxY()));
        return Math.min(Math.sqrt(dx * dx + spanY * spanY), Math.sqrt(dy * dy + spanX * spanX));
    }

    private static boolean polygonal(Geometry g) {
        for (int k = 0; k < g.getNumGeometries(); k++) {
            if (!(g.getGeometryN(k) instanceof Polygon)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The least squared distance between the rings of two separate polygonal geometries (stops early
     * once at most {@code enoughSq}): vertex to edge both ways, since edges that cannot cross are
     * nearest at an end of one of them.
     */
    private static double minDistanceSquared(Geometry a, Geometry b, double enoughSq) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < a.getNumGeometries(); i++) {
            Polygon pa = (Polygon) a.getGeometryN(i);
            for (int j = 0; j < b.getNumGeometries(); j++) {
                Polygon pb = (Polygon) b.getGeometryN(j);
                for (int ra = -1; ra < pa.getNumInteriorRing(); ra++) {
                    CoordinateSequence sa = ring(pa, ra);
                    for (int rb = -1; rb < pb.getNumInteriorRing(); rb++) {
                        CoordinateSequence sb = ring(pb, rb);
                        best = Math.min(best, verticesToEdges(sa, sb, best, enoughSq));
                        best = Math.min(best, verticesToEdges(sb, sa, best, enoughSq));
                        if (best <= enoughSq) {
                            return best;
                        }
                    }
                }
            }
        }
        return best;
    }

    private static CoordinateSequence ring(Polygon p, int k) {
        return k < 0
                ? p.getExteriorRing().getCoordinateSequence()
                : p.getInteriorRingN(k).getCoordinateSequence();
    }

    /**
     * The least squared distance from a vertex of {@code points} to an edge of {@code edges}, or the
     * first one found at most {@code enoughSq}: the caller only asks whether the least is that small.
     */
    private static double verticesToEdges(
            CoordinateSequence points, CoordinateSequence edges, double best, double enoughSq) {
        int np = points.size();
        int ne = edges.size();
        for (int p = 0; p < np; p++) {
            double px = points.getX(p);
            double py = points.getY(p);
            for (int e = 1; e < ne; e++) {
                double ax = edges.getX(e - 1);
                double ay = edges.getY(e - 1);
                double bx = edges.getX(e);
                double by = edges.getY(e);
                double vx = bx - ax;
                double vy = by - ay;
                double len2 = vx * vx + vy * vy;
                double t = len2 > 0 ? ((px - ax) * vx + (py - ay) * vy) / len2 : 0;
                t = t < 0 ? 0 : t > 1 ? 1 : t;
                double qx = ax + t * vx - px;
                double qy = ay + t * vy - py;
                double d2 = qx * qx + qy * qy;
                if (d2 < best) {
                    best = d2;
                    if (best <= enoughSq) {
                        return best;
                    }
                }
            }
        }
        return best;
    }
}
