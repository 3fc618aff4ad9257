package nl.kansenkaart.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoProjectTest {

    @TempDir
    Path home;

    @Test
    void the_sample_project_is_made_on_first_use_and_reused_afterwards() throws Exception {
        Path project = DemoProject.ensureSampleProject(home, Progress.NONE);

        assertThat(project)
                .isEqualTo(home.resolve(".kansenkaart/voorbeeld/project.gpkg"))
                .isRegularFile();
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(store.park(SampleData.parkId())).isPresent();
        }
        FileTime made = Files.getLastModifiedTime(project);

        Path again = DemoProject.ensureSampleProject(home, Progress.NONE);

        assertThat(again).isEqualTo(project);
        assertThat(Files.getLastModifiedTime(again)).isEqualTo(made);
    }

    @Test
    void the_result_says_that_no_analysis_ran_and_no_export_was_written() throws Exception {
        DemoProject.Result result = DemoProject.create(home.resolve("demo"), false, Progress.NONE);

        assertThat(result.imports()).hasSize(SampleData.files().size());
        assertThat(result.analysesRun()).isEmpty();
        assertThat(result.exportsWritten()).isEmpty();
        assertThatThrownBy(() -> DemoProject.create(home.resolve("demo"), false, Progress.NONE))
                .isInstanceOf(FileAlreadyExistsException.class);
    }
}
