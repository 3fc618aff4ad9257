package nl.kansenkaart.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
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
    void the_sample_project_on_first_use_holds_the_analysis_results_but_no_export_files() throws Exception {
        Path project = DemoProject.ensureSampleProject(home, Progress.NONE);

        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(store.layerCounts())
                    .extracting(c -> c.layerName())
                    .contains("zon_op_dak", "label_c", "verplichtingen", "aannames");
        }
        try (var files = Files.list(project.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".xlsx"));
        }
    }

    @Test
    void the_result_lists_every_analysis_and_the_workbook_and_maps_it_wrote() throws Exception {
        Path dir = home.resolve("demo");

        DemoProject.Result result = DemoProject.create(dir, false, true, LocalDate.of(2025, 6, 30), Progress.NONE);

        assertThat(result.imports()).hasSize(SampleData.files().size());
        assertThat(result.analysesRun()).containsExactlyElementsOf(AnalysisAssumptions.ANALYSES);
        assertThat(result.parks()).extracting(p -> p.snapshot().park().id()).contains(SampleData.parkId());
        assertThat(result.exportsWritten())
                .contains(dir.resolve("Kansenkaart De Vaart 2025-06-30.xlsx"))
                .contains(dir.resolve("kaarten/De Vaart - Huidige situatie - A3.png"))
                .allSatisfy(f -> assertThat(f).isRegularFile());
        assertThatThrownBy(() -> DemoProject.create(dir, false, Progress.NONE))
                .isInstanceOf(FileAlreadyExistsException.class);
    }
}
