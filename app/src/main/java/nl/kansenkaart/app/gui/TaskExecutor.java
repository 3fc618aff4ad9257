package nl.kansenkaart.app.gui;

import java.util.function.Consumer;
import nl.kansenkaart.core.progress.Progress;

/**
 * Runs work off the UI thread and hands the result back on it. View-models use only this, so tests
 * swap in {@link SynchronousTaskExecutor} and run without threads or a stage.
 */
public interface TaskExecutor {

    /**
     * Starts work in the background.
     *
     * @param title what the work does, in Dutch, for the status bar
     * @param work the work; it reports to and checks the given progress
     * @param onSuccess called on the UI thread with the result
     * @param onFailure called on the UI thread when the work threw (not when it was cancelled)
     * @return a handle to cancel the work
     */
    <T> Cancellable execute(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Work that runs in the background and may report progress. */
    @FunctionalInterface
    interface Work<T> {
        /** Does the work; long loops call {@link Progress#checkCancelled()}. */
        T run(Progress progress) throws Exception;
    }

    /** A handle on started work. */
    interface Cancellable {
        /** Asks the work to stop; its callbacks are then not called. */
        void cancel();

        /** Whether {@link #cancel()} was called. */
        boolean isCancelled();
    }
}
