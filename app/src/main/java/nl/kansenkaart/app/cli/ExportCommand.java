package nl.kansenkaart.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kansenkaart export}: writes the Excel sheets and maps of one park. The report writers are
 * not built yet, so after checking its options it says so and exits 1 without writing anything.
 */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "P.gpkg", descriptionKey = "option.project")
    Path project;

    @Option(names = "--park", required = true, paramLabel = "ID", descriptionKey = "option.park.required")
    String parkId;

    @Option(names = "--out", required = true, paramLabel = "MAP", descriptionKey = "option.export.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        ProjectChecks.openForReading(project, Optional.of(parkId));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(Msg.get("output.notADirectory", out));
        }
        spec.commandLine().getErr().println(Msg.get("export.notBuilt"));
        return ExitCodes.INTERNAL;
    }
}
