package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Single-linkage clustering of footprints: two buildings belong to one cluster when a chain of
 * buildings connects them with each step at most the given distance between footprints (edge to
 * edge, metres in RD). Neighbours come from a JTS STRtree; a union-find joins them.
 */
final class Clustering {
    private Clustering() {}

    /**
     * The clusters of at least {@code minSize} members, each in input order, ordered by their first
     * member; with the input sorted by pand id the result does not depend on the tree's internals.
     *
     * @param maxDistanceM the largest gap between two linked footprints, m
     */
    static List<List<BuildingFacts>> clusters(List<BuildingFacts> items, double maxDistanceM, int minSize) {
        int n = items.size();
        if (n == 0) {
            return List.of();
        }
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            tree.insert(items.get(i).building().footprint().getEnvelopeInternal(), i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Geometry g = items.get(i).building().footprint();
            Envelope search = new Envelope(g.getEnvelopeInternal());
            search.expandBy(maxDistanceM);
            for (Object o : tree.query(search)) {
                int j = (Integer) o;
                // Each pair once; skip pairs already joined before the exact distance test.
                if (j <= i || find(parent, i) == find(parent, j)) {
                    continue;
                }
                if (g.isWithinDistance(items.get(j).building().footprint(), maxDistanceM)) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<BuildingFacts>> byRoot = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        List<List<BuildingFacts>> out = new ArrayList<>();
        for (List<BuildingFacts> c : byRoot.values()) {
            if (c.size() >= minSize) {
                out.add(List.copyOf(c));
            }
        }
        out.sort((x, y) -> x.get(0).id().compareTo(y.get(0).id()));
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
