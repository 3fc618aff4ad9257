package nl.kansenkaart.app.cli;

/** Which exceptions mean "the input data is wrong" (exit 3) rather than a bug (exit 1). */
final class BadInputs {
    private BadInputs() {}

    static boolean isBadInput(Throwable ex) {
        return ex instanceof BadInputException;
    }
}
