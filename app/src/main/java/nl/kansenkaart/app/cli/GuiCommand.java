package nl.kansenkaart.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.kansenkaart.app.gui.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kansenkaart gui [P.gpkg]}: opens the workbench, on the given project when there is one. */
@Command(name = "gui")
final class GuiCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "P.gpkg", descriptionKey = "option.gui.project")
    Optional<Path> project;

    @Override
    public Integer call() throws Exception {
        if (project.isPresent()) {
            ProjectChecks.openForReading(project.get(), Optional.empty());
        }
        java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl")
                .setLevel(java.util.logging.Level.SEVERE);
        Workbench.launch(project);
        return ExitCodes.OK;
    }
}
