package nl.kansenkaart.io.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Applies the migration steps from a file's version up to the current one, all in one transaction. */
final class SchemaMigrator {
    private final Path file;
    private final Connection connection;
    private final List<Migration> migrations;

    SchemaMigrator(Path file, Connection connection, List<Migration> migrations) {
        this.file = file;
        this.connection = connection;
        this.migrations = List.copyOf(migrations);
    }

    void migrate(int from, int to) throws StoreException {
        // Check the whole path first, so a missing step is reported before anything is touched.
        for (int v = from; v < to; v++) {
            step(v);
        }
        try {
            connection.setAutoCommit(false);
            try {
                for (int v = from; v < to; v++) {
                    step(v).step().apply(connection);
                }
                ProjectStore.writeInfo(connection, "schema_version", String.valueOf(to));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(
                    file,
                    "bijwerken van schemaversie " + from + " naar " + to + " mislukt; het bestand is ongewijzigd ("
                            + e.getMessage() + ")",
                    e);
        }
    }

    private Migration step(int fromVersion) throws StoreException {
        return migrations.stream()
                .filter(m -> m.fromVersion() == fromVersion)
                .findFirst()
                .orElseThrow(() -> new StoreException(
                        file,
                        "heeft schemaversie " + fromVersion + ", waarvoor deze versie van de workbench geen"
                                + " bijwerkstap kent"));
    }
}
