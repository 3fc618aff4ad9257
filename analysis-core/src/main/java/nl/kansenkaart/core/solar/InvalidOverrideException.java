package nl.kansenkaart.core.solar;

/**
 * A consultant's edit the solar analysis cannot read (neither ja nor nee): bad input stored in the
 * project, not a bug, so callers can report it as such. The message is Dutch and names the field,
 * the value and the pand.
 */
public final class InvalidOverrideException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidOverrideException(String message) {
        super(message);
    }
}
