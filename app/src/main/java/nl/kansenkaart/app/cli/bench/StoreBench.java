package nl.kansenkaart.app.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ImportCounts;
import nl.kansenkaart.io.store.ImportSession;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;
import nl.kansenkaart.io.store.StoreException;

/**
 * {@code bench store}: writes N synthetic buildings in a grid of parks through one
 * {@link ImportSession} into a temporary project, then loads one park as a snapshot.
 */
public final class StoreBench {
    /** The default number of buildings. */
    public static final long DEFAULT_N = 100_000;

    private StoreBench() {}

    /** Runs the benchmark in a temporary directory, removed afterwards, and returns its table. */
    public static BenchTable run(long n, Progress progress) throws IOException, StoreException {
        SyntheticLayout layout = new SyntheticLayout(n);
        Path dir = Files.createTempDirectory("kansenkaart-bench-store");
        Path file = dir.resolve("bench.gpkg");
        try (HeapMonitor heap = HeapMonitor.start()) {
            CpuClock cpu = CpuClock.start();
            long writeStart = System.nanoTime();
            try (ProjectStore store = ProjectStore.create(file)) {
                writeParks(store, layout);
                writeBuildings(store, layout, progress);
                double writeSeconds = seconds(writeStart);

                String parkId = SyntheticLayout.parkId(layout.middlePark());
                long loadStart = System.nanoTime();
                ParkSnapshot snapshot = store.load(parkId);
                double loadSeconds = seconds(loadStart);

                return new BenchTable(Msg.get("bench.store.title", Msg.count(n)))
                        .add(Msg.get("bench.store.rows"), Msg.count(n), Msg.get("bench.unit.rows"), "")
                        .add(Msg.get("bench.store.parks"), Msg.count(layout.parkCount()), "", "")
                        .add(Msg.get("bench.store.writeTime"), Msg.decimal(writeSeconds, 2), "s", "")
                        .add(
                                Msg.get("bench.store.writeSpeed"),
                                Msg.count(Math.round(n / writeSeconds)),
                                Msg.get("bench.unit.rowsPerSecond"),
                                "")
                        .add(
                                Msg.get("bench.store.loadTime", parkId),
                                Msg.decimal(loadSeconds * 1000, 1),
                                "ms",
                                Msg.get("bench.goal.extract"))
                        .add(
                                Msg.get("bench.store.loaded"),
                                Msg.count(snapshot.buildings().size()),
                                Msg.get("bench.unit.buildings"),
                                "")
                        .add(
                                Msg.get("bench.peakHeap"),
                                Msg.count(mb(heap.peakBytes())),
                                "MB",
                                Msg.get("bench.goal.heap"))
                        .add(Msg.get("bench.store.fileSize"), Msg.decimal(Files.size(file) / 1e6, 1), "MB", "")
                        .add(Msg.get("bench.cpuTime"), Msg.decimal(cpu.seconds(), 2), "s", "");
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void writeParks(ProjectStore store, SyntheticLayout layout) throws StoreException {
        try (ImportSession session = store.beginImport(provenance("proefterreinen", SourceKind.PARKS))) {
            for (int p = 0; p < layout.parkCount(); p++) {
                session.add(layout.park(p));
            }
            session.commit(ImportCounts.allImported(layout.parkCount()));
        }
    }

    private static void writeBuildings(ProjectStore store, SyntheticLayout layout, Progress progress)
            throws StoreException {
        String stage = Msg.get("bench.progress.write");
        long n = layout.buildingCount();
        try (ImportSession session = store.beginImport(provenance("proefpanden", SourceKind.BUILDINGS))) {
            for (long i = 0; i < n; i++) {
                session.add(layout.building(i));
                if (i % 10_000 == 0) {
                    progress.report(i, n, stage);
                }
            }
            progress.report(n, n, stage);
            session.commit(ImportCounts.allImported(n));
        }
    }

    private static Provenance provenance(String key, SourceKind kind) {
        return new Provenance(
                key,
                kind,
                Msg.get("bench.format.synthetic"),
                "EPSG:28992",
                Instant.now(),
                ImportCounts.NONE,
                List.of());
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    /** Removes a temporary directory and what is in it; leftovers are harmless, the figures matter. */
    static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left for the system's temp cleaner.
        }
    }
}
