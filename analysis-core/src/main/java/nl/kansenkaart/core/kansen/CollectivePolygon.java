package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The map polygon of a collective opportunity. The members are grouped by single linkage (footprints
 * at most the bridged gap apart, edge to edge); each group gets the convex hull of its footprints and
 * the hulls are buffered together. One convex hull over members spread across a park covers nearly
 * the whole park and says nothing on the map; this stays around the members, and a group farther
 * away than the bridged gap gets a part of its own (a MultiPolygon). A JTS concave hull of the
 * footprints would hug them closer but costs seconds for a park-wide rule of thousands of panden
 * (measured: 2.000 footprints 2,5-4,5 s against 12-45 ms), too slow for the national run.
 */
final class CollectivePolygon {
    /** Segments per quarter circle of a buffer's rounded corners. */
    private static final int QUADRANT_SEGMENTS = 4;
    /** Directions a hull vertex is moved in: as many as the buffer's corner segments on a full circle. */
    private static final int DIRECTIONS = 4 * QUADRANT_SEGMENTS;

    private static final double[] COS = new double[DIRECTIONS];
    private static final double[] SIN = new double[DIRECTIONS];

    static {
        for (int d = 0; d < DIRECTIONS; d++) {
            COS[d] = Math.cos(2 * Math.PI * d / DIRECTIONS);
            SIN[d] = Math.sin(2 * Math.PI * d / DIRECTIONS);
        }
    }

    private CollectivePolygon() {}

    /**
     * The polygon around the footprints (RD New, metres).
     *
     * @param footprints the members' footprints, at least one
     * @param bridgedGapM the longest gap between members that one part spans, m (0: each footprint alone)
     * @param bufferM the buffer around the result, m
     * @return a Polygon or MultiPolygon in normal form that covers every footprint
     */
    static Geometry of(List<Geometry> footprints, double bridgedGapM, double bufferM) {
        return ofGroups(groups(footprints, FootprintLinks.of(footprints, bridgedGapM)), bufferM);
    }

    /**
     * The polygon around groups of footprints found already (single linkage at the bridged gap, as
     * {@link #of} finds them): a park's rules share one search for the links.
     *
     * @param groups the groups, each with at least one footprint
     * @return a Polygon or MultiPolygon in normal form that covers every footprint
     */
    static Geometry ofGroups(List<List<Geometry>> groups, double bufferM) {
        List<Geometry> parts = new ArrayList<>(groups.size());
        for (List<Geometry> group : groups) {
            parts.add(part(group, bufferM));
        }
        return ofParts(parts);
    }

    /**
     * The polygon of parts made by {@link #part} already (a park caches the part of a lone footprint,
     * which several rules ask for): the parts that touch are unioned.
     *
     * @param parts the buffered parts, at least one
     * @return a Polygon or MultiPolygon in normal form
     */
    static Geometry ofParts(List<Geometry> parts) {
        // Buffered hulls of different groups rarely overlap: only those that do are unioned. One buffer of
        // the whole collection costs time quadratic in the parts (most of the kansen time on a large park).
        List<Polygon> polygons = new ArrayList<>();
        for (List<Geometry> touching : groups(parts, FootprintLinks.of(parts, 0))) {
            Geometry merged = touching.size() == 1 ? touching.get(0) : UnaryUnionOp.union(touching);
            for (int k = 0; k < merged.getNumGeometries(); k++) {
                polygons.add((Polygon) merged.getGeometryN(k));
            }
        }
        Geometry out = polygons.size() == 1
                ? polygons.get(0)
                : parts.get(0).getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
        // The normal form makes the same members give an equal geometry whatever the vertex order.
        return out.norm();
    }

    /**
     * The polygon around footprints that are linked already (a cluster whose members each lie within
     * the bridged gap of another): equal to {@link #of} with that gap, without finding the links again.
     *
     * @param linked the members' footprints, at least one, one single-linkage group at the bridged gap
     */
    static Geometry ofLinked(List<Geometry> linked, double bufferM) {
        Geometry part = part(linked, bufferM);
        return (part.getNumGeometries() == 1 ? part.getGeometryN(0) : part).norm();
    }

    /** One group's part: the hull of its footprints (a single footprint as it is), buffered. */
    static Geometry part(List<Geometry> group, double bufferM) {
        if (group.size() == 1 || !(bufferM > 0)) {
            return (group.size() == 1
                            ? group.get(0)
                            : factory(group).buildGeometry(group).convexHull())
                    .buffer(bufferM, QUADRANT_SEGMENTS);
        }
        return roundedHull(group, bufferM);
    }

