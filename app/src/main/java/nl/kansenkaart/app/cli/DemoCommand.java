package nl.kansenkaart.app.cli;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kansenkaart.app.demo.DemoProject;
import nl.kansenkaart.app.engine.ParkAnalyses;
import nl.kansenkaart.io.imports.ImportReport;
import nl.kansenkaart.io.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kansenkaart demo --out DIR}: the sample park as a project, through the real import path,
 * every analysis (results in the project), the workbook and maps, then the summary, the files
 * written, the info table and the elapsed time.
 */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "MAP", descriptionKey = "option.demo.out")
    Path out;

    @Option(names = "--force", descriptionKey = "option.demo.force")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(Msg.get("output.notADirectory", out));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DemoProject.Result result;
        try (ConsoleProgress progress = ConsoleProgress.onStderr(err)) {
            result = DemoProject.create(out, force, progress);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(Msg.get("demo.exists", out.resolve(DemoProject.PROJECT_FILE)));
        }
        for (ImportReport report : result.imports()) {
            stdout.println(report.toDutchText().stripTrailing());
        }
        stdout.println();
        for (ParkAnalyses park : result.parks()) {
            AnalyseCommand.printSummary(stdout, park.snapshot().park(), park);
        }
        stdout.println(Msg.get("demo.analyses", String.join(", ", result.analysesRun())));
        stdout.println(Msg.get("demo.exports", result.exportsWritten().size()));
        result.exportsWritten().forEach(f -> stdout.println("  " + f));
        stdout.println(Msg.get("demo.project", result.projectFile()));
        try (ProjectStore store = ProjectStore.open(result.projectFile())) {
            InfoCommand.print(store.layerCounts(), store.sources(), stdout);
        }
        stdout.println(Msg.get("demo.elapsed", Msg.decimal(result.elapsed().toMillis() / 1000.0, 1)));
        return ExitCodes.OK;
    }
}
