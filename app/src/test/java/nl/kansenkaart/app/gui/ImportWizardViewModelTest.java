package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard without a stage: preview the sample files, import them into an empty project. */
class ImportWizardViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchViewModel vm;
    private List<Path> sources;

    @BeforeEach
    void open_an_empty_project() throws Exception {
        Path project = dir.resolve("leeg.gpkg");
        ProjectStore.create(project).close();
        Path extracted = SampleData.extractTo(dir.resolve("bronnen"));
        sources = SampleData.files().stream()
                .map(f -> extracted.resolve(f.fileName()))
                .toList();
        vm = new WorkbenchViewModel(new SynchronousTaskExecutor(), new SynchronousTaskExecutor(), dialogs);
        vm.openProject(project);
        vm.map().resize(800, 600);
    }

    @AfterEach
    void close() {
        vm.close();
    }

    @Test
    void chosen_files_are_previewed_with_their_kind_crs_fields_and_first_rows() {
        dialogs.sourceFiles = sources;
        vm.importWizard().chooseFiles();

        List<ImportWizardViewModel.FilePreview> previews = vm.importWizard().previews();
        assertThat(previews).hasSize(sources.size()).allSatisfy(p -> assertThat(p.error())
                .isEmpty());
        ImportWizardViewModel.LayerPreview ibis = previews.get(0).layers().get(0);
        assertThat(ibis.kind()).isEqualTo("bedrijventerreinen (IBIS)");
        assertThat(ibis.crs()).isNotBlank().isNotEqualTo("niet opgegeven");
        assertThat(ibis.fields()).isNotEmpty();
        assertThat(ibis.rows()).isNotEmpty().allSatisfy(r -> assertThat(r).hasSameSizeAs(ibis.fields()));
        assertThat(previews)
                .flatExtracting(ImportWizardViewModel.FilePreview::layers)
                .extracting(ImportWizardViewModel.LayerPreview::kind)
                .contains("panden (BAG)", "energielabels (EP-Online)", "netcapaciteit", "bedrijven (KvK)");
    }

    @Test
    void files_chosen_in_any_order_are_put_in_import_order() {
        List<Path> reversed = new java.util.ArrayList<>(sources);
        java.util.Collections.reverse(reversed);
        vm.importWizard().addFiles(reversed);

        assertThat(vm.importWizard().previews())
                .extracting(ImportWizardViewModel.FilePreview::file)
                .containsExactlyElementsOf(sources);
    }

    @Test
    void a_file_that_is_no_geodata_gets_a_dutch_reason_and_is_not_imported() throws Exception {
        Path notes = Files.writeString(dir.resolve("notities.docx"), "geen geodata");
        vm.importWizard().addFiles(List.of(notes));

        assertThat(vm.importWizard().previews()).singleElement().satisfies(p -> {
            assertThat(p.error()).isNotBlank();
            assertThat(p.layers()).isEmpty();
        });
        vm.importWizard().importAll();
        assertThat(vm.importWizard().reportProperty().get()).isEqualTo("Geen leesbare bestanden om te importeren.");
    }

    @Test
    void importing_the_sample_files_reports_in_dutch_and_shows_the_park_with_its_analyses() {
        assertThat(vm.parks()).isEmpty();
        vm.importWizard().addFiles(sources);
        vm.importWizard().importAll();

        assertThat(vm.importWizard().runningProperty().get()).isFalse();
        assertThat(vm.importWizard().reportProperty().get())
                .contains(SampleData.IBIS_FILE, SampleData.BAG_FILE, SampleData.KVK_FILE)
                .doesNotContain("mislukt");
        assertThat(vm.parks()).extracting(p -> p.name()).contains(SampleData.parkName());
        assertThat(vm.analysesProperty().get()).isPresent();
        assertThat(vm.solarTable().rowCount()).isPositive();
        assertThat(dialogs.errors).isEmpty();
    }
}