    /**
     * The convex hull of the footprints buffered by {@code bufferM}, as the hull of its vertices each
     * moved in {@value #DIRECTIONS} directions (the Minkowski sum with a regular polygon inscribed in the
     * buffer circle). A JTS buffer of a convex polygon gives the same shape, its arcs cut into segments
     * of the same angle, at several times the cost; both lie inside the exact round buffer and at most
     * {@code bufferM x (1 - cos(pi / 16))} (2 % of the buffer) within it, so the two differ by at most that.
     */
    static Geometry roundedHull(List<Geometry> group, double bufferM) {
        GeometryFactory f = factory(group);
        // The same points, in the same order, as the hull of a collection of the footprints reads.
        Geometry hull = new ConvexHull(coordinates(group), f).getConvexHull();
        Coordinate[] moved = hull instanceof Polygon p ? movedVertices(p, bufferM) : movedAll(hull, bufferM);
        return new ConvexHull(moved, f).getConvexHull();
    }

    /** Every coordinate of every footprint, in list order (as GeometryCollection.getCoordinates gives). */
    private static Coordinate[] coordinates(List<Geometry> group) {
        int n = 0;
        for (Geometry g : group) {
            n += g.getNumPoints();
        }
        Coordinate[] out = new Coordinate[n];
        int k = 0;
        for (Geometry g : group) {
            for (Coordinate c : g.getCoordinates()) {
                out[k++] = c;
            }
        }
        return out;
    }

    /** Each hull coordinate moved in every direction: the plain Minkowski sum, for a degenerate hull. */
    private static Coordinate[] movedAll(Geometry hull, double bufferM) {
        Coordinate[] vertices = hull.getCoordinates();
        Coordinate[] moved = new Coordinate[vertices.length * DIRECTIONS];
        int k = 0;
        for (Coordinate c : vertices) {
            for (int d = 0; d < DIRECTIONS; d++) {
                moved[k++] = new Coordinate(c.x + bufferM * COS[d], c.y + bufferM * SIN[d]);
            }
        }
        return moved;
    }

    /**
     * The moved points that can be vertices of the sum. A vertex of a convex polygon moved in direction
     * d lies on the hull of the sum only when d is (nearly) within the vertex's normal cone, the angle
     * between the outward normals of its two edges: all other directions give points inside. Keeping
     * the directions within that angle widened by one and a half steps on each side keeps every hull
     * vertex of {@link #movedAll} (so the hull is the same polygon, vertex for vertex) and drops most
     * of the sixteen points per vertex.
     */
    private static Coordinate[] movedVertices(Polygon hull, double bufferM) {
        CoordinateSequence ring = hull.getExteriorRing().getCoordinateSequence();
        int m = ring.size() - 1; // the closing point repeats the first
        boolean ccw = Orientation.isCCW(ring);
        double step = 2 * Math.PI / DIRECTIONS;
        double margin = 1.5 * step;
        List<Coordinate> out = new ArrayList<>(m * 4 + DIRECTIONS);
        for (int i = 0; i < m; i++) {
            int prev = (i + m - 1) % m;
            int next = (i + 1) % m;
            double x = ring.getX(i);
            double y = ring.getY(i);
            double in = normalAngle(x - ring.getX(prev), y - ring.getY(prev), ccw);
            double outward = normalAngle(ring.getX(next) - x, ring.getY(next) - y, ccw);
            // The cone runs counter-clockwise from the incoming edge's normal on a counter-clockwise ring.
            double from = ccw ? in : outward;
            double to = ccw ? outward : in;
            double width = positive(to - from);
            for (int d = 0; d < DIRECTIONS; d++) {
                if (positive(d * step - (from - margin)) <= width + 2 * margin) {
                    out.add(new Coordinate(x + bufferM * COS[d], y + bufferM * SIN[d]));
                }
            }
        }
        return out.toArray(Coordinate[]::new);
    }

    /** The angle of the outward normal of an edge (dx, dy): (dy, -dx) on a counter-clockwise ring, radians. */
    private static double normalAngle(double dx, double dy, boolean ccw) {
        return ccw ? Math.atan2(-dx, dy) : Math.atan2(dx, -dy);
    }

    /** The angle brought into [0, 2 pi). */
    private static double positive(double angle) {
        double a = angle % (2 * Math.PI);
        return a < 0 ? a + 2 * Math.PI : a;
    }

    private static GeometryFactory factory(List<Geometry> geometries) {
        return geometries.get(0).getFactory();
    }

    /** The single-linkage groups of all the geometries, each in input order, by their first member. */
    private static List<List<Geometry>> groups(List<Geometry> geometries, FootprintLinks links) {
        int[] all = new int[geometries.size()];
        Arrays.setAll(all, i -> i);
        List<List<Geometry>> out = new ArrayList<>();
        for (int[] group : links.components(all)) {
            List<Geometry> members = new ArrayList<>(group.length);
            for (int i : group) {
                members.add(geometries.get(i));
            }
            out.add(members);
        }
        return out;
    }
}
