package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.kansenkaart.app.map.TestParks;
import nl.kansenkaart.app.map.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): open a project file, identify a building, search the list. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    @TempDir
    Path dir;

    private WorkbenchViewModel vm;
    private FxTaskExecutor work;
    private FxTaskExecutor render;

    @Start
    void start(Stage stage) throws Exception {
        Path file = TestProjects.write(dir.resolve("wieken.gpkg"), TestParks.small());
        work = new FxTaskExecutor(2);
        render = new FxTaskExecutor(1);
        vm = new WorkbenchViewModel(work, render, new RecordingDialogs());
        MainView.show(stage, vm, work);
        vm.openProject(file);
    }

    @AfterEach
    void stop() {
        vm.close();
        work.close();
        render.close();
    }

    @Test
    void clicking_a_building_shows_its_panel_and_selects_its_address(FxRobot robot) throws Exception {
        waitForPark();
        Node map = robot.lookup("#map").query();
        Viewport v = vm.map().viewportProperty().get().orElseThrow();
        java.awt.geom.Point2D office = v.toScreen(100_260, 400_060);
        Point2D onScreen = map.localToScreen(office.getX(), office.getY());
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();

        Label title = robot.lookup("#building-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Pand " + TestParks.OFFICE);
        assertThat(robot.lookup("#building-panel").query().isVisible()).isTrue();
        assertThat(robot.lookup("Label C, geldig tot 1-3-2031").tryQuery()).isPresent();
        TableView<AddressRow> table = robot.lookup("#address-table").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem().pandId()).isEqualTo(TestParks.OFFICE);
        assertThat(robot.lookup("#status-scale").queryAs(Label.class).getText()).startsWith("Schaal 1 : ");
    }

    @Test
    void typing_in_the_search_field_filters_the_address_table(FxRobot robot) throws Exception {
        waitForPark();
        TableView<AddressRow> table = robot.lookup("#address-table").queryTableView();
        assertThat(table.getItems()).hasSize(4);

        robot.clickOn("#address-search").write("Marktplein");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems())
                .singleElement()
                .extracting(AddressRow::houseNumber)
                .isEqualTo(10);
        assertThat(robot.lookup("#address-count").queryAs(Label.class).getText())
                .isEqualTo("1 van 4 adressen");

        robot.clickOn(robot.lookup(".table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Marktplein"))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#building-title").queryAs(Label.class).getText())
                .endsWith(TestParks.SHOP);
    }

    private void waitForPark() throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> vm.map().frameProperty().get().isPresent()
                        && vm.addresses().rowCount() == 4);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
