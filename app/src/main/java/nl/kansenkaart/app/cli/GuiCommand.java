package nl.kansenkaart.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kansenkaart gui [P.gpkg]}: opens the workbench, on the given project when there is one. */
@Command(name = "gui")
final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "P.gpkg", descriptionKey = "option.gui.project")
    Optional<Path> project;

    @Override
    public Integer call() throws Exception {
        if (project.isPresent()) {
            ProjectChecks.openForReading(project.get(), Optional.empty());
        }
        return WorkbenchLauncher.launch(project, spec.commandLine().getErr());
    }
}
