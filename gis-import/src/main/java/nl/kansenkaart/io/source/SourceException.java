package nl.kansenkaart.io.source;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A source file that cannot be read as it claims to be. The message is Dutch and names the file,
 * the feature or row where known, and the reason, so the command line can print it as it is.
 */
public class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final OptionalLong featureNumber;
    private final String reason;

    public SourceException(Path file, OptionalLong featureNumber, String reason, Throwable cause) {
        super(compose(file, featureNumber, reason), cause);
        this.file = file;
        this.featureNumber = featureNumber;
        this.reason = reason;
    }

    public SourceException(Path file, String reason) {
        this(file, OptionalLong.empty(), reason, null);
    }

    public SourceException(Path file, long featureNumber, String reason) {
        this(file, OptionalLong.of(featureNumber), reason, null);
    }

    private static String compose(Path file, OptionalLong featureNumber, String reason) {
        String where = featureNumber.isPresent() ? ", object " + featureNumber.getAsLong() : "";
        return fileName(file) + where + ": " + reason;
    }

    private static String fileName(Path file) {
        return Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
    }

    /** The file that failed. */
    public Path file() {
        return file;
    }

    /** The 1-based feature or row number, when the failure is at one feature. */
    public OptionalLong featureNumber() {
        return featureNumber;
    }

    /** The reason alone, in Dutch. */
    public String reason() {
        return reason;
    }
}
