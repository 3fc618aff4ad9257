package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.imports.ImportArea;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's "Bedrijventerrein" choice: an import limited to one park, like {@code import --park}. */
class ImportWizardParkTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path ibis;
    private Path bag;

    @BeforeEach
    void extract_the_sample_park() throws Exception {
        Path extracted = SampleData.extractTo(dir.resolve("bronnen"));
        ibis = extracted.resolve(SampleData.IBIS_FILE);
        bag = extracted.resolve(SampleData.BAG_FILE);
    }

    @Test
    void a_park_already_in_the_project_limits_the_next_import_and_the_report_and_provenance_say_so() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportWizardViewModel first = wizard(store);
            first.addFiles(List.of(ibis));
            first.importAll();

            ImportWizardViewModel wizard = wizard(store);
            wizard.refreshParks();
            String id = SampleData.parkId();
            assertThat(wizard.parkChoices()).isNotEmpty().allSatisfy(p -> assertThat(p.inProject())
                    .isTrue());
            ImportWizardViewModel.ParkChoice park = wizard.parkChoices().stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            wizard.choosePark(park);
            assertThat(wizard.areaProperty().get()).isEqualTo(new ImportArea.Park(id));
            assertThat(wizard.areaTextProperty().get()).contains(park.name());

            wizard.addFiles(List.of(bag));
            wizard.importAll();

            assertThat(wizard.reportProperty().get())
                    .doesNotContain("mislukt")
                    .contains("alleen objecten binnen 250 m van de omhullende van " + park.name());
            assertThat(store.sources())
                    .filteredOn(p -> p.kind() == SourceKind.BUILDINGS)
                    .singleElement()
                    .satisfies(p -> assertThat(p.notes()).contains("beperkt tot bedrijventerrein " + id + " (+250 m)"));
        }
    }

    @Test
    void a_park_from_an_ibis_file_in_the_same_run_is_imported_first_and_limits_the_other_files() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportWizardViewModel wizard = wizard(store);
            wizard.refreshParks();
            assertThat(wizard.parkChoices()).isEmpty();

            // Chosen BAG first: the wizard still imports the parks first.
            wizard.addFiles(List.of(bag, ibis));
            ImportWizardViewModel.ParkChoice park = wizard.parkChoices().stream()
                    .filter(p -> p.id().equals(SampleData.parkId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(park.inProject()).isFalse();
            assertThat(park.toString()).contains("uit bestand");
            wizard.choosePark(park);

            wizard.importAll();

            assertThat(wizard.reportProperty().get()).doesNotContain("mislukt");
            assertThat(store.park(park.id())).isPresent();
            assertThat(store.sources())
                    .filteredOn(p -> p.kind() == SourceKind.PARKS)
                    .singleElement()
                    .satisfies(p -> assertThat(p.notes()).noneMatch(n -> n.startsWith("beperkt tot")));
            assertThat(store.sources())
                    .filteredOn(p -> p.kind() == SourceKind.BUILDINGS)
                    .singleElement()
                    .satisfies(p ->
                            assertThat(p.notes()).contains("beperkt tot bedrijventerrein " + park.id() + " (+250 m)"));
            // After the import the park is the project's.
            assertThat(wizard.parkChoices()).hasSize(2).allSatisfy(p -> assertThat(p.inProject())
                    .isTrue());
        }
    }

    @Test
    void every_park_of_a_real_ibis_file_is_offered_by_rin_number_and_name() throws Exception {
        Path data = sharedData();
        Path rijssen = data.resolve("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten.json");
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportWizardViewModel wizard = wizard(store);
            wizard.addFiles(List.of(rijssen));

            assertThat(wizard.parkChoices()).hasSizeGreaterThan(1).allSatisfy(p -> {
                assertThat(p.id()).isNotBlank();
                assertThat(p.name()).isNotBlank();
                assertThat(p.inProject()).isFalse();
            });
            assertThat(wizard.parkChoices())
                    .extracting(ImportWizardViewModel.ParkChoice::id)
                    .doesNotHaveDuplicates();

            // What the wizard offers is what the import then holds.
            wizard.importAll();
            assertThat(store.parks())
                    .extracting(nl.kansenkaart.core.model.Park::id)
                    .containsExactlyInAnyOrderElementsOf(wizard.parkChoices().stream()
                            .map(ImportWizardViewModel.ParkChoice::id)
                            .toList());
            wizard.clear();
            assertThat(wizard.parkChoices())
                    .allSatisfy(p -> assertThat(p.inProject()).isTrue());
        }
    }

    private ImportWizardViewModel wizard(ProjectStore store) {
        return new ImportWizardViewModel(new SynchronousTaskExecutor(), dialogs, () -> Optional.of(store), () -> {});
    }

    private static Path sharedData() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.getParent() == null ? null : d.getParent().resolve("shared/data");
            if (candidate != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "../shared/data ontbreekt");
        return Path.of("");
    }
}
