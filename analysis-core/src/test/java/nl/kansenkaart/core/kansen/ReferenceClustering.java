package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.kansenkaart.core.kansen.Clustering.Limits;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Frozen copy of the code before the session-4 speed-up (commit 534a4c7): the reference that
 * {@code KansenEquivalenceTest} compares the current code against. Do not change.
 *
 * Distance clustering of footprints with a size cap. First single linkage: two buildings belong
 * together when a chain of buildings connects them with each step at most the link distance between
 * footprints (edge to edge, metres in RD); {@link ReferenceFootprintLinks} finds the neighbours, a union-find joins them.
 * Single linkage alone chains a whole park into one group, so a group above the cap (more members,
 * or a larger span) is cut in two across its longer side, at the widest gap between building centres
 * in the middle half, and each half is clustered again, until every group fits.
 */
final class ReferenceClustering {
    private ReferenceClustering() {}

    /**
     * The groups of at least {@code minSize} members, each in input order, ordered by their first
     * member; with the input sorted by pand id the result does not depend on the tree's internals.
     *
     * @param maxDistanceM the largest gap between two linked footprints, m
     * @param limits the cap on a group's members and span
     */
    static List<List<ReferenceBuildingFacts>> clusters(
            List<ReferenceBuildingFacts> items, double maxDistanceM, int minSize, Limits limits) {
        int n = items.size();
        if (n == 0) {
            return List.of();
        }
        Coordinate[] centres = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            centres[i] = items.get(i).building().footprint().getCentroid().getCoordinate();
        }
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        // The distance tests are the costly part: done once here; re-linking a half only looks them up.
        List<Geometry> footprints = new ArrayList<>(n);
        for (ReferenceBuildingFacts f : items) {
            footprints.add(f.building().footprint());
        }
        ReferenceFootprintLinks links = ReferenceFootprintLinks.of(footprints, maxDistanceM);
        List<int[]> groups = new ArrayList<>();
        for (int[] component : links.components(all)) {
            cap(centres, component, links, limits, groups);
        }
        List<List<ReferenceBuildingFacts>> out = new ArrayList<>();
        for (int[] g : groups) {
            if (g.length >= minSize) {
                List<ReferenceBuildingFacts> members = new ArrayList<>(g.length);
                for (int i : g) {
                    members.add(items.get(i));
                }
                out.add(List.copyOf(members));
            }
        }
        out.sort((x, y) -> x.get(0).id().compareTo(y.get(0).id()));
        return out;
    }

    /** Splits a linked group until each part fits the limits; parts go to {@code out}. */
    private static void cap(
            Coordinate[] centres, int[] group, ReferenceFootprintLinks links, Limits limits, List<int[]> out) {
        Envelope box = new Envelope();
        for (int i : group) {
            box.expandToInclude(centres[i]);
        }
        double span = Math.hypot(box.getWidth(), box.getHeight());
        if (group.length <= limits.maxMembers() && span <= limits.maxSpanM()) {
            out.add(group);
            return;
        }
        // Two or more members here: a single building has span 0 and fits any limit.
        boolean alongX = box.getWidth() >= box.getHeight();
        Integer[] sorted = Arrays.stream(group).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, (a, b) -> {
            int c = Double.compare(along(centres[a], alongX), along(centres[b], alongX));
            return c != 0 ? c : Integer.compare(a, b);
        });
        int n = sorted.length;
        int cut = cutIndex(sorted, centres, alongX);
        int[] low = new int[cut];
        int[] high = new int[n - cut];
        for (int k = 0; k < n; k++) {
            if (k < cut) {
                low[k] = sorted[k];
            } else {
                high[k - cut] = sorted[k];
            }
        }
        for (int[] half : List.of(low, high)) {
            Arrays.sort(half); // back to input order
            for (int[] component : links.components(half)) {
                cap(centres, component, links, limits, out);
            }
        }
    }

    /**
     * Where to cut the sorted members: within the middle half (so both parts keep a fair share), at the
     * widest gap between consecutive centres (a road rather than a row of halls); equal gaps go to the
     * cut nearest the middle, then the lower one.
     */
    private static int cutIndex(Integer[] sorted, Coordinate[] centres, boolean alongX) {
        int n = sorted.length;
        int lo = Math.max(1, n / 4);
        int hi = Math.min(n - 1, (3 * n + 3) / 4);
        int best = lo;
        double bestGap = -1;
        for (int k = lo; k <= hi; k++) {
            double gap = along(centres[sorted[k]], alongX) - along(centres[sorted[k - 1]], alongX);
            boolean wider = gap > bestGap;
            boolean asWideAndMoreCentral = gap == bestGap && Math.abs(2 * k - n) < Math.abs(2 * best - n);
            if (wider || asWideAndMoreCentral) {
                best = k;
                bestGap = gap;
            }
        }
        return best;
    }

    private static double along(Coordinate c, boolean alongX) {
        return alongX ? c.x : c.y;
    }
}
