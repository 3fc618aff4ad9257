package nl.kansenkaart.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.imports.ImportArea;
import nl.kansenkaart.io.imports.ImportException;
import nl.kansenkaart.io.imports.ImportReport;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kansenkaart import}: imports source files into a project, each in its own transaction.
 * A project that did not exist is created, and removed again when its first import fails, so a
 * failed import never leaves a new file behind; an existing project stays byte for byte unchanged.
 */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "P.gpkg", descriptionKey = "option.project.import")
    Path project;

    @Option(
            names = "--as",
            paramLabel = "SOORT",
            descriptionKey = "option.as",
            converter = SourceKindConverter.class,
            completionCandidates = SourceKindConverter.Candidates.class)
    Optional<SourceKind> as;

    @Option(names = "--park", paramLabel = "ID", descriptionKey = "option.park.import")
    Optional<String> parkId;

    @Option(names = "--area", paramLabel = "GEBIED", descriptionKey = "option.area.import")
    Optional<Path> areaFile;

    @Parameters(arity = "1..*", paramLabel = "BESTAND", descriptionKey = "option.files")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        if (parkId.isPresent() && areaFile.isPresent()) {
            throw new ParameterException(spec.commandLine(), Msg.get("import.parkOrArea"));
        }
        // Every file is checked before the project is touched: a typo must not create a project.
        for (Path f : files) {
            ProjectFiles.existingInput(f);
        }
        if (areaFile.isPresent()) {
            ProjectFiles.existingInput(areaFile.get());
        }
        ImportArea within = parkId.<ImportArea>map(ImportArea.Park::new)
                .or(() -> areaFile.map(ImportArea.AreaFile::new))
                .orElse(new ImportArea.Everything());
        boolean existed = Files.exists(project);
        if (existed) {
            ProjectFiles.existingProject(project);
        }
        PrintWriter out = spec.commandLine().getOut();
        Importer importer = new Importer();
        int imported = 0;
        try (ConsoleProgress progress =
                ConsoleProgress.onStderr(spec.commandLine().getErr())) {
            ProjectStore store = ProjectStore.openOrCreate(project);
            try {
                for (Path f : files) {
                    ImportReport report = importer.importFile(store, f, as, within, progress);
                    progress.close();
                    out.println(report.toDutchText().stripTrailing());
                    out.flush();
                    imported++;
                }
            } finally {
                try {
                    store.close();
                } finally {
                    if (!existed && imported == 0) {
                        ProjectFiles.deleteProject(project);
                    }
                }
            }
        } catch (ImportException | StoreException e) {
            if (imported > 0) {
                spec.commandLine().getErr().println(Msg.get("import.partly", imported, files.size(), project));
            }
            throw e;
        }
        return ExitCodes.OK;
    }
}
