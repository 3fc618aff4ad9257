package nl.kansenkaart.io.store;

import java.nio.file.Path;

/** A project file that cannot be created, opened, read or written, with a Dutch message naming the file. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** A problem with the given project file; the message says the reason in Dutch. */
    public StoreException(Path file, String reason) {
        super("Projectbestand " + file + ": " + reason);
        this.file = file;
    }

    /** A problem with the given project file, caused by a lower-level error. */
    public StoreException(Path file, String reason, Throwable cause) {
        super("Projectbestand " + file + ": " + reason, cause);
        this.file = file;
    }

    /** The project file the problem is about. */
    public Path file() {
        return file;
    }
}
