package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.kansenkaart.app.map.Viewport;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nieuw project, Opslaan als… and zoom to the selection, on the imported sample park without a stage. */
class ProjectViewModelTest extends SampleCopyFixture {
    @BeforeEach
    void the_copy_is_analysed() {
        assertThat(vm.analysesProperty().get()).isPresent();
    }

    @Test
    void a_new_project_is_an_empty_project_file_that_the_wizard_imports_into() throws Exception {
        Path fresh = dir.resolve("nieuw.gpkg");
        dialogs.projectToWrite = Optional.of(fresh);

        vm.project().chooseAndCreate();

        assertThat(dialogs.errors).isEmpty();
        assertThat(fresh).exists();
        assertThat(vm.titleProperty().get()).contains("nieuw.gpkg");
        assertThat(vm.parks()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("nog geen bedrijventerreinen");
        assertThat(vm.project().store()).map(ProjectStore::file).contains(fresh);
        // The original project is closed and unchanged.
        try (ProjectStore original = ProjectStore.open(project)) {
            assertThat(original.parks()).isNotEmpty();
        }
    }

    @Test
    void a_new_project_leaves_nothing_of_the_previous_park_on_map_tables_legend_or_title() throws Exception {
        String pand = vm.analysesProperty()
                .get()
                .orElseThrow()
                .snapshot()
                .buildings()
                .get(0)
                .id();
        vm.map().resize(800, 600);
        vm.selection().select(pand, Optional.empty(), SelectionModel.Origin.MAP);
        vm.layers().choiceProperty().set(MapChoice.OPPORTUNITIES);
        assertThat(vm.map().frameProperty().get()).isPresent();
        assertThat(vm.addresses().visibleRows()).isNotEmpty();
        assertThat(vm.presentation().titleProperty().get()).isNotEmpty();

        dialogs.projectToWrite = Optional.of(dir.resolve("leeg.gpkg"));
        vm.project().chooseAndCreate();

        assertThat(vm.analysesProperty().get()).isEmpty();
        assertThat(vm.map().content()).isEmpty();
        assertThat(vm.map().frameProperty().get()).isEmpty();
        assertThat(vm.map().viewportProperty().get()).isEmpty();
        assertThat(vm.selection().current()).isEmpty();
        assertThat(vm.building().visibleProperty().get()).isFalse();
        assertThat(vm.addresses().visibleRows()).isEmpty();
        assertThat(vm.solarTable().rows()).isEmpty();
        assertThat(vm.labelTable().rows()).isEmpty();
        assertThat(vm.obligationTable().rows()).isEmpty();
        assertThat(vm.kansenTable().rows()).isEmpty();
        assertThat(vm.presentation().titleProperty().get()).isEmpty();
        assertThat(vm.presentation().figures()).isEmpty();
        // The legend is the one of a workbench that never showed a park.
        LayersViewModel fresh = new LayersViewModel();
        fresh.choiceProperty().set(MapChoice.OPPORTUNITIES);
        assertThat(vm.layers().legend()).containsExactlyElementsOf(fresh.legend());
        assertThat(vm.titleProperty().get()).contains("leeg.gpkg");
        assertThat(dialogs.errors).isEmpty();

        // Opening the old project again shows its park as before.
        vm.openProject(project);
        assertThat(vm.analysesProperty().get()).isPresent();
        assertThat(vm.map().frameProperty().get()).isPresent();
        assertThat(vm.addresses().visibleRows()).isNotEmpty();
    }

    @Test
    void a_new_project_over_an_existing_file_is_refused_with_a_dutch_reason_and_the_project_stays_open() {
        vm.project().create(project);

        assertThat(dialogs.errors).singleElement().asString().startsWith("Nieuw project maken mislukt: ");
        assertThat(vm.project().store()).map(ProjectStore::file).contains(project);
        assertThat(vm.parks()).isNotEmpty();
    }

    @Test
    void save_as_goes_on_in_a_copy_with_the_same_park_and_later_edits_land_only_there() throws Exception {
        String park = vm.selectedParkProperty().get().id();
        String pand = vm.analysesProperty()
                .get()
                .orElseThrow()
                .snapshot()
                .buildings()
                .get(0)
                .id();
        Override before = new Override(Override.OverrideTarget.BUILDING, pand, "monument", "ja");
        vm.saveOverride(before);
        Path copy = dir.resolve("kopie/De Vaart versie 2.gpkg");
        Files.createDirectories(copy.getParent());
        dialogs.projectToWrite = Optional.of(copy);

        vm.project().chooseAndSaveAs();

        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.titleProperty().get()).contains("De Vaart versie 2.gpkg");
        assertThat(vm.selectedParkProperty().get().id()).isEqualTo(park);
        assertThat(vm.analysesProperty().get()).isPresent();
        Override after = new Override(Override.OverrideTarget.BUILDING, pand, "sloop", "ja");
        vm.saveOverride(after);
        vm.close();

        try (ProjectStore original = ProjectStore.open(project);
                ProjectStore saved = ProjectStore.open(copy)) {
            assertThat(saved.overrides()).contains(before, after);
            assertThat(original.overrides()).contains(before).doesNotContain(after);
            assertThat(saved.parks()).isEqualTo(original.parks());
        }
    }

    @Test
    void zoom_to_selection_shows_the_selected_building_and_does_nothing_without_one() {
        vm.map().resize(800, 600);
        vm.map().zoomToPark();
        Viewport park = vm.map().viewportProperty().get().orElseThrow();
        vm.map().zoomToSelection();
        assertThat(vm.map().viewportProperty().get()).contains(park);

        String pand = vm.analysesProperty()
                .get()
                .orElseThrow()
                .snapshot()
                .buildings()
                .get(3)
                .id();
        vm.selection().select(pand, Optional.empty(), SelectionModel.Origin.MAP);
        assertThat(vm.map().viewportProperty().get()).contains(park); // a map click does not move the map
        vm.map().zoomToSelection();

        Viewport zoomed = vm.map().viewportProperty().get().orElseThrow();
        assertThat(zoomed.metresPerPixel()).isLessThan(park.metresPerPixel());
        var centre = vm.map()
                .content()
                .orElseThrow()
                .building(pand)
                .orElseThrow()
                .geometry()
                .getEnvelopeInternal()
                .centre();
        assertThat(zoomed.centerX()).isCloseTo(centre.x, org.assertj.core.data.Offset.offset(1.0));
        assertThat(zoomed.centerY()).isCloseTo(centre.y, org.assertj.core.data.Offset.offset(1.0));
    }
}
