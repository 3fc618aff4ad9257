package nl.kansenkaart.app.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.ParkAnalyses;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.store.PreparedResults;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;

/**
 * The measured part of {@code bench national}: every park from the project file through every
 * analysis and back into it, streaming. Worker threads, each with its own read connection to the
 * file, load a park, run the engine and make the rows to store (geometry blobs, texts, R-tree boxes:
 * {@link PreparedResults}); the calling thread, the one writer SQLite allows, only binds and steps
 * them, a few parks per transaction (a commit costs several fsyncs).
 *
 * <p>Why a pool of whole-park workers rather than one thread per stage: with one loader and one
 * analysis thread the slowest stage set the pace and the other threads waited, so on two cores the
 * process used about one. Whole parks on as many workers as cores let whichever core is free take
 * the next park while the writer stores. Up to {@value #AHEAD} parks are between loading and
 * storing: more than a write batch holds, so the workers go on while the writer commits.
 */
final class NationalChain {
    /** Parks loaded or analysed but not yet stored: a write batch (about 8 parks) and some to spare. */
    static final int AHEAD = 16;
    /** Panden per results transaction. */
    static final int BATCH_BUILDINGS = 20_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** What the chain did and where its time went (wall and CPU seconds of the thread doing each part). */
    record Figures(
            long parks,
            long buildings,
            long units,
            long individualKansen,
            long collectiveKansen,
            double loadSeconds,
            double analyseSeconds,
            double storeSeconds,
            double loadCpuSeconds,
            double analyseCpuSeconds,
            double storeCpuSeconds,
            long transactions) {}

    /** Wall and CPU nanoseconds of one stage, added up over its parks. */
    private static final class StageClock {
        final AtomicLong wall = new AtomicLong();
        final AtomicLong cpu = new AtomicLong();

        <T> T time(java.util.concurrent.Callable<T> work) throws Exception {
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            try {
                return work.call();
            } finally {
                wall.addAndGet(System.nanoTime() - w);
                cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c);
            }
        }

        double wallSeconds() {
            return wall.get() / 1e9;
        }

        double cpuSeconds() {
            return cpu.get() / 1e9;
        }
    }

    private final AnalysisAssumptions assumptions;
    private final Instant computedAt;
    private final Progress progress;

    NationalChain(AnalysisAssumptions assumptions, Instant computedAt, Progress progress) {
        this.assumptions = assumptions;
        this.computedAt = computedAt;
        this.progress = progress;
    }

    /**
     * Runs the chain.
     *
     * @param readers one store per worker thread, each its own connection to the file
     * @param writer the store the results go to; used by the calling thread only
     */
    Figures run(List<ProjectStore> readers, ProjectStore writer, List<String> parkIds) throws StoreException {
        // Each worker takes one reader the first time it runs: a connection serves one thread at a time.
        Queue<ProjectStore> free = new ConcurrentLinkedQueue<>(readers);
        ThreadLocal<ProjectStore> reader = ThreadLocal.withInitial(free::remove);
        AtomicInteger named = new AtomicInteger();
        ExecutorService workers =
                Executors.newFixedThreadPool(readers.size(), r -> daemon(r, "werker-" + named.incrementAndGet()));
        StageClock load = new StageClock();
        StageClock analyse = new StageClock();
        StageClock store = new StageClock();
        Deque<CompletableFuture<Analysed>> inFlight = new ArrayDeque<>();
        List<PreparedResults> batch = new ArrayList<>();
        long batchBuildings = 0;
        long buildings = 0;
        long units = 0;
        long individual = 0;
        long collective = 0;
        long transactions = 0;
        int done = 0;
        String stage = Msg.get("bench.national.progress.chain");
        try {
            int next = 0;
            while (done < parkIds.size()) {
                while (next < parkIds.size() && inFlight.size() < AHEAD) {
                    String id = parkIds.get(next++);
                    // The writer takes the parks in the order they were handed out, whichever worker ends first.
                    inFlight.add(CompletableFuture.supplyAsync(
                            () -> unchecked(() -> {
                                ParkSnapshot s = load.time(() -> reader.get().load(id));
                                return analyse.time(() -> analysed(s));
                            }),
                            workers));
                }
                Analysed park = await(inFlight.removeFirst());
                done++;
                buildings += park.buildings();
                units += park.units();
                individual += park.individual();
                collective += park.collective();
                batch.add(park.rows());
                batchBuildings += park.buildings();
                if (batchBuildings >= BATCH_BUILDINGS || done == parkIds.size()) {
                    List<PreparedResults> parks = List.copyOf(batch);
                    try {
                        store.time(() -> {
                            writer.savePrepared(parks);
                            return null;
                        });
                    } catch (StoreException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    transactions++;
                    batch.clear();
                    batchBuildings = 0;
                }
                progress.report(done, parkIds.size(), stage);
            }
        } finally {
            workers.shutdownNow();
        }
        return new Figures(
                done,
                buildings,
                units,
                individual,
                collective,
                load.wallSeconds(),
                analyse.wallSeconds(),
                store.wallSeconds(),
                load.cpuSeconds(),
                analyse.cpuSeconds(),
                store.cpuSeconds(),
                transactions);
    }

    /** What the writer needs of an analysed park: its rows, and the counts for the table. */
    private record Analysed(PreparedResults rows, long buildings, long units, long individual, long collective) {}

    /**
     * Runs every analysis of the park and makes its rows (geometry blobs, texts, boxes), on the
     * analysis thread: the writer then only binds and steps.
     */
    private Analysed analysed(ParkSnapshot s) {
        ParkAnalyses analyses = ParkEngine.run(s, assumptions, Progress.NONE);
        return new Analysed(
                PreparedResults.of(analyses.toStored(computedAt)),
                s.buildings().size(),
                s.units().size(),
                analyses.kansen().individual().size(),
                analyses.kansen().collective().size());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static <T> T unchecked(java.util.concurrent.Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** The park's analyses; a store failure in the loader comes out as itself. */
    private static <T> T await(CompletableFuture<T> f) throws StoreException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analyse onderbroken", e);
        } catch (ExecutionException e) {
            Throwable cause =
                    e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof StoreException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }
}
