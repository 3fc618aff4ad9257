package nl.kansenkaart.app.cli;

import nl.kansenkaart.io.imports.ImportException;
import nl.kansenkaart.io.store.StoreException;

/** Which exceptions mean "the input data is wrong" (exit 3) rather than a bug (exit 1). */
final class BadInputs {
    private BadInputs() {}

    static boolean isBadInput(Throwable ex) {
        return ex instanceof BadInputException
                || ex instanceof nl.kansenkaart.app.engine.AssumptionsException
                || ex instanceof StoreException
                || ex instanceof ImportException;
    }
}
