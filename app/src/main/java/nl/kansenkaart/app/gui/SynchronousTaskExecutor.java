package nl.kansenkaart.app.gui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import nl.kansenkaart.core.progress.Progress;

/** Runs work at once on the calling thread: for view-model tests and the command line. */
public final class SynchronousTaskExecutor implements TaskExecutor {

    @Override
    public <T> Cancellable execute(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Cancellable handle = new Cancellable() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void report(long done, long total, String message) {}

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            });
        } catch (Progress.CancelledException e) {
            return handle;
        } catch (Exception e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }
}
