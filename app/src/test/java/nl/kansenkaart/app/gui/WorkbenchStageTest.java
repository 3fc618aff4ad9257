package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.app.map.Viewport;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the imported sample park, headless (Monocle): "Opslaan in project", Ctrl+E
 * export through the dialog service, the Kansen tab, and "Bedrijf koppelen…" from the adressenlijst.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchStageTest {
    private static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 24);

    @TempDir
    static Path shared;

    private static Path sample;

    @TempDir
    Path dir;

    private Path project;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchViewModel vm;
    private FxTaskExecutor work;
    private FxTaskExecutor render;

    @BeforeAll
    static void import_the_sample_park() throws Exception {
        sample = SampleProjects.create(shared);
    }

    @Start
    void start(Stage stage) throws Exception {
        project = SampleProjects.copy(sample, dir);
        work = new FxTaskExecutor(2);
        render = new FxTaskExecutor(1);
        vm = new WorkbenchViewModel(work, render, dialogs, PEILDATUM);
        MainView.show(stage, vm, work);
        vm.openProject(project);
    }

    @AfterEach
    void stop() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        vm.close();
        work.close();
        render.close();
    }

    @Test
    void opslaan_in_project_stores_the_typed_assumption_in_the_project_file(FxRobot robot) throws Exception {
        waitForPark();
        robot.clickOn("#tab-assumptions");
        Button save = robot.lookup("#assumptions-save").queryButton();
        TextField wp = robot.lookup("#assumption-zon-wattpiek_per_paneel").queryAs(TextField.class);
        robot.doubleClickOn(wp);
        robot.interact(() -> wp.setText(""));
        robot.write("500").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !save.isDisabled());
        AnalysisAssumptions typed = vm.assumptions().currentProperty().get();

        // The button sits under the last parameter: scroll the panel down as a user would.
        Node panel = robot.lookup("#assumptions").query();
        javafx.scene.control.ScrollPane scroller = robot.lookup(".scroll-pane")
                .match(n -> ((javafx.scene.control.ScrollPane) n).getContent() == panel)
                .query();
        robot.interact(() -> scroller.setVvalue(scroller.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, save::isDisabled);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        assertThat(robot.lookup("#status-text").queryLabeled().getText())
                .startsWith("Resultaten en aannames opgeslagen");
        robot.interact(() -> vm.close());
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(ParkEngine.storedAssumptions(store, SampleData.parkId(), PEILDATUM))
                    .contains(typed);
            assertThat(store.storedAssumptions(SampleData.parkId()))
                    .anySatisfy(t -> assertThat(t.text()).contains("zon.wattpiek_per_paneel=500"));
        }
    }

    @Test
    void ctrl_e_writes_the_workbook_and_maps_into_the_folder_the_chooser_answers(FxRobot robot) throws Exception {
        waitForPark();
        Path out = Files.createDirectories(dir.resolve("export"));
        dialogs.exportFolder = Optional.of(out);

        robot.clickOn("#map");
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                90,
                TimeUnit.SECONDS,
                () -> vm.export().lastExportProperty().get().isPresent() || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        var result = vm.export().lastExportProperty().get().orElseThrow();
        assertThat(result.workbook()).startsWith(out).isRegularFile();
        try (var in = Files.newInputStream(result.workbook())) {
            assertThat(in.readNBytes(2)).containsExactly('P', 'K');
        }
        assertThat(result.maps()).isNotEmpty().allSatisfy(m -> {
            assertThat(m).startsWith(out).isRegularFile();
            assertThat(Files.size(m)).isGreaterThan(10_000);
        });
        try (var listed = Files.walk(out)) {
            assertThat(listed.filter(Files::isRegularFile).count())
                    .isEqualTo(result.files().size());
        }
        assertThat(dialogs.information)
                .singleElement()
                .asString()
                .contains(result.workbook().getFileName().toString());
        assertThat(robot.lookup("#status-text").queryLabeled().getText())
                .isEqualTo(result.files().size() + " bestanden geschreven in " + out);
    }

    @Test
    void the_kansen_tab_lists_the_opportunities_and_a_row_zooms_the_map_to_its_building(FxRobot robot)
            throws Exception {
        waitForPark();
        robot.clickOn("#tab-kansen");
        TableView<KansenRow> table = robot.lookup("#kansen-table").queryTableView();
        assertThat(table.getItems()).isNotEmpty().hasSameSizeAs(vm.kansenTable().rows());
        assertThat(vm.analysesProperty().get().orElseThrow().kansen().individual())
                .hasSize(table.getItems().size());
        Viewport park = vm.map().viewportProperty().get().orElseThrow();
        KansenRow first = table.getItems().get(0);

        Node cell = robot.lookup("#kansen-table .table-row-cell").nth(0).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.selection().current().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.selection().current().orElseThrow().buildingId()).isEqualTo(first.pandId());
        Viewport zoomed = vm.map().viewportProperty().get().orElseThrow();
        assertThat(zoomed.metresPerPixel()).isLessThan(park.metresPerPixel());
        Envelope building = vm.map()
                .content()
                .orElseThrow()
                .building(first.pandId())
                .orElseThrow()
                .geometry()
                .getEnvelopeInternal();
        assertThat(zoomed.visibleWorld().contains(building)).isTrue();
        assertThat(robot.lookup("#building-title").queryLabeled().getText()).isEqualTo("Pand " + first.pandId());
    }

    @Test
    void bedrijf_koppelen_from_the_adressenlijst_links_the_chosen_company_to_the_row(FxRobot robot) throws Exception {
        waitForPark();
        robot.clickOn("#tab-addresses");
        TableView<AddressRow> table = robot.lookup("#address-table").queryTableView();
        int index = 0;
        while (!table.getItems().get(index).company().isEmpty()) {
            index++;
        }
        AddressRow row = table.getItems().get(index);
        int at = index;
        robot.interact(() -> {
            table.getSelectionModel().select(at);
            table.scrollTo(at);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#address-table .table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getItem() == row)
                .query();
        robot.clickOn(cell, MouseButton.SECONDARY);
        robot.clickOn(Messages.get("match.open"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#match-heading").queryLabeled().getText()).contains(row.street());
        TableView<CompanyMatchViewModel.Candidate> candidates =
                robot.lookup("#match-candidates").queryTableView();
        CompanyMatchViewModel.Candidate chosen = candidates.getItems().get(0);
        assertThat(chosen.matchedTo()).isEqualTo("niet gekoppeld");
        robot.interact(() -> candidates.getSelectionModel().select(0));
        robot.clickOn("#match-link");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.addresses().visibleRows().stream()
                .anyMatch(r -> r.unitId().equals(row.unitId()) && r.company().equals(chosen.name())));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<CompanyMatchViewModel.Candidate> linked =
                robot.lookup("#match-linked").queryTableView();
        assertThat(linked.getItems())
                .extracting(CompanyMatchViewModel.Candidate::companyId)
                .containsExactly(chosen.companyId());
        robot.clickOn("#match-close");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void the_wizards_park_choice_lists_the_projects_parks_and_limits_the_import_to_the_chosen_one(FxRobot robot)
            throws Exception {
        waitForPark();
        robot.clickOn("#import-files");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !vm.importWizard().parkChoices().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<ImportWizardViewModel.ParkChoice> parks =
                robot.lookup("#import-area-parks").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(parks.getItems())
                .extracting(ImportWizardViewModel.ParkChoice::id)
                .contains(SampleData.parkId());

        robot.clickOn("#import-area-park");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.importWizard().areaProperty().get())
                .isInstanceOf(nl.kansenkaart.io.imports.ImportArea.Park.class);
        ImportWizardViewModel.ParkChoice vaart = parks.getItems().stream()
                .filter(p -> p.id().equals(SampleData.parkId()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> parks.setValue(vaart));
        assertThat(vm.importWizard().areaProperty().get())
                .isEqualTo(new nl.kansenkaart.io.imports.ImportArea.Park(SampleData.parkId()));
        assertThat(robot.lookup("#import-area-chosen")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .contains(vaart.name());

        Path sources = SampleData.extractTo(dir.resolve("bronnen"));
        robot.interact(() -> vm.importWizard().addFiles(java.util.List.of(sources.resolve(SampleData.KVK_FILE))));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !vm.importWizard().previews().isEmpty());
        robot.clickOn("#import-start");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> !vm.importWizard().runningProperty().get()
                        && vm.importWizard().reportProperty().get().contains(SampleData.KVK_FILE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-report")
                        .queryAs(javafx.scene.control.TextArea.class)
                        .getText())
                .doesNotContain("mislukt")
                .contains("alleen objecten binnen 250 m van de omhullende van " + vaart.name());

        // "alles" undoes the choice.
        robot.clickOn("#import-area-everything");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.importWizard().areaProperty().get()).isEqualTo(nl.kansenkaart.io.imports.ImportArea.everything());
        assertThat(parks.getValue()).isNull();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void keyboard_shortcuts_open_the_wizard_zoom_to_the_selection_and_create_a_new_project(FxRobot robot)
            throws Exception {
        waitForPark();
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-wizard").tryQuery()).isPresent();
        robot.interact(() ->
                robot.lookup("#import-wizard").query().getScene().getWindow().hide());

        String pand = vm.analysesProperty()
                .get()
                .orElseThrow()
                .snapshot()
                .buildings()
                .get(2)
                .id();
        robot.interact(() -> vm.selection().select(pand, Optional.empty(), SelectionModel.Origin.MAP));
        robot.interact(() -> vm.map().zoomToPark());
        Viewport park = vm.map().viewportProperty().get().orElseThrow();
        robot.interact(() -> robot.lookup("#map").query().requestFocus());
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.map().viewportProperty().get().orElseThrow().metresPerPixel())
                .isLessThan(park.metresPerPixel());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.map().viewportProperty().get()).contains(park);
        robot.interact(() -> robot.lookup("#zoom-selection").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.map().viewportProperty().get().orElseThrow().metresPerPixel())
                .isLessThan(park.metresPerPixel());

        Path fresh = dir.resolve("leeg.gpkg");
        dialogs.projectToWrite = Optional.of(fresh);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.titleProperty().get().contains("leeg.gpkg"));
        assertThat(Files.exists(fresh)).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_measured_use_typed_in_the_verplichtingen_table_and_a_roof_ticked_unsuitable_are_recomputed(FxRobot robot)
            throws Exception {
        waitForPark();
        robot.clickOn("#tab-obligations");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#obligations-table").queryAs(TableView.class);
        ObligationRow first = (ObligationRow) table.getItems().get(0);
        javafx.scene.control.TableCell<?, ?> cell =
                robot.lookup("#obligations-table .editable-cell").queryAll().stream()
                        .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                        .filter(c -> c.getIndex() == 0)
                        .findFirst()
                        .orElseThrow();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("72500").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.obligationTable().rows().stream()
                .anyMatch(r -> r.pandId().equals(first.pandId()) && r.electricityKwh() == 72_500.0));

        robot.clickOn("#tab-solar");
        WaitForAsyncUtils.waitForFxEvents();
        SolarRow roof = vm.solarTable().visibleRows().stream()
                .filter(r -> r.panels() > 0)
                .findFirst()
                .orElseThrow();
        TableView<?> solar = robot.lookup("#solar-table").queryAs(TableView.class);
        robot.interact(() -> {
            solar.scrollTo(solar.getItems().indexOf(roof));
            solar.getColumns().stream()
                    .filter(c -> c.getText().equals("Dak ongeschikt"))
                    .findFirst()
                    .ifPresent(c -> ((TableView<Object>) solar)
                            .scrollToColumn((javafx.scene.control.TableColumn<Object, ?>) c));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.CheckBox box = robot.lookup("#solar-table .check-box").queryAll().stream()
                .map(n -> (javafx.scene.control.CheckBox) n)
                .filter(b -> b.getParent() instanceof javafx.scene.control.TableCell<?, ?> c
                        && c.getTableRow() != null
                        && c.getTableRow().getItem() == roof)
                .findFirst()
                .orElseThrow();
        robot.clickOn(box);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.solarTable().rows().stream()
                .anyMatch(r -> r.pandId().equals(roof.pandId()) && r.panels() == 0));
        assertThat(dialogs.errors).isEmpty();
    }

    private void waitForPark() throws Exception {
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> vm.map().frameProperty().get().isPresent()
                        && vm.analysesProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
