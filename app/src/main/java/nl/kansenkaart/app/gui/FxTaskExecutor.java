package nl.kansenkaart.app.gui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import nl.kansenkaart.core.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on daemon background threads and calls back on the FX thread. The latest reported
 * progress and message, and the number of running tasks, are properties for the status bar.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService threads;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    /** An executor with the given number of threads (named "kansenkaart-werk-N"). */
    public FxTaskExecutor(int threadCount) {
        AtomicInteger seq = new AtomicInteger();
        threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, "kansenkaart-werk-" + seq.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Cancellable execute(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                Task<T> self = this;
                return work.run(new Progress() {
                    @Override
                    public void report(long done, long total, String text) {
                        updateProgress(done, total < 0 ? -1 : total);
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.progressProperty().addListener((o, a, b) -> progress.set(b.doubleValue()));
        task.messageProperty().addListener((o, a, b) -> message.set(b));
        running.set(running.get() + 1);
        task.setOnSucceeded(e -> {
            done();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            done();
            Throwable t = task.getException();
            if (t instanceof Progress.CancelledException) {
                return;
            }
            // Logged once here with its stack trace; the user sees only the Dutch message.
            LOG.warn("{} mislukt", title, t);
            onFailure.accept(t instanceof Exception ex ? ex : new RuntimeException(t));
        });
        task.setOnCancelled(e -> done());
        try {
            threads.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The window is closing: a late redraw or reload has nowhere to run and nobody to show it to.
            done();
            task.cancel(false);
        }
        return new Cancellable() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    private void done() {
        running.set(running.get() - 1);
        if (running.get() == 0) {
            progress.set(0);
            message.set("");
        }
    }

    /** Progress of the latest reporting task, 0..1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the latest reporting task is doing, in Dutch; empty when idle. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How many tasks are running. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Stops the threads; running work is interrupted. */
    @java.lang.Override
    public void close() {
        threads.shutdownNow();
    }
}
