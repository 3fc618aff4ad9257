package nl.kansenkaart.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;

/** Checks that a project file can be used before a command starts its work. */
final class ProjectChecks {
    private ProjectChecks() {}

    /**
     * Checks that the project exists and opens as a project, and that the park, when given, is in
     * it. Opening runs the store's own checks (a GeoPackage, a known schema version).
     */
    static void openForReading(Path project, Optional<String> parkId) throws BadInputException, StoreException {
        ProjectFiles.existingProject(project);
        try (ProjectStore store = ProjectStore.open(project)) {
            if (parkId.isPresent() && store.park(parkId.get()).isEmpty()) {
                throw new BadInputException(Msg.get("project.noSuchPark", project, parkId.get()));
            }
        }
    }
}
