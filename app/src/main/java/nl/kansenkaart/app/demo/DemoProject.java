package nl.kansenkaart.app.demo;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.AssumptionsException;
import nl.kansenkaart.app.engine.ParkAnalyses;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.app.engine.ParkExport;
import nl.kansenkaart.app.report.ReportException;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.imports.ImportException;
import nl.kansenkaart.io.imports.ImportReport;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;
import nl.kansenkaart.samples.SampleData;
import nl.kansenkaart.samples.SampleFile;

/**
 * Makes the sample project of "Bedrijventerrein De Vaart": extracts the sample files into
 * {@code DIR/bronnen} and imports each through the real {@link Importer}, in the samples' order,
 * into {@code DIR/project.gpkg}, then runs every analysis on each park (results stored in the
 * project) and, for the full demo, writes each park's workbook and maps into {@code DIR}.
 */
public final class DemoProject {
    /** The project file's name inside the demo directory. */
    public static final String PROJECT_FILE = "project.gpkg";
    /** The directory, inside the demo directory, that receives the sample source files. */
    public static final String SOURCES_DIR = "bronnen";

    /**
     * What the demo made.
     *
     * @param projectFile the project file
     * @param imports the import report of each sample file, in import order
     * @param analysesRun the names of the analyses that ran on every park
     * @param parks the analyses of each park, in park order
     * @param exportsWritten the workbook and map files written, in writing order
     * @param elapsed the wall time of the whole demo
     */
    public record Result(
            Path projectFile,
            List<ImportReport> imports,
            List<String> analysesRun,
            List<ParkAnalyses> parks,
            List<Path> exportsWritten,
            Duration elapsed) {
        public Result {
            imports = List.copyOf(imports);
            analysesRun = List.copyOf(analysesRun);
            parks = List.copyOf(parks);
            exportsWritten = List.copyOf(exportsWritten);
        }
    }

    private static final Importer IMPORTER = new Importer();

    private DemoProject() {}

    /**
     * Creates the sample project in the directory.
     *
     * @param dir the demo directory; created when missing
     * @param replace whether an existing {@code project.gpkg} there may be replaced
     * @throws FileAlreadyExistsException when the project exists and {@code replace} is false
     */
    public static Result create(Path dir, boolean replace, Progress progress)
            throws IOException, ImportException, StoreException, ReportException, AssumptionsException {
        return create(dir, replace, true, LocalDate.now(), progress);
    }

    /**
     * Creates the sample project, analyses it and, when asked, exports it.
     *
     * @param export whether to write the workbook and maps of each park into the directory
     * @param date the day of the analysis (label reference date) and of the export
     */
    public static Result create(Path dir, boolean replace, boolean export, LocalDate date, Progress progress)
            throws IOException, ImportException, StoreException, ReportException, AssumptionsException {
        long start = System.nanoTime();
        Path project = dir.resolve(PROJECT_FILE);
        if (Files.exists(project)) {
            if (!replace) {
                throw new FileAlreadyExistsException(project.toString());
            }
            deleteProjectFile(project);
        }
        Path sources = SampleData.extractTo(dir.resolve(SOURCES_DIR));
        List<ImportReport> reports = new ArrayList<>();
        List<ParkAnalyses> analyses = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        boolean done = false;
        try (ProjectStore store = ProjectStore.create(project)) {
            for (SampleFile file : SampleData.files()) {
                reports.add(IMPORTER.importFile(
                        store, sources.resolve(file.fileName()), Optional.empty(), Optional.empty(), progress));
            }
            AnalysisAssumptions assumptions = AnalysisAssumptions.defaults(date);
            analyses.addAll(ParkEngine.analyseAndStore(
                    store, store.parks().stream().map(Park::id).toList(), assumptions, Instant.now(), progress));
            done = true;
            if (export) {
                for (Park park : store.parks()) {
                    written.addAll(ParkExport.export(store, park.id(), dir, date, ZoneId.systemDefault(), progress)
                            .files());
                }
            }
        } finally {
            if (!done) {
                // A half-imported sample project would look real; better none at all.
                deleteProjectFile(project);
            }
        }
        return new Result(
                project,
                reports,
                analyses.isEmpty() ? List.of() : AnalysisAssumptions.ANALYSES,
                analyses,
                written,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The sample project the workbench opens without arguments, {@code ~/.kansenkaart/voorbeeld/project.gpkg},
     * made (imported and analysed, no export files) first when it is missing.
     */
    public static Path ensureSampleProject(Path home, Progress progress)
            throws IOException, ImportException, StoreException, ReportException, AssumptionsException {
        Path dir = home.resolve(".kansenkaart").resolve("voorbeeld");
        Path project = dir.resolve(PROJECT_FILE);
        if (!Files.isRegularFile(project)) {
            create(dir, false, false, LocalDate.now(), progress);
        }
        return project;
    }

    /** Removes a project file with the journal files SQLite may have left beside it. */
    public static void deleteProjectFile(Path project) throws IOException {
        Files.deleteIfExists(project);
        for (String suffix : List.of("-journal", "-wal", "-shm")) {
            Files.deleteIfExists(project.resolveSibling(project.getFileName() + suffix));
        }
    }
}
