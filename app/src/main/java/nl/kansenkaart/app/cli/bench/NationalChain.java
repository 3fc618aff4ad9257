package nl.kansenkaart.app.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
 * them, a few parks per transaction (a commit costs several fsyncs), each park as soon as it is
 * ready ({@link ProjectStore#savePrepared(java.util.Iterator)}).
 *
 * <p>Why a pool of whole-park workers rather than one thread per stage: with one loader and one
 * analysis thread the slowest stage set the pace and the other threads waited, so on two cores the
 * process used about one. Whole parks on as many workers as cores let whichever core is free take
 * the next park while the writer stores. Up to {@value #AHEAD_PER_WORKER} parks per worker are between
 * loading and storing, so the workers go on while the writer commits.
 */
final class NationalChain {
    /**
     * Parks with the workers or waiting for the writer, per worker: each worker has its next park
     * while the writer stores or commits. Since the writer takes each park into the open transaction as
     * it comes, more only keeps more rows in memory (16 ahead, plus a transaction of parks waiting for
     * its commit, kept some 300 MB alive through every young collection and sent it to the old one).
     */
    static final int AHEAD_PER_WORKER = 2;
    /** Panden per results transaction. */
    static final int BATCH_BUILDINGS = 20_000;

    /** Tries for a park whose read keeps meeting the writer's commit (each waits the busy timeout). */
    private static final int LOAD_ATTEMPTS = 10;

    private static final int SQLITE_BUSY = 5;
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
        Feed feed = new Feed(parkIds, workers, reader, readers.size(), load, analyse);
        long transactions = 0;
        try {
            while (feed.done < parkIds.size()) {
                // One transaction: the writer stores each park as soon as a worker has it, so the rows of
                // a park wait in memory only until their turn, not until a whole transaction is made.
                feed.startTransaction();
                try {
                    store.time(() -> {
                        writer.savePrepared(feed);
                        return null;
                    });
                } catch (WorkerFailed e) {
                    if (e.getCause() instanceof StoreException s) {
                        throw s;
                    }
                    throw (RuntimeException) e.getCause();
                } catch (StoreException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                transactions++;
            }
        } finally {
            workers.shutdownNow();
        }
        double storeWall = store.wallSeconds() - feed.waitNanos / 1e9;
        return new Figures(
                feed.done,
                feed.buildings,
                feed.units,
                feed.individual,
                feed.collective,
                load.wallSeconds(),
                analyse.wallSeconds(),
                storeWall,
                load.cpuSeconds(),
                analyse.cpuSeconds(),
                store.cpuSeconds(),
                transactions);
    }

    /**
     * The parks of one transaction, in the order they were handed out: keeps up to {@value #AHEAD_PER_WORKER}
     * parks per worker with the workers and waits for the next one when the writer asks for it; a transaction
     * ends after {@value #BATCH_BUILDINGS} panden or at the last park.
     */
    private final class Feed implements Iterator<PreparedResults> {
        private final List<String> parkIds;
        private final ExecutorService workers;
        private final ThreadLocal<ProjectStore> reader;
        private final StageClock load;
        private final StageClock analyse;
        private final Deque<CompletableFuture<Analysed>> inFlight = new ArrayDeque<>();
        private final int ahead;
        private final String stage = Msg.get("bench.national.progress.chain");
        private int next;
        private long transactionBuildings;
        int done;
        long buildings;
        long units;
        long individual;
        long collective;
        long waitNanos;

        Feed(
                List<String> parkIds,
                ExecutorService workers,
                ThreadLocal<ProjectStore> reader,
                int workerCount,
                StageClock load,
                StageClock analyse) {
            this.parkIds = parkIds;
            this.workers = workers;
            this.reader = reader;
            this.load = load;
            this.analyse = analyse;
            this.ahead = AHEAD_PER_WORKER * workerCount;
            handOut();
        }

        void startTransaction() {
            transactionBuildings = 0;
        }

        @Override
        public boolean hasNext() {
            return done < parkIds.size() && transactionBuildings < BATCH_BUILDINGS;
        }

        @Override
        public PreparedResults next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CompletableFuture<Analysed> first = inFlight.removeFirst();
            handOut();
            long w = System.nanoTime();
            Analysed park;
            try {
                park = await(first);
            } catch (StoreException | RuntimeException e) {
                throw new WorkerFailed(e);
            }
            waitNanos += System.nanoTime() - w;
            done++;
            buildings += park.buildings();
            units += park.units();
            individual += park.individual();
            collective += park.collective();
            transactionBuildings += park.buildings();
            progress.report(done, parkIds.size(), stage);
            return park.rows();
        }

        /** Gives the workers parks until {@link #ahead} are with them or waiting for the writer. */
        private void handOut() {
            while (next < parkIds.size() && inFlight.size() < ahead) {
                String id = parkIds.get(next++);
                // The writer takes the parks in the order they were handed out, whichever worker ends first.
                inFlight.add(CompletableFuture.supplyAsync(
                        () -> unchecked(() -> {
                            ParkSnapshot s = load.time(() -> load(reader.get(), id));
                            return analyse.time(() -> analysed(s));
                        }),
                        workers));
            }
        }
    }

    /**
     * A worker's failure (a StoreException or a RuntimeException), carried through the writer's
     * transaction, which it rolls back, and thrown as itself by {@link #run}.
     */
    private static final class WorkerFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkerFailed(Exception cause) {
            super(cause);
        }
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

    /**
     * Loads a park. A read that meets the writer's commit (the exclusive lock while the transaction's
     * pages go to the file) waits SQLite's busy timeout; on a machine whose cores are all taken that
     * commit can take longer, and the load is then tried again rather than failing the whole run.
     */
    static ParkSnapshot load(ProjectStore store, String parkId) throws StoreException {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.load(parkId);
            } catch (StoreException e) {
                if (attempt == LOAD_ATTEMPTS || !busy(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether a failure is SQLite's "database is locked" (SQLITE_BUSY, result code 5). */
    static boolean busy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() & 0xff) == SQLITE_BUSY) {
                return true;
            }
        }
        return false;
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
