package nl.kansenkaart.app.cli;

/** The exit codes of the command line, as the README and scripts rely on them. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** A bug or an unexpected failure: the stack trace is in the log. */
    public static final int INTERNAL = 1;
    /** The command line itself is wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** The input data is wrong: a missing, broken or unreadable file. */
    public static final int BAD_INPUT = 3;

    private ExitCodes() {}
}
