package nl.kansenkaart.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import nl.kansenkaart.app.cli.Cli;
import nl.kansenkaart.app.cli.ConsoleProgress;
import nl.kansenkaart.app.cli.Logging;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.app.cli.WorkbenchLauncher;
import nl.kansenkaart.app.demo.DemoProject;
import nl.kansenkaart.app.gui.WorkbenchPreferences;
import org.slf4j.LoggerFactory;

/**
 * The program's entry point. A plain class, not a JavaFX Application, so JavaFX loads from the
 * classpath (TOOLCHAIN.md): with arguments it runs the command line; without, it opens the
 * workbench on the last project opened, or the first time on the sample park, making the sample
 * project first when it is missing.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Logging.toLogFile();
        if (args.length > 0) {
            System.exit(Cli.run(args));
        }
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(
                WorkbenchLauncher.launch(projectToOpen(WorkbenchPreferences.user(), () -> sampleProject(err)), err));
    }

    /** The last project opened when it is still there, else the sample project (made on first use). */
    static Optional<Path> projectToOpen(WorkbenchPreferences prefs, Supplier<Optional<Path>> sample) {
        Optional<Path> last = prefs.recentProjects().stream().findFirst();
        return last.isPresent() ? last : sample.get();
    }

    /** The sample project, made on first use; empty (the workbench opens without it) when that fails. */
    private static Optional<Path> sampleProject(PrintWriter err) {
        try (ConsoleProgress progress = ConsoleProgress.onStderr(err)) {
            return Optional.of(DemoProject.ensureSampleProject(Path.of(System.getProperty("user.home")), progress));
        } catch (Exception e) {
            LoggerFactory.getLogger(Main.class).error("Voorbeeldproject maken mislukt", e);
            err.println(Msg.get("main.sampleFailed", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }
}
