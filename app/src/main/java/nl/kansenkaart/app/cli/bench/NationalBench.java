package nl.kansenkaart.app.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.synthetic.SyntheticNation;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;

/**
 * {@code bench national}: a synthetic national set (by default 3.800 parks, about 10 million panden)
 * through the whole analysis chain. Step 1 writes the set into a project file through the real
 * store (timed, but not part of the goal); step 2, the measured chain, opens that file and, park by
 * park, loads, runs every analysis and stores every result. Goal: step 2 in under 5 minutes with a
 * heap under 2 GB (the launcher gives this stage -Xmx2g).
 */
public final class NationalBench {
    /** The default number of parks: about as many as the IBIS lists. */
    public static final int DEFAULT_PARKS = 3_800;
    /** The default mean panden per park: 3.800 x 2.630 is about 10 million. */
    public static final int DEFAULT_PER_PARK = 2_630;
    /** The seed of the synthetic set, so runs compare. */
    public static final long SEED = 20_260_101L;

    /** Worker threads of the chain (load, analyse, make rows): one per core, the writer shares them. */
    static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final double GOAL_SECONDS = 300;
    private static final long GOAL_HEAP_MB = 2_048;
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    private NationalBench() {}

    /**
     * Runs both steps and returns the table.
     *
     * @param keep where to keep the project file; when it exists already (kept by an earlier run),
     *     step 1 is skipped, the results of an earlier chain are removed before the timer starts, and
     *     the chain runs on it again as a first run. Empty: a temporary file, removed afterwards
     * @param setupOnly only step 1, into {@code keep}: a copy of that file then measures a first run of
     *     the chain every time, without paying for step 1 again
     */
    public static BenchTable run(int parks, int perPark, Optional<Path> keep, boolean setupOnly, Progress progress)
            throws IOException, StoreException {
        SyntheticNation nation = new SyntheticNation(parks, perPark, SEED);
        Path dir = keep.isPresent() ? null : Files.createTempDirectory("kansenkaart-bench-national");
        Path file = keep.orElseGet(() -> dir.resolve("nationaal.gpkg"));
        try {
            NationalSetup.Counts written;
            double setupSeconds = -1;
            long setupPeak = 0;
            if (Files.exists(file)) {
                // A file kept by an earlier run: step 1 is skipped and the chain runs on it again.
                try (ProjectStore store = ProjectStore.open(file)) {
                    written = NationalSetup.Counts.of(store);
                }
            } else {
                long setupStart = System.nanoTime();
                try (HeapMonitor heap = HeapMonitor.start();
                        ProjectStore store = ProjectStore.create(file)) {
                    written = new NationalSetup(nation, progress).write(store);
                    setupPeak = heap.peakBytes();
                }
                setupSeconds = seconds(setupStart);
            }
            long setupSize = Files.size(file);
            if (setupOnly) {
                return setupTable(parks, perPark, written, setupSeconds, setupPeak, setupSize);
            }

            // A kept file that holds results of an earlier run: they go before the timer starts, so the
            // chain does the work of a first run (creating the result tables, appending every row)
            // instead of deleting millions of old rows park by park.
            boolean cleared = false;
            if (setupSeconds < 0) {
                try (ProjectStore store = ProjectStore.open(file)) {
                    cleared = store.layerCounts().stream()
                            .anyMatch(c -> c.layerName().equals("zon_op_dak"));
                    if (cleared) {
                        store.clearResults();
                    }
                }
            }

            NationalChain.Figures f;
            double chainSeconds;
            long chainPeak;
            double cpu;
            try (HeapMonitor heap = HeapMonitor.start()) {
                CpuClock clock = CpuClock.start();
                long start = System.nanoTime();
                // One connection per worker to read, one to write: SQLite lets them read while it stores.
                List<ProjectStore> readers = new ArrayList<>();
                try (ProjectStore writer = ProjectStore.open(file)) {
                    for (int k = 0; k < WORKERS; k++) {
                        readers.add(ProjectStore.open(file));
                    }
                    List<String> ids = writer.parks().stream().map(Park::id).toList();
                    f = new NationalChain(AnalysisAssumptions.defaults(REFERENCE_DATE), Instant.now(), progress)
                            .run(readers, writer, ids);
                } finally {
                    for (ProjectStore r : readers) {
                        r.close();
                    }
                }
                chainSeconds = seconds(start);
                cpu = clock.seconds();
                chainPeak = heap.peakBytes();
            }
            return table(
                    parks,
                    perPark,
                    written,
                    setupSeconds,
                    setupPeak,
                    setupSize,
                    cleared,
                    f,
                    chainSeconds,
                    chainPeak,
                    cpu,
                    file);
        } finally {
            if (dir != null) {
                StoreBench.deleteTree(dir);
            }
        }
    }

