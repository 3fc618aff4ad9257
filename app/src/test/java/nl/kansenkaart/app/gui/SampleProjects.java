package nl.kansenkaart.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;

/** Builds a project of the sample park De Vaart the way a consultant does: every sample file through the importer. */
public final class SampleProjects {
    private SampleProjects() {}

    /** A new project file {@code devaart.gpkg} in the directory, with every sample file imported in order. */
    public static Path create(Path dir) throws Exception {
        Path sources = SampleData.extractTo(dir.resolve("bronnen"));
        Path file = dir.resolve("devaart.gpkg");
        Importer importer = new Importer();
        try (ProjectStore store = ProjectStore.create(file)) {
            for (var f : SampleData.files()) {
                importer.importFile(
                        store, sources.resolve(f.fileName()), Optional.empty(), Optional.empty(), Progress.NONE);
            }
        }
        return file;
    }

    /** A copy of a project file, so each test edits its own. */
    public static Path copy(Path project, Path dir) throws Exception {
        return Files.copy(project, dir.resolve("kopie-" + project.getFileName()));
    }
}
