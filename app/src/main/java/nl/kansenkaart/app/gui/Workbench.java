package nl.kansenkaart.app.gui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/** Starts the workbench window from a plain main class (the command line's {@code gui}). */
public final class Workbench {
    private static volatile Optional<Path> initialProject = Optional.empty();

    private Workbench() {}

    /**
     * Opens the workbench and blocks until its window closes.
     *
     * @param projectFile a project (.gpkg) to open at once; empty shows the "open project" prompt
     */
    public static void launch(Optional<Path> projectFile) {
        initialProject = projectFile;
        Application.launch(WorkbenchApplication.class);
    }

    static Optional<Path> initialProject() {
        return initialProject;
    }
}
