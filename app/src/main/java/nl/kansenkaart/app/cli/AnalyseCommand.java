package nl.kansenkaart.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kansenkaart analyse}: runs the analyses on a project. The analysis engine is not built
 * yet, so after checking its options it says so and exits 1; it never pretends to have analysed.
 */
@Command(name = "analyse")
final class AnalyseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "P.gpkg", descriptionKey = "option.project")
    Path project;

    @Option(names = "--park", paramLabel = "ID", descriptionKey = "option.park.optional")
    Optional<String> parkId;

    @Option(names = "--assumptions", paramLabel = "BESTAND", descriptionKey = "option.assumptions")
    Optional<Path> assumptions;

    @Override
    public Integer call() throws Exception {
        ProjectChecks.openForReading(project, parkId);
        if (assumptions.isPresent()) {
            ProjectFiles.existingInput(assumptions.get());
        }
        spec.commandLine().getErr().println(Msg.get("analyse.notBuilt"));
        return ExitCodes.INTERNAL;
    }
}
