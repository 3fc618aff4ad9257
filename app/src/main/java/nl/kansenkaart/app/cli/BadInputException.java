package nl.kansenkaart.app.cli;

/**
 * Input the command cannot use (a missing file, a project that is not there), with a Dutch message
 * for the consultant; the command line exits with {@link ExitCodes#BAD_INPUT}.
 */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String dutchMessage) {
        super(dutchMessage);
    }
}
