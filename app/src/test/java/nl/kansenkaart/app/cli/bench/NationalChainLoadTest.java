package nl.kansenkaart.app.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.geopackage.GeoPackageWriter;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker's load that meets the writer's exclusive lock for longer than SQLite's busy timeout (a
 * commit on a machine whose cores are all taken) is tried again instead of failing the national run.
 */
class NationalChainLoadTest {
    @TempDir
    Path dir;

    @Test
    void a_load_that_meets_a_long_exclusive_lock_is_tried_again_until_the_lock_is_gone() throws Exception {
        Path file = dir.resolve("nationaal.gpkg");
        NationalBench.run(1, 30, Optional.of(file), true, Progress.NONE);
        try (ProjectStore reader = ProjectStore.open(file);
                Connection writer = GeoPackageWriter.openExisting(file);
                Statement lock = writer.createStatement()) {
            String park = reader.parks().get(0).id();
            // The lock a commit holds while it writes its pages: no reader gets in.
            lock.execute("BEGIN EXCLUSIVE");

            // One plain load gives up after the busy timeout, with SQLite's "database is locked".
            assertThatThrownBy(() -> reader.load(park))
                    .isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(NationalChain.busy(e)).isTrue());

            // The chain's load waits through it: the "commit" ends after more than one busy timeout.
            CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(GeoPackageWriter.BUSY_TIMEOUT_MS + 1_500);
                    lock.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            ParkSnapshot loaded = NationalChain.load(reader, park);
            commit.join();
            assertThat(loaded.park().id()).isEqualTo(park);
            assertThat(loaded.buildings()).isNotEmpty();
        }
    }

    @Test
    void other_load_failures_are_not_retried_and_not_taken_for_a_lock() throws Exception {
        Path file = dir.resolve("nationaal.gpkg");
        NationalBench.run(1, 30, Optional.of(file), true, Progress.NONE);
        try (ProjectStore reader = ProjectStore.open(file)) {
            assertThatThrownBy(() -> NationalChain.load(reader, "GEEN-TERREIN"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("GEEN-TERREIN")
                    .satisfies(e -> assertThat(NationalChain.busy(e)).isFalse());
        }
    }
}
