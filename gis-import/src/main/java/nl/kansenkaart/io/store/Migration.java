package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step that brings a project file from schema version {@code fromVersion} to {@code fromVersion + 1}.
 * The store runs all needed steps in order inside one transaction when it opens an older file, then
 * writes the new version; a failing step leaves the file as it was.
 *
 * @param fromVersion the version the step starts from
 * @param description what the step changes, in Dutch, for the log and error messages
 * @param step the change itself, on the store's connection (no commit: the store commits)
 */
public record Migration(int fromVersion, String description, Step step) {

    /** The SQL work of a migration step. */
    @FunctionalInterface
    public interface Step {
        /** Changes the tables; must not commit or roll back. */
        void apply(Connection connection) throws SQLException;
    }

    public Migration {
        if (fromVersion < 0) {
            throw new IllegalArgumentException("ongeldige schemaversie " + fromVersion);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("migratie vanaf versie " + fromVersion + " heeft geen omschrijving");
        }
        if (step == null) {
            throw new IllegalArgumentException("migratie vanaf versie " + fromVersion + " heeft geen stap");
        }
    }
}
