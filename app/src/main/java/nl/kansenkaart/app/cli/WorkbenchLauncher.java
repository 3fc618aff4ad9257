package nl.kansenkaart.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kansenkaart.app.gui.Workbench;
import org.slf4j.LoggerFactory;

/** Opens the workbench window for {@code kansenkaart} without arguments and for {@code kansenkaart gui}. */
public final class WorkbenchLauncher {
    /**
     * JavaFX warns "Unsupported JavaFX configuration" when loaded from the classpath, which is how
     * the launcher runs it and works fine; the consultant should not read that. Held in a field
     * because java.util.logging keeps loggers only weakly.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private WorkbenchLauncher() {}

    /**
     * Opens the workbench and blocks until its window closes.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#INTERNAL} when no window could open (no display)
     */
    public static int launch(Optional<Path> project, PrintWriter err) {
        JAVAFX.setLevel(Level.SEVERE);
        try {
            Workbench.launch(project);
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            // Typically no display (a server, an SSH session): say so and point to the command line.
            LoggerFactory.getLogger(WorkbenchLauncher.class).error("Werkbank starten mislukt", e);
            err.println(Msg.get("main.guiFailed", String.valueOf(e.getMessage())));
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }
}
