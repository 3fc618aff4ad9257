package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Frozen copy of the code before the session-4 speed-up (commit 534a4c7): the reference that
 * {@code KansenEquivalenceTest} compares the current code against. Do not change.
 *
 * Which footprints lie within a distance of each other (edge to edge, metres in RD), found once
 * through a uniform grid of the envelopes; the single-linkage groups of any subset then need no geometry at all. The distance
 * tests are the costly part of clustering and of the collective polygons, so a park computes them
 * once per distance and every rule that links at that distance reads them.
 */
final class ReferenceFootprintLinks {
    private final int[][] neighbours;
    private final int[] local;

    private ReferenceFootprintLinks(int[][] neighbours) {
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
    static ReferenceFootprintLinks of(List<Geometry> footprints, double maxDistanceM) {
        int n = footprints.size();
        Geometry[] geometries = footprints.toArray(Geometry[]::new);
        Envelope[] envelopes = new Envelope[n];
        Envelope all = new Envelope();
        double sizes = 0;
        for (int i = 0; i < n; i++) {
            envelopes[i] = geometries[i].getEnvelopeInternal();
            all.expandToInclude(envelopes[i]);
            sizes += Math.max(envelopes[i].getWidth(), envelopes[i].getHeight());
        }
        int[][] near = new int[n][];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            near[i] = new int[4];
        }
        if (n < 2 || all.isNull()) {
            return new ReferenceFootprintLinks(trim(near, count));
        }
        Grid grid = new Grid(envelopes, all, Math.max(maxDistanceM, sizes / n));
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        for (int i = 0; i < n; i++) {
            Envelope e = envelopes[i];
            if (e.isNull()) {
                continue;
            }
            int x0 = grid.column(e.getMinX() - maxDistanceM);
            int x1 = grid.column(e.getMaxX() + maxDistanceM);
            int y0 = grid.row(e.getMinY() - maxDistanceM);
            int y1 = grid.row(e.getMaxY() + maxDistanceM);
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    int cell = y * grid.columns + x;
                    for (int k = grid.start[cell]; k < grid.start[cell + 1]; k++) {
                        int j = grid.items[k];
                        // Each pair once; an item in several cells is tested once per query.
                        if (j > i && seen[j] != i) {
                            seen[j] = i;
                            if (ReferenceFootprintDistance.within(
                                    geometries[i], e, geometries[j], envelopes[j], maxDistanceM)) {
                                add(near, count, i, j);
                                add(near, count, j, i);
                            }
                        }
                    }
                }
            }
        }
        return new ReferenceFootprintLinks(trim(near, count));
    }

    private static int[][] trim(int[][] near, int[] count) {
        for (int i = 0; i < near.length; i++) {
            near[i] = Arrays.copyOf(near[i], count[i]);
        }
        return near;
    }

    /**
     * A uniform grid over the envelopes, each item listed in every cell its envelope touches (cells
     * about the link distance or the typical footprint wide, whichever is larger): the candidates of a
     * footprint are read from the few cells around it, cheaper than a tree walk per footprint.
     */
    private static final class Grid {
        final int columns;
        final int rows;
        final int[] start;
        final int[] items;
        private final double minX;
        private final double minY;
        private final double cell;

        Grid(Envelope[] envelopes, Envelope all, double cellM) {
            int n = envelopes.length;
            double width = Math.max(all.getWidth(), 1e-9);
            double height = Math.max(all.getHeight(), 1e-9);
            // At most a few cells per item, so a tiny link distance over a wide area stays small.
            double size = Math.max(cellM, Math.sqrt(width * height / (4.0 * n)));
            size = Math.max(size, Math.max(width, height) / 4096);
            this.cell = size;
            this.minX = all.getMinX();
            this.minY = all.getMinY();
            this.columns = (int) Math.min(4096, Math.floor(width / size) + 1);
            this.rows = (int) Math.min(4096, Math.floor(height / size) + 1);
            int[] counts = new int[columns * rows + 1];
            for (Envelope e : envelopes) {
                if (e.isNull()) {
                    continue;
                }
                for (int y = row(e.getMinY()); y <= row(e.getMaxY()); y++) {
                    for (int x = column(e.getMinX()); x <= column(e.getMaxX()); x++) {
                        counts[y * columns + x + 1]++;
                    }
                }
            }
            for (int c = 1; c < counts.length; c++) {
                counts[c] += counts[c - 1];
            }
            this.start = counts;
            int[] fill = Arrays.copyOf(counts, counts.length);
            this.items = new int[counts[counts.length - 1]];
            for (int i = 0; i < n; i++) {
                Envelope e = envelopes[i];
                if (e.isNull()) {
                    continue;
                }
                for (int y = row(e.getMinY()); y <= row(e.getMaxY()); y++) {
                    for (int x = column(e.getMinX()); x <= column(e.getMaxX()); x++) {
                        items[fill[y * columns + x]++] = i;
                    }
                }
            }
        }

        int column(double x) {
            return clamp((int) Math.floor((x - minX) / cell), columns);
        }

        int row(double y) {
            return clamp((int) Math.floor((y - minY) / cell), rows);
        }

        private static int clamp(int v, int size) {
            return v < 0 ? 0 : v >= size ? size - 1 : v;
        }
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
