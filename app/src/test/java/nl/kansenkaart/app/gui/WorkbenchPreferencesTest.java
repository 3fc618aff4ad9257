package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchPreferencesTest {
    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("kansenkaart-test-" + UUID.randomUUID());
    private final WorkbenchPreferences prefs = new WorkbenchPreferences(node);

    @AfterEach
    void remove_the_test_node() throws Exception {
        node.removeNode();
    }

    @Test
    void the_last_opened_project_comes_first_and_each_project_once() throws Exception {
        Path a = Files.writeString(dir.resolve("a.gpkg"), "x");
        Path b = Files.writeString(dir.resolve("b.gpkg"), "x");
        prefs.projectOpened(a);
        prefs.projectOpened(b);
        prefs.projectOpened(a);
        assertThat(prefs.recentProjects()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
    }

    @Test
    void a_project_file_that_is_gone_is_not_listed() throws Exception {
        Path a = Files.writeString(dir.resolve("weg.gpkg"), "x");
        prefs.projectOpened(a);
        Files.delete(a);
        assertThat(prefs.recentProjects()).isEmpty();
    }

    @Test
    void the_list_keeps_the_newest_eight() throws Exception {
        for (int i = 0; i < 10; i++) {
            prefs.projectOpened(Files.writeString(dir.resolve("p" + i + ".gpkg"), "x"));
        }
        assertThat(prefs.recentProjects())
                .hasSize(WorkbenchPreferences.MAX_RECENT)
                .first()
                .isEqualTo(dir.resolve("p9.gpkg").toAbsolutePath());
    }

    @Test
    void the_window_state_comes_back_as_saved() {
        assertThat(prefs.windowState()).isEmpty();
        prefs.saveWindowState(new WorkbenchPreferences.WindowState(10, 20, 1400, 900, true));
        assertThat(new WorkbenchPreferences(node).windowState())
                .contains(new WorkbenchPreferences.WindowState(10, 20, 1400, 900, true));
        assertThatThrownBy(() -> new WorkbenchPreferences.WindowState(0, 0, 0, 900, false))
                .hasMessageContaining("ongeldige venstergrootte");
    }

    @Test
    void opening_a_project_in_the_workbench_puts_it_in_the_recent_list() throws Exception {
        Path file = TestProjects.write(dir.resolve("wieken.gpkg"), nl.kansenkaart.app.map.TestParks.small());
        WorkbenchViewModel vm = new WorkbenchViewModel(
                new SynchronousTaskExecutor(), new SynchronousTaskExecutor(), new RecordingDialogs());
        vm.usePreferences(prefs);
        vm.openProject(file);
        assertThat(vm.recentProjects()).containsExactly(file.toAbsolutePath());
        vm.close();
    }
}
