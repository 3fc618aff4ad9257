package nl.kansenkaart.io.imports;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An import that could not be done: the file is broken or holds nothing usable. The project is
 * unchanged. The message is Dutch and names the file, the feature where known, and the reason.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final OptionalLong featureNumber;
    private final String reason;

    public ImportException(Path file, OptionalLong featureNumber, String reason, Throwable cause) {
        super(compose(file, featureNumber, reason), cause);
        this.file = file;
        this.featureNumber = featureNumber;
        this.reason = reason;
    }

    public ImportException(Path file, String reason) {
        this(file, OptionalLong.empty(), reason, null);
    }

    private static String compose(Path file, OptionalLong featureNumber, String reason) {
        String name =
                Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
        String where = featureNumber.isPresent() ? ", object " + featureNumber.getAsLong() : "";
        return "import van " + name + " mislukt" + where + ": " + reason;
    }

    /** The file that could not be imported. */
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
