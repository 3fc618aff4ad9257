package nl.kansenkaart.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where stack traces go: a log file under ~/.kansenkaart, so stderr keeps the short Dutch line the
 * consultant reads. Must run before the first logger is created (slf4j-simple reads it once).
 */
public final class Logging {
    static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

    private Logging() {}

    /** Sends slf4j-simple's output to ~/.kansenkaart/kansenkaart.log unless already configured. */
    public static void toLogFile() {
        if (System.getProperty(LOG_FILE_PROPERTY) != null) {
            return;
        }
        Path dir = Path.of(System.getProperty("user.home"), ".kansenkaart");
        try {
            Files.createDirectories(dir);
            System.setProperty(LOG_FILE_PROPERTY, dir.resolve("kansenkaart.log").toString());
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        } catch (java.io.IOException e) {
            // No home directory to write to: the log stays on stderr, which is still correct.
        }
    }

    /** Where the log goes, for the message that points the consultant to it. */
    static String logLocation() {
        String file = System.getProperty(LOG_FILE_PROPERTY);
        return file == null || file.equals("System.err") ? "stderr" : file;
    }
}
