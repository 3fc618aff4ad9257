package nl.kansenkaart.app.demo;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * into {@code DIR/project.gpkg}. Analyses and exports join here as they are built; until then the
 * result says that none ran.
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
     * @param analysesRun the names of the analyses that ran (none are built yet)
     * @param exportsWritten the export files written (none are built yet)
     * @param elapsed the wall time of the whole demo
     */
    public record Result(
            Path projectFile,
            List<ImportReport> imports,
            List<String> analysesRun,
            List<Path> exportsWritten,
            Duration elapsed) {
        public Result {
            imports = List.copyOf(imports);
            analysesRun = List.copyOf(analysesRun);
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
            throws IOException, ImportException, StoreException {
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
        boolean done = false;
        try (ProjectStore store = ProjectStore.create(project)) {
            for (SampleFile file : SampleData.files()) {
                reports.add(IMPORTER.importFile(
                        store, sources.resolve(file.fileName()), Optional.empty(), Optional.empty(), progress));
            }
            done = true;
        } finally {
            if (!done) {
                // A half-imported sample project would look real; better none at all.
                deleteProjectFile(project);
            }
        }
        return new Result(project, reports, List.of(), List.of(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The sample project the workbench opens without arguments, {@code ~/.kansenkaart/voorbeeld/project.gpkg},
     * made first when it is missing.
     */
    public static Path ensureSampleProject(Path home, Progress progress)
            throws IOException, ImportException, StoreException {
        Path dir = home.resolve(".kansenkaart").resolve("voorbeeld");
        Path project = dir.resolve(PROJECT_FILE);
        if (!Files.isRegularFile(project)) {
            create(dir, false, progress);
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
