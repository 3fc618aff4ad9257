package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which footprints lie within a distance of each other (edge to edge, metres in RD), found once with
 * a JTS STRtree; the single-linkage groups of any subset then need no geometry at all. The distance
 * tests are the costly part of clustering and of the collective polygons, so a park computes them
 * once per distance and every rule that links at that distance reads them.
 */
final class FootprintLinks {
    private final int[][] neighbours;
    private final int[] local;

    private FootprintLinks(int[][] neighbours) {
        this.neighbours = neighbours;
        this.local = new int[neighbours.length];
        Arrays.fill(local, -1);
    }

    /**
     * The links between the footprints.
     *
     * @param footprints the footprints, indexed as the groups will be
     * @param maxDistanceM the largest gap between two linked footprints, m
     */
    static FootprintLinks of(List<Geometry> footprints, double maxDistanceM) {
        int n = footprints.size();
        Geometry[] geometries = footprints.toArray(Geometry[]::new);
        Envelope[] envelopes = new Envelope[n];
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            envelopes[i] = geometries[i].getEnvelopeInternal();
            tree.insert(envelopes[i], i);
        }
        int[][] near = new int[n][];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            near[i] = new int[4];
        }
        for (int i = 0; i < n; i++) {
            int self = i;
            Envelope search = new Envelope(envelopes[i]);
            search.expandBy(maxDistanceM);
            tree.query(search, item -> {
                int j = (Integer) item;
                // Each pair once.
                if (j > self
                        && FootprintDistance.within(
                                geometries[self], envelopes[self], geometries[j], envelopes[j], maxDistanceM)) {
                    add(near, count, self, j);
                    add(near, count, j, self);
                }
            });
        }
        for (int i = 0; i < n; i++) {
            near[i] = Arrays.copyOf(near[i], count[i]);
        }
        return new FootprintLinks(near);
    }

    private static void add(int[][] near, int[] count, int i, int j) {
        if (count[i] == near[i].length) {
            near[i] = Arrays.copyOf(near[i], 2 * count[i]);
        }
        near[i][count[i]++] = j;
    }

    /**
     * The single-linkage groups of a subset: each in ascending index order, the groups ordered by their
     * first member. Not thread-safe (it reuses one scratch array).
     *
     * @param members indices of footprints, ascending
     */
    List<int[]> components(int[] members) {
        int n = members.length;
        for (int k = 0; k < n; k++) {
            local[members[k]] = k;
        }
        int[] parent = new int[n];
        Arrays.setAll(parent, k -> k);
        for (int k = 0; k < n; k++) {
            for (int j : neighbours[members[k]]) {
                int m = local[j];
                if (m > k) {
                    int rk = find(parent, k);
                    int rm = find(parent, m);
                    // The smaller root wins, so every root is its group's first member.
                    if (rk != rm) {
                        parent[Math.max(rk, rm)] = Math.min(rk, rm);
                    }
                }
            }
        }
        for (int i : members) {
            local[i] = -1;
        }
        int[] size = new int[n];
        int groups = 0;
        for (int k = 0; k < n; k++) {
            if (size[find(parent, k)]++ == 0) {
                groups++;
            }
        }
        // Roots are first members, so walking k upwards meets the groups in order of their first member.
        int[][] byRoot = new int[n][];
        int[] filled = new int[n];
        List<int[]> out = new ArrayList<>(groups);
        for (int k = 0; k < n; k++) {
            int r = find(parent, k);
            if (byRoot[r] == null) {
                byRoot[r] = new int[size[r]];
                out.add(byRoot[r]);
            }
            byRoot[r][filled[r]++] = members[k];
        }
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
