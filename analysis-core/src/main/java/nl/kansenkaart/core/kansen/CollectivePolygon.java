package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
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
        List<Geometry> parts = new ArrayList<>();
        for (List<Geometry> group : groups(footprints, bridgedGapM)) {
            parts.add(part(group, bufferM));
        }
        // Buffered hulls of different groups rarely overlap: only those that do are unioned. One buffer of
        // the whole collection costs time quadratic in the parts (most of the kansen time on a large park).
        List<Polygon> polygons = new ArrayList<>();
        for (List<Geometry> touching : groups(parts, 0)) {
            Geometry merged = touching.size() == 1 ? touching.get(0) : UnaryUnionOp.union(touching);
            for (int k = 0; k < merged.getNumGeometries(); k++) {
                polygons.add((Polygon) merged.getGeometryN(k));
            }
        }
        Geometry out = polygons.size() == 1
                ? polygons.get(0)
                : factory(footprints).createMultiPolygon(polygons.toArray(Polygon[]::new));
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
    private static Geometry part(List<Geometry> group, double bufferM) {
        Geometry hull = group.size() == 1
                ? group.get(0)
                : factory(group).buildGeometry(group).convexHull();
        return hull.buffer(bufferM, 4);
    }

    private static org.locationtech.jts.geom.GeometryFactory factory(List<Geometry> geometries) {
        return geometries.get(0).getFactory();
    }

    /** Single-linkage groups of the footprints, each in input order, ordered by their first member. */
    private static List<List<Geometry>> groups(List<Geometry> footprints, double gapM) {
        int n = footprints.size();
        Envelope[] envelopes = new Envelope[n];
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            envelopes[i] = footprints.get(i).getEnvelopeInternal();
            tree.insert(envelopes[i], i);
        }
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < n; i++) {
            int self = i;
            Geometry g = footprints.get(i);
            Envelope search = new Envelope(envelopes[i]);
            search.expandBy(gapM);
            tree.query(search, item -> {
                int j = (Integer) item;
                if (j > self
                        && root(parent, self) != root(parent, j)
                        && FootprintDistance.within(g, envelopes[self], footprints.get(j), envelopes[j], gapM)) {
                    parent[root(parent, j)] = root(parent, self);
                }
            });
        }
        Map<Integer, List<Geometry>> byRoot = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(footprints.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
