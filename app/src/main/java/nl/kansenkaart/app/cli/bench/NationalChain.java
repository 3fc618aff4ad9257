package nl.kansenkaart.app.cli.bench;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.ParkAnalyses;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.store.AnalysisResults;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;

/**
 * The measured part of {@code bench national}: every park from the project file through every
 * analysis and back into it, streaming. The calling thread owns the store (SQLite has one writer):
 * it loads the next parks and stores finished ones, while one analysis thread runs the engine, so
 * both cores work. Results are committed a few parks per transaction, because a commit costs
 * several fsyncs. At most {@value #AHEAD} parks are loaded ahead and one batch waits to be stored.
 */
final class NationalChain {
    /** Parks loaded ahead of the analysis thread. */
    static final int AHEAD = 2;
    /** Panden per results transaction. */
    static final int BATCH_BUILDINGS = 20_000;

    /** What the chain did and where its time went (seconds of the thread that did each part). */
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

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final AnalysisAssumptions assumptions;
    private final Instant computedAt;
    private final Progress progress;

    NationalChain(AnalysisAssumptions assumptions, Instant computedAt, Progress progress) {
        this.assumptions = assumptions;
        this.computedAt = computedAt;
        this.progress = progress;
    }

    Figures run(ProjectStore store, List<String> parkIds) throws StoreException {
        ExecutorService analyser = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "analyse");
            t.setDaemon(true);
            return t;
        });
        long[] analyseNanos = {0, 0};
        long loadCpu = 0;
        long storeCpu = 0;
        Deque<Future<ParkAnalyses>> inFlight = new ArrayDeque<>();
        List<AnalysisResults> batch = new ArrayList<>();
        long batchBuildings = 0;
        long loadNanos = 0;
        long storeNanos = 0;
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
                    long t0 = System.nanoTime();
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    ParkSnapshot snapshot = store.load(parkIds.get(next++));
                    loadNanos += System.nanoTime() - t0;
                    loadCpu += THREADS.getCurrentThreadCpuTime() - c0;
                    inFlight.add(analyser.submit(() -> {
                        long a0 = System.nanoTime();
                        long ac0 = THREADS.getCurrentThreadCpuTime();
                        ParkAnalyses a = ParkEngine.run(snapshot, assumptions, Progress.NONE);
                        synchronized (analyseNanos) {
                            analyseNanos[0] += System.nanoTime() - a0;
                            analyseNanos[1] += THREADS.getCurrentThreadCpuTime() - ac0;
                        }
                        return a;
                    }));
                }
                ParkAnalyses analyses = await(inFlight.removeFirst());
                done++;
                buildings += analyses.snapshot().buildings().size();
                units += analyses.snapshot().units().size();
                individual += analyses.kansen().individual().size();
                collective += analyses.kansen().collective().size();
                batch.add(analyses.toStored(computedAt));
                batchBuildings += analyses.snapshot().buildings().size();
                if (batchBuildings >= BATCH_BUILDINGS || done == parkIds.size()) {
                    long s0 = System.nanoTime();
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    store.saveResults(batch);
                    storeNanos += System.nanoTime() - s0;
                    storeCpu += THREADS.getCurrentThreadCpuTime() - c0;
                    transactions++;
                    batch.clear();
                    batchBuildings = 0;
                }
                progress.report(done, parkIds.size(), stage);
            }
        } finally {
            analyser.shutdownNow();
        }
        double analyse;
        double analyseCpu;
        synchronized (analyseNanos) {
            analyse = analyseNanos[0] / 1e9;
            analyseCpu = analyseNanos[1] / 1e9;
        }
        return new Figures(
                done,
                buildings,
                units,
                individual,
                collective,
                loadNanos / 1e9,
                analyse,
                storeNanos / 1e9,
                loadCpu / 1e9,
                analyseCpu,
                storeCpu / 1e9,
                transactions);
    }

    private static ParkAnalyses await(Future<ParkAnalyses> f) throws StoreException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analyse onderbroken", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
