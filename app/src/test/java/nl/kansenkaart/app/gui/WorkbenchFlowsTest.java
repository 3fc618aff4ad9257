package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.kansenkaart.app.map.Viewport;
import nl.kansenkaart.samples.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the imported sample park, headless (Monocle): identify, edit, assumptions, presentation. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowsTest {
    @TempDir
    static Path shared;

    private static Path sample;

    @TempDir
    Path dir;

    private Path project;
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
        vm = new WorkbenchViewModel(work, render, new RecordingDialogs(), LocalDate.of(2026, 11, 24));
        MainView.show(stage, vm, work);
        vm.openProject(project);
    }

    @AfterEach
    void stop() throws Exception {
        // The import wizard's own window would otherwise cover the next test's main window.
        org.testfx.api.FxToolkit.cleanupStages();
        vm.close();
        work.close();
        render.close();
    }

    @Test
    void clicking_a_building_shows_its_solar_and_label_result(FxRobot robot) throws Exception {
        waitForPark();
        LabelRow office = vm.labelTable().rows().get(0);
        Point inside = vm.map()
                .content()
                .orElseThrow()
                .building(office.pandId())
                .orElseThrow()
                .building()
                .footprint()
                .getInteriorPoint();
        // Zoom to the office first, so the click lands on it however small it is at park scale.
        robot.interact(() -> vm.map().zoomToBuilding(office.pandId()));
        Viewport v = vm.map().viewportProperty().get().orElseThrow();
        java.awt.geom.Point2D px = v.toScreen(inside.getX(), inside.getY());
        Point2D onScreen = robot.lookup("#map").query().localToScreen(px.getX(), px.getY());
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#building-title").queryAs(Label.class).getText())
                .isEqualTo("Pand " + office.pandId());
        String solar = vm.solarTable().rows().stream()
                .filter(r -> r.pandId().equals(office.pandId()))
                .findFirst()
                .orElseThrow()
                .reason();
        assertThat(robot.lookup(".result-title").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Zon op dak: "))
                .contains("Label C: " + office.status());
        assertThat(robot.lookup(".result-reason").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains(solar, office.reason());
    }

    @Test
    void a_company_name_typed_in_the_table_is_there_after_reopening_the_project(FxRobot robot) throws Exception {
        waitForPark();
        TableView<AddressRow> table = robot.lookup("#address-table").queryTableView();
        AddressRow row = table.getItems().get(0);
        @SuppressWarnings("unchecked")
        TableColumn<AddressRow, String> company =
                (TableColumn<AddressRow, String>) table.getColumns().get(0);
        robot.interact(() -> table.edit(0, company));
        TextField field = robot.lookup("#address-table .text-field").queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write("Bakkerij De Vaart").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.addresses().visibleRows().stream()
                .anyMatch(r -> r.unitId().equals(row.unitId()) && r.company().equals("Bakkerij De Vaart")));
        robot.interact(() -> vm.close());

        WorkbenchViewModel reopened = new WorkbenchViewModel(
                new SynchronousTaskExecutor(), new SynchronousTaskExecutor(), new RecordingDialogs());
        robot.interact(() -> reopened.openProject(project));
        assertThat(reopened.addresses().visibleRows())
                .filteredOn(r -> r.unitId().equals(row.unitId()))
                .singleElement()
                .extracting(AddressRow::company)
                .isEqualTo("Bakkerij De Vaart");
        reopened.close();
    }

    @Test
    void typing_a_new_panel_power_changes_the_kwp_in_the_solar_table(FxRobot robot) throws Exception {
        waitForPark();
        robot.clickOn("#tab-solar");
        TableView<SolarRow> table = robot.lookup("#solar-table").queryTableView();
        SolarRow before = table.getItems().stream()
                .filter(r -> r.panels() > 0)
                .findFirst()
                .orElseThrow();

        robot.clickOn(Messages.get("tab.assumptions"));
        TextField wp = robot.lookup("#assumption-zon-wattpiek_per_paneel").queryAs(TextField.class);
        robot.doubleClickOn(wp);
        robot.interact(() -> wp.setText(""));
        robot.write("500").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.pandId().equals(before.pandId()) && r.peakPowerKwp() > before.peakPowerKwp()));
        assertThat(robot.lookup("#assumptions-error").queryAs(Label.class).getText())
                .isEmpty();
    }

    @Test
    void f5_starts_presentation_mode_and_escape_leaves_it(FxRobot robot) throws Exception {
        waitForPark();
        robot.clickOn("#map");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.presentation().activeProperty().get()).isTrue();
        Node presentation = robot.lookup("#presentation").query();
        assertThat(presentation.isVisible()).isTrue();
        assertThat(robot.lookup("#workbench").query().isVisible()).isFalse();
        assertThat(robot.lookup("#presentation-title").queryAs(Label.class).getText())
                .startsWith(SampleData.parkName());
        assertThat(robot.lookup("#presentation-figures .figure-value").queryAll())
                .hasSize(6);

        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#presentation-theme").queryAs(Label.class).getText())
                .isEqualTo(
                        "Huidige situatie: " + vm.layers().themeProperty().get().subtitle());
        assertThat(vm.layers().colouringProperty().get().ordinal()).isEqualTo(1);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.presentation().activeProperty().get()).isFalse();
        assertThat(presentation.isVisible()).isFalse();
        assertThat(robot.lookup("#workbench").query().isVisible()).isTrue();
        assertThat(robot.lookup("#map").query().getScene()).isNotNull();
    }

    @Test
    void a_file_imported_through_the_wizard_ends_with_the_dutch_report(FxRobot robot) throws Exception {
        waitForPark();
        robot.clickOn("#import-files");
        WaitForAsyncUtils.waitForFxEvents();
        Path sources = SampleData.extractTo(dir.resolve("bronnen"));
        robot.interact(() -> vm.importWizard().addFiles(java.util.List.of(sources.resolve(SampleData.KVK_FILE))));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !vm.importWizard().previews().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-preview")
                        .queryAs(javafx.scene.control.TextArea.class)
                        .getText())
                .contains(SampleData.KVK_FILE, "bedrijven (KvK)");

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
                .contains(SampleData.KVK_FILE)
                .doesNotContain("mislukt");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> vm.analysesProperty().get().isPresent());
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
