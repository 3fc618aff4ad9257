package nl.kansenkaart.app.report;

import java.nio.file.Path;

/** A report could not be written; the message is Dutch and names the file and the reason. */
public final class ReportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Path file;

    public ReportException(Path file, String reason, Throwable cause) {
        super("kan " + file + " niet schrijven: " + reason, cause);
        this.file = file;
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }
}
