package nl.kansenkaart.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import nl.kansenkaart.app.cli.Cli;
import nl.kansenkaart.app.cli.ConsoleProgress;
import nl.kansenkaart.app.cli.Logging;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.app.demo.DemoProject;
import nl.kansenkaart.app.gui.Workbench;

/**
 * The program's entry point. A plain class, not a JavaFX Application, so JavaFX loads from the
 * classpath (TOOLCHAIN.md): with arguments it runs the command line; without, it opens the
 * workbench on the sample park, making the sample project first when it is missing.
 */
public final class Main {
    /**
     * JavaFX warns "Unsupported JavaFX configuration" when loaded from the classpath, which is how
     * the launcher runs it and works fine; the consultant should not read that. Held here because
     * java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger JAVAFX_STARTUP =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private Main() {}

    public static void main(String[] args) {
        Logging.toLogFile();
        if (args.length > 0) {
            System.exit(Cli.run(args));
        }
        Optional<Path> sample = sampleProject();
        JAVAFX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        try {
            Workbench.launch(sample);
        } catch (RuntimeException e) {
            // Typically no display (a server, an SSH session): say so and point to the command line.
            org.slf4j.LoggerFactory.getLogger(Main.class).error("Werkbank starten mislukt", e);
            System.err.println(Msg.get("main.guiFailed", String.valueOf(e.getMessage())));
            System.exit(1);
        }
        System.exit(0);
    }

    /** The sample project, made on first use; empty (the workbench opens without it) when that fails. */
    private static Optional<Path> sampleProject() {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try (ConsoleProgress progress = ConsoleProgress.onStderr(err)) {
            return Optional.of(DemoProject.ensureSampleProject(Path.of(System.getProperty("user.home")), progress));
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(Main.class).error("Voorbeeldproject maken mislukt", e);
            err.println(Msg.get("main.sampleFailed", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }
}
