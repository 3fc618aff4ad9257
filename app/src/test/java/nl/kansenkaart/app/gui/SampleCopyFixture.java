package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample park imported once per test class, and a fresh copy of it opened in a workbench
 * view-model (no stage, work run synchronously) for every test, closed after it.
 */
abstract class SampleCopyFixture {
    @TempDir
    static Path shared;

    private static Path sample;

    @TempDir
    Path dir;

    /** The copy this test works on. */
    Path project;

    final RecordingDialogs dialogs = new RecordingDialogs();
    WorkbenchViewModel vm;

    @BeforeAll
    static void import_the_sample_park() throws Exception {
        sample = SampleProjects.create(shared);
    }

    @BeforeEach
    void open_a_copy() throws Exception {
        project = SampleProjects.copy(sample, dir);
        vm = open(project);
    }

    @AfterEach
    void close() {
        vm.close();
    }

    /** A workbench with the project opened, on the reference date the tests' figures assume. */
    WorkbenchViewModel open(Path file) {
        WorkbenchViewModel opened = new WorkbenchViewModel(
                new SynchronousTaskExecutor(), new SynchronousTaskExecutor(), dialogs, LocalDate.of(2026, 11, 24));
        opened.openProject(file);
        assertThat(dialogs.errors).isEmpty();
        return opened;
    }
}
