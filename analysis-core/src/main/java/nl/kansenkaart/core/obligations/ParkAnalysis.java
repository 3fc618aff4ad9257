package nl.kansenkaart.core.obligations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import nl.kansenkaart.core.grid.GridAnalysis;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.grid.PostcodeGridJoin;
import nl.kansenkaart.core.grid.SpatialGridJoin;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.labels.OfficeLabelAnalysis;
import nl.kansenkaart.core.labels.SnapshotIndex;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.progress.Progress;

/**
 * Runs labels, obligations and grid over one snapshot with one shared index, and summarises. This is
 * what {@code kansenkaart analyse} and its benchmark call; each analysis can also run on its own.
 */
public final class ParkAnalysis {
    private ParkAnalysis() {}

    /** Below this many panden a plain loop beats splitting the work over threads. */
    private static final int PARALLEL_FROM = 20_000;

    private static final int CHUNK = 16_384;

    /** All three analyses and the summary; large snapshots are spread over the cores. */
    public static ParkResults run(
            ParkSnapshot snapshot,
            OfficeAssumptions office,
            ObligationAssumptions obligations,
            GridAssumptions grid,
            Progress progress) {
        return run(
                snapshot,
                office,
                obligations,
                grid,
                progress,
                snapshot.buildings().size() >= PARALLEL_FROM);
    }

    /**
     * All three analyses and the summary. With {@code parallel}, chunks of panden run on the common
     * fork-join pool; every result depends on its own pand only and the chunks are joined in order, so
     * the results are identical to a sequential run.
     */
    public static ParkResults run(
            ParkSnapshot snapshot,
            OfficeAssumptions office,
            ObligationAssumptions obligations,
            GridAssumptions grid,
            Progress progress,
            boolean parallel) {
        SnapshotIndex index = SnapshotIndex.of(snapshot, office.referenceDate());
        SpatialGridJoin join = SpatialGridJoin.of(snapshot.gridAreas());
        PostcodeGridJoin postcodes = PostcodeGridJoin.ofRows(snapshot.gridPostcodes());
        List<Building> buildings = snapshot.buildings();
        int n = buildings.size();
        int chunks = (n + CHUNK - 1) / CHUNK;
        AtomicLong done = new AtomicLong();
        IntStream range = IntStream.range(0, chunks);
        List<Chunk> parts = (parallel ? range.parallel() : range)
                .mapToObj(c -> {
                    progress.checkCancelled();
                    List<Building> part = buildings.subList(c * CHUNK, Math.min(n, (c + 1) * CHUNK));
                    Chunk chunk = new Chunk(
                            OfficeLabelAnalysis.analyse(part, index, office, Progress.NONE),
                            ObligationAnalysis.analyse(part, index, obligations, Progress.NONE),
                            GridAnalysis.analyse(part, index, join, postcodes, Progress.NONE));
                    long now = done.addAndGet(part.size());
                    synchronized (progress) {
                        progress.report(now, n, "labels, verplichtingen en netcapaciteit");
                    }
                    return chunk;
                })
                .toList();
        List<LabelResult> labels = new ArrayList<>(n);
        List<ObligationResult> uses = new ArrayList<>(n);
        List<GridPosition> positions = new ArrayList<>(n);
        for (Chunk c : parts) {
            labels.addAll(c.labels());
            uses.addAll(c.uses());
            positions.addAll(c.positions());
        }
        return new ParkResults(labels, uses, positions, summarise(labels, uses, positions, snapshot, grid));
    }

    private static int capacity(int expected) {
        return (int) Math.min(1 << 30, expected * 4L / 3 + 16);
    }

    private record Chunk(List<LabelResult> labels, List<ObligationResult> uses, List<GridPosition> positions) {}

    /** The summary over results already computed (the three lists in the same building order). */
    public static ParkSummary summarise(
            List<LabelResult> labels,
            List<ObligationResult> uses,
            List<GridPosition> positions,
            ParkSnapshot snapshot,
            GridAssumptions grid) {
        Map<LabelOutcome.Kind, Integer> counts = new EnumMap<>(LabelOutcome.Kind.class);
        double nonCompliantM2 = 0;
        double noLabelM2 = 0;
        for (LabelResult r : labels) {
            counts.merge(r.kind(), 1, Integer::sum);
            if (r.kind() == LabelOutcome.Kind.NON_COMPLIANT) {
                nonCompliantM2 += r.outcome().use().officeAreaM2();
            } else if (r.kind() == LabelOutcome.Kind.NO_LABEL) {
                noLabelM2 += r.outcome().use().officeAreaM2();
            }
        }
        int saving = 0;
        int research = 0;
        boolean companies = !snapshot.companies().isEmpty();
        // Per analysed pand whether it is likely obliged; only needed to match companies, so skipped
        // when there are none (the million-pand benchmark). One map where two sets were filled.
        Map<String, Boolean> obligedByBuilding = companies ? new HashMap<>(capacity(uses.size())) : Map.of();
        for (ObligationResult r : uses) {
            boolean obliged = r.level().isLikelyObliged();
            if (obliged) {
                saving++;
            }
            if (r.level() == ObligationLevel.RESEARCH_LIKELY) {
                research++;
            }
            if (companies) {
                Boolean before = obligedByBuilding.get(r.buildingId());
                if (before == null || (obliged && !before)) {
                    obligedByBuilding.put(r.buildingId(), obliged);
                }
            }
        }
        int offtake = 0;
        int feedIn = 0;
        int unknown = 0;
        for (GridPosition p : positions) {
            offtake += grid.isCongested(p.offtake()) ? 1 : 0;
            feedIn += grid.isCongested(p.feedIn()) ? 1 : 0;
            unknown += p.offtake() == nl.kansenkaart.core.model.CapacityStatus.UNKNOWN
                            && p.feedIn() == nl.kansenkaart.core.model.CapacityStatus.UNKNOWN
                    ? 1
                    : 0;
        }
        int matched = 0;
        int obligedCompanies = 0;
        if (companies) {
            List<Unit> units = snapshot.units();
            Map<String, List<String>> buildingsOfUnit = new HashMap<>(capacity(units.size()));
            for (Unit u : units) {
                buildingsOfUnit.put(u.id(), u.buildingIds());
            }
            for (Company c : snapshot.companies()) {
                if (c.unitId().isEmpty()) {
                    continue;
                }
                List<String> in = buildingsOfUnit.get(c.unitId().get());
                if (in == null) {
                    continue;
                }
                boolean analysed = false;
                boolean obliged = false;
                for (int k = 0; k < in.size(); k++) {
                    Boolean o = obligedByBuilding.get(in.get(k));
                    if (o != null) {
                        analysed = true;
                        obliged |= o;
                    }
                }
                if (!analysed) {
                    continue;
                }
                matched++;
                // The obligation is the company's (per location): a company in a likely-obliged pand is likely obliged.
                if (obliged) {
                    obligedCompanies++;
                }
            }
        }
        return new ParkSummary(
                labels.size(),
                counts,
                nonCompliantM2,
                noLabelM2,
                saving,
                research,
                matched,
                obligedCompanies,
                offtake,
                feedIn,
                unknown);
    }
}
