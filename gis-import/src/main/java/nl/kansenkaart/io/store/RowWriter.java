package nl.kansenkaart.io.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import nl.kansenkaart.io.geopackage.RowInserter;

/**
 * The second stage of an import: a thread that writes the rows the import thread has mapped and
 * encoded, so reading and writing use two cores. Rows travel in batches through a bounded queue (a
 * slow disk holds the reader back instead of filling the heap) and are written in the order they
 * were added, on the session's connection and inside its transaction. A write failure is kept and
 * thrown to the import thread at its next call; the rows after it are dropped, as the whole import
 * will be rolled back.
 */
final class RowWriter {
    /** One row for one table: an encoded geometry (null for attribute tables) and the column values. */
    record Row(String table, byte[] geometry, Object[] values, Supplier<String> what) {}

    /** Creates the inserter of a table on first use. */
    @FunctionalInterface
    interface InserterFactory {
        RowInserter create(String table) throws SQLException;
    }

    private static final int ROWS_PER_HANDOFF = 1_000;
    private static final int HANDOFFS_QUEUED = 16;
    private static final List<Row> STOP = List.of();

    private final InserterFactory factory;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(HANDOFFS_QUEUED);
    private final Map<String, RowInserter> inserters = new HashMap<>();
    private final Thread thread;
    private List<Row> batch = new ArrayList<>(ROWS_PER_HANDOFF);
    private volatile Failure failure;
    private volatile boolean discarding;
    private boolean stopped;

    /** A write that failed: what was being written, and why. */
    record Failure(String what, String table, Exception cause) {}

    RowWriter(InserterFactory factory) {
        this.factory = factory;
        this.thread = new Thread(this::run, "kansenkaart-import-schrijver");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a row; throws the failure of an earlier write. */
    void add(Row row) throws WriteFailed {
        batch.add(row);
        if (batch.size() == ROWS_PER_HANDOFF) {
            handOff();
        }
    }

    private void handOff() throws WriteFailed {
        check();
        put(batch);
        batch = new ArrayList<>(ROWS_PER_HANDOFF);
    }

    /** Waits until every row added so far is written; throws the failure of any write. */
    void drain() throws WriteFailed {
        if (stopped) {
            check();
            return;
        }
        if (!batch.isEmpty()) {
            handOff();
        }
        CountDownLatch fence = new CountDownLatch(1);
        put(fence);
        try {
            fence.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("onderbroken tijdens het schrijven van de import", e);
        }
        check();
    }

    /**
     * Writes everything, stops the thread and hands over the inserters (still holding their last,
     * unflushed batch) to the caller, which flushes and closes them on its own thread.
     */
    Map<String, RowInserter> finish() throws WriteFailed {
        drain();
        stop();
        return inserters;
    }

    /** Stops the thread, dropping rows not yet written (the import is being rolled back). */
    Map<String, RowInserter> abandon() {
        discarding = true;
        batch = new ArrayList<>();
        stop();
        return inserters;
    }

    private void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        put(STOP);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("onderbroken tijdens het schrijven van de import", e);
        }
    }

    private void check() throws WriteFailed {
        Failure f = failure;
        if (f != null) {
            throw new WriteFailed(f);
        }
    }

    private void run() {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                return; // only the JVM's shutdown interrupts a daemon thread
            }
            if (item == STOP) {
                return;
            }
            if (item instanceof CountDownLatch fence) {
                fence.countDown();
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Row> rows = (List<Row>) item;
            for (Row row : rows) {
                if (failure != null || discarding) {
                    break;
                }
                write(row);
            }
        }
    }

    private void write(Row row) {
        try {
            RowInserter inserter = inserters.get(row.table());
            if (inserter == null) {
                inserter = factory.create(row.table());
                inserters.put(row.table(), inserter);
            }
            if (row.geometry() != null) {
                inserter.addEncoded(row.geometry(), row.values());
            } else {
                inserter.addRow(row.values());
            }
        } catch (SQLException | RuntimeException e) {
            failure = new Failure(row.what().get(), row.table(), e);
        } catch (Error e) {
            // Out of memory and the like: the thread must live on to drain the queue, or the import
            // thread would wait forever on a full one.
            failure = new Failure(row.what().get(), row.table(), new IllegalStateException(e.toString(), e));
        }
    }

    /** A write on the writer thread failed. */
    static final class WriteFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Failure failure;

        WriteFailed(Failure failure) {
            super(failure.what() + ": " + failure.cause().getMessage(), failure.cause());
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }
}
