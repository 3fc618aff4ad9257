package nl.kansenkaart.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the files a command is given, before any work starts, with Dutch messages. */
final class ProjectFiles {
    private ProjectFiles() {}

    /** The project file, which must exist. */
    static Path existingProject(Path project) throws BadInputException {
        if (!Files.exists(project)) {
            throw new BadInputException(Msg.get("project.missing", project));
        }
        if (!Files.isRegularFile(project)) {
            throw new BadInputException(Msg.get("project.notAFile", project));
        }
        return project;
    }

    /** An input file, which must exist and be readable. */
    static Path existingInput(Path file) throws BadInputException {
        if (!Files.exists(file)) {
            throw new BadInputException(Msg.get("input.missing", file));
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(Msg.get("input.unreadable", file));
        }
        return file;
    }

    /** Removes a project file with the journal files SQLite may have left beside it. */
    static void deleteProject(Path project) throws java.io.IOException {
        Files.deleteIfExists(project);
        for (String suffix : java.util.List.of("-journal", "-wal", "-shm")) {
            Files.deleteIfExists(project.resolveSibling(project.getFileName() + suffix));
        }
    }
}
