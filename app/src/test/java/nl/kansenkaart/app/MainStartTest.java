package nl.kansenkaart.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import nl.kansenkaart.app.gui.WorkbenchPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./kansenkaart} without arguments: the last project, or the sample park the first time. */
class MainStartTest {
    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("kansenkaart-test-" + UUID.randomUUID());
    private final WorkbenchPreferences prefs = new WorkbenchPreferences(node);

    @AfterEach
    void remove_the_test_node() throws Exception {
        node.removeNode();
    }

    @Test
    void the_first_time_the_sample_project_opens() {
        Path sample = dir.resolve("voorbeeld.gpkg");
        assertThat(Main.projectToOpen(prefs, () -> Optional.of(sample))).contains(sample);
    }

    @Test
    void later_the_last_project_opened_opens_and_the_sample_is_not_made() throws Exception {
        Path older = Files.writeString(dir.resolve("oud.gpkg"), "x");
        Path last = Files.writeString(dir.resolve("laatst.gpkg"), "x");
        prefs.projectOpened(older);
        prefs.projectOpened(last);

        assertThat(Main.projectToOpen(prefs, () -> {
                    throw new AssertionError("the sample project must not be made");
                }))
                .contains(last);
    }

    @Test
    void a_last_project_that_is_gone_falls_back_to_the_sample() throws Exception {
        Path gone = Files.writeString(dir.resolve("weg.gpkg"), "x");
        prefs.projectOpened(gone);
        Files.delete(gone);
        Path sample = dir.resolve("voorbeeld.gpkg");
        assertThat(Main.projectToOpen(prefs, () -> Optional.of(sample))).contains(sample);
    }
}
