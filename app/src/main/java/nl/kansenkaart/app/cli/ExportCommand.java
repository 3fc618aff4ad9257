package nl.kansenkaart.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.kansenkaart.app.engine.ParkExport;
import nl.kansenkaart.io.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kansenkaart export}: writes the Excel workbook and the maps of one park, computed with the
 * assumptions its last {@code analyse} stored (the defaults when none, and it says so).
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
        Files.createDirectories(out);
        ParkExport.Result result;
        try (ProjectStore store = ProjectStore.open(project);
                ConsoleProgress progress =
                        ConsoleProgress.onStderr(spec.commandLine().getErr())) {
            result = ParkExport.export(store, parkId, out, LocalDate.now(), ZoneId.systemDefault(), progress);
        }
        print(spec.commandLine().getOut(), spec.commandLine().getErr(), result);
        return ExitCodes.OK;
    }

    /** Says which assumptions were used and lists the files (shared with the demo). */
    static void print(PrintWriter out, PrintWriter err, ParkExport.Result result) {
        if (!result.storedAssumptions()) {
            err.println(Msg.get("export.defaults"));
            err.flush();
        }
        out.println(Msg.get(
                "export.assumptions", result.analyses().assumptions().solar().name()));
        out.println(Msg.get("export.files", result.files().size()));
        result.files().forEach(f -> out.println("  " + f));
        out.flush();
    }
}
