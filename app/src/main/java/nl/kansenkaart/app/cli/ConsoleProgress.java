package nl.kansenkaart.app.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import nl.kansenkaart.core.progress.Progress;

/**
 * Progress on stderr: "panden lezen: 12.345 / 30.000 (41 %)", rewritten in place a few times per second on
 * a terminal. Work that takes less than a second prints nothing; when stderr is not a terminal
 * (a log file, CI) only a final line per stage appears, so logs stay short.
 */
public final class ConsoleProgress implements Progress, AutoCloseable {
    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final long REPAINT_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoClock;

    private String stage;
    private long stageStart;
    private long stageLastReport;
    private long done;
    private long total;
    private long lastPaint;
    private boolean painted;
    private int paintedLength;

    /** Progress for stderr; whether it is a terminal is guessed from {@link System#console()}. */
    public static ConsoleProgress onStderr(PrintWriter err) {
        return new ConsoleProgress(err, System.console() != null, System::nanoTime);
    }

    /**
     * @param err where to print
     * @param terminal whether lines may be rewritten in place with a carriage return
     * @param nanoClock the clock in nanoseconds (tests pass a fake one)
     */
    public ConsoleProgress(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized void report(long done, long total, String message) {
        long now = nanoClock.getAsLong();
        if (!message.equals(stage)) {
            finishStage();
            stage = message;
            stageStart = now;
            painted = false;
            lastPaint = now;
        }
        this.done = done;
        this.total = total;
        stageLastReport = now;
        if (terminal && now - stageStart >= SECOND_NANOS && now - lastPaint >= REPAINT_NANOS) {
            err.print('\r' + padded(line()));
            err.flush();
            lastPaint = now;
            painted = true;
        }
    }

    @Override
    public boolean isCancelled() {
        // The command line stops with Ctrl-C; the store's transaction makes that safe.
        return false;
    }

    /** Prints the final line of the current stage, when it lasted long enough to be worth one. */
    @Override
    public synchronized void close() {
        finishStage();
        stage = null;
    }

    /**
     * Ends the current stage with a final line when it took a second or more. Its length runs to
     * its last report, not to now: work that reports nothing may follow a quick stage.
     */
    private void finishStage() {
        if (stage == null || (!painted && stageLastReport - stageStart < SECOND_NANOS)) {
            return;
        }
        err.println(terminal ? "\r" + padded(line()) : line());
        err.flush();
        paintedLength = 0;
    }

    /** The line, padded so that it covers a longer line painted before it. */
    private String padded(String line) {
        String result = line.length() < paintedLength ? line + " ".repeat(paintedLength - line.length()) : line;
        paintedLength = line.length();
        return result;
    }

    private String line() {
        String text = stage + ": " + Msg.count(done);
        if (total < 0) {
            return text;
        }
        // Floored, so 100 % means done: an estimated total (a large GeoJSON) never shows it early.
        String percent = total > 0 ? " (" + Math.min(100, done * 100 / total) + " %)" : "";
        return text + " / " + Msg.count(total) + percent;
    }
}
