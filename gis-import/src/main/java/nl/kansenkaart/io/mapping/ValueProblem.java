package nl.kansenkaart.io.mapping;

/**
 * A value in one feature that cannot be mapped: the feature is skipped and counted under {@link
 * #reason()}, a short Dutch phrase that groups like problems ("onbekende status").
 */
public final class ValueProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * @param reason the short Dutch reason the skip is counted under
     * @param detail the value or context, for the message of this one feature
     */
    public ValueProblem(String reason, String detail) {
        super(detail.isBlank() ? reason : reason + ": " + detail);
        this.reason = reason;
    }

    /** A problem without further detail. */
    public ValueProblem(String reason) {
        this(reason, "");
    }

    /** The short Dutch reason, the key under which skips are counted. */
    public String reason() {
        return reason;
    }
}
