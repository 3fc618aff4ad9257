package nl.kansenkaart.app.engine;

/** An assumptions file that cannot be used: a Dutch message naming the file, the key and the reason. */
public final class AssumptionsException extends Exception {
    private static final long serialVersionUID = 1L;

    public AssumptionsException(String dutchMessage, Throwable cause) {
        super(dutchMessage, cause);
    }

    public AssumptionsException(String dutchMessage) {
        super(dutchMessage);
    }
}