    private static BenchTable setupTable(
            int parks, int perPark, NationalSetup.Counts w, double setupSeconds, long setupPeak, long setupSize) {
        return setupRows(new BenchTable(Msg.get("bench.national.title", Msg.count(parks), Msg.count(perPark))), w)
                .add(
                        Msg.get("bench.national.setupTime"),
                        setupSeconds < 0 ? Msg.get("bench.national.setupSkipped") : Msg.decimal(setupSeconds, 1),
                        setupSeconds < 0 ? "" : "s",
                        "")
                .add(Msg.get("bench.national.setupHeap"), Msg.count(StoreBench.mb(setupPeak)), "MB", "")
                .add(Msg.get("bench.national.setupSize"), Msg.decimal(setupSize / 1e9, 2), "GB", "");
    }

    /** The rows that describe the written set. */
    private static BenchTable setupRows(BenchTable table, NationalSetup.Counts w) {
        return table.add(Msg.get("bench.national.labels"), Msg.count(w.labels()), Msg.get("bench.unit.rows"), "")
                .add(Msg.get("bench.national.companies"), Msg.count(w.companies()), Msg.get("bench.unit.rows"), "")
                .add(Msg.get("bench.national.gridAreas"), Msg.count(w.gridAreas()), Msg.get("bench.unit.rows"), "");
    }

    private static BenchTable table(
            int parks,
            int perPark,
            NationalSetup.Counts w,
            double setupSeconds,
            long setupPeak,
            long setupSize,
            boolean cleared,
            NationalChain.Figures f,
            double chainSeconds,
            long chainPeak,
            double cpu,
            Path file)
            throws IOException {
        long peakMb = StoreBench.mb(chainPeak);
        boolean fast = chainSeconds < GOAL_SECONDS;
        boolean lean = peakMb < GOAL_HEAP_MB;
        BenchTable start = new BenchTable(Msg.get("bench.national.title", Msg.count(parks), Msg.count(perPark)))
                .add(Msg.get("bench.national.parks"), Msg.count(f.parks()), "", "")
                .add(Msg.get("bench.national.buildings"), Msg.count(f.buildings()), Msg.get("bench.unit.buildings"), "")
                .add(Msg.get("bench.national.units"), Msg.count(f.units()), Msg.get("bench.unit.rows"), "");
        return setupRows(start, w)
                .add(
                        Msg.get("bench.national.setupTime"),
                        setupSeconds < 0 ? Msg.get("bench.national.setupSkipped") : Msg.decimal(setupSeconds, 1),
                        setupSeconds < 0 ? "" : "s",
                        "")
                .add(Msg.get("bench.national.setupHeap"), Msg.count(StoreBench.mb(setupPeak)), "MB", "")
                .add(Msg.get("bench.national.setupSize"), Msg.decimal(setupSize / 1e9, 2), "GB", "")
                .add(
                        Msg.get("bench.national.earlierResults"),
                        Msg.get(
                                cleared
                                        ? "bench.national.earlierResults.cleared"
                                        : "bench.national.earlierResults.none"),
                        "",
                        "")
                .add(Msg.get("bench.national.chainTime"), Msg.decimal(chainSeconds, 1), "s", "< 300 s")
                .add(
                        Msg.get("bench.national.parkSpeed"),
                        Msg.decimal(f.parks() / chainSeconds, 1),
                        Msg.get("bench.unit.parksPerSecond"),
                        "")
                .add(
                        Msg.get("bench.national.buildingSpeed"),
                        Msg.count(Math.round(f.buildings() / chainSeconds)),
                        Msg.get("bench.unit.buildingsPerSecond"),
                        "")
                .add(
                        Msg.get("bench.national.loadTime"),
                        Msg.decimal(f.loadSeconds(), 1) + " (cpu " + Msg.decimal(f.loadCpuSeconds(), 1) + ")",
                        "s",
                        "")
                .add(
                        Msg.get("bench.national.analyseTime"),
                        Msg.decimal(f.analyseSeconds(), 1) + " (cpu " + Msg.decimal(f.analyseCpuSeconds(), 1) + ")",
                        "s",
                        "")
                .add(
                        Msg.get("bench.national.storeTime"),
                        Msg.decimal(f.storeSeconds(), 1) + " (cpu " + Msg.decimal(f.storeCpuSeconds(), 1) + ")",
                        "s",
                        "")
                .add(Msg.get("bench.national.workers"), Msg.count(WORKERS), "", "")
                .add(Msg.get("bench.national.transactions"), Msg.count(f.transactions()), "", "")
                .add(
                        Msg.get("bench.national.individual"),
                        Msg.count(f.individualKansen()),
                        Msg.get("bench.unit.rows"),
                        "")
                .add(
                        Msg.get("bench.national.collective"),
                        Msg.count(f.collectiveKansen()),
                        Msg.get("bench.unit.rows"),
                        "")
                .add(Msg.get("bench.cpuTime"), Msg.decimal(cpu, 1), "s", "")
                .add(Msg.get("bench.peakHeap"), Msg.count(peakMb), "MB", "< 2.048 MB")
                .add(Msg.get("bench.national.fileSize"), Msg.decimal(Files.size(file) / 1e9, 2), "GB", "")
                .add(
                        Msg.get("bench.national.goal"),
                        Msg.get(fast && lean ? "bench.national.goal.met" : "bench.national.goal.missed"),
                        "",
                        "< 300 s, < 2.048 MB");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
