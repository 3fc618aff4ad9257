package nl.kansenkaart.app.gui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.kansenkaart.core.model.Park;

/** The main window: toolbar, layers on the left, map over the adressenlijst, building panel, status bar. */
public final class MainView extends BorderPane {

    /** The window content on the given state; {@code work} feeds the status bar's progress. */
    public MainView(WorkbenchViewModel vm, FxTaskExecutor work) {
        setId("workbench");
        Button open = new Button(Messages.get("project.open"));
        open.setId("open-project");
        open.setOnAction(e -> vm.chooseAndOpenProject());
        ComboBox<Park> parks = new ComboBox<>(vm.parks());
        parks.setId("park-chooser");
        parks.setCellFactory(l -> new ParkCell());
        parks.setButtonCell(new ParkCell());
        parks.valueProperty().bindBidirectional(vm.selectedParkProperty());
        parks.setPrefWidth(360);
        parks.disableProperty().bind(Bindings.isEmpty(vm.parks()));
        Button zoomPark = new Button(Messages.get("toolbar.zoomPark"));
        zoomPark.setId("zoom-park");
        zoomPark.setOnAction(e -> vm.map().zoomToPark());
        Button zoomIn = new Button("+");
        zoomIn.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.zoomIn")));
        zoomIn.setOnAction(e -> vm.map().zoomIn());
        Button zoomOut = new Button("\u2212");
        zoomOut.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.zoomOut")));
        zoomOut.setOnAction(e -> vm.map().zoomOut());
        zoomPark.disableProperty().bind(vm.projectOpenProperty().not());
        ToolBar toolbar = new ToolBar(
                open,
                new Separator(Orientation.VERTICAL),
                new Label(Messages.get("park.label")),
                parks,
                new Separator(Orientation.VERTICAL),
                zoomPark,
                zoomIn,
                zoomOut);
        setTop(toolbar);

        ScrollPane left = new ScrollPane(new LayersView(vm.layers()));
        left.setFitToWidth(true);
        left.setPrefWidth(260);
        left.setMinWidth(220);
        setLeft(left);

        MapView map = new MapView(vm.map());
        Label prompt = new Label();
        prompt.setId("project-prompt");
        prompt.getStyleClass().add("prompt");
        prompt.textProperty().bind(vm.statusProperty());
        prompt.visibleProperty().bind(vm.projectOpenProperty().not());
        StackPane mapArea = new StackPane(map, prompt);
        SplitPane centre = new SplitPane(mapArea, new AddressListView(vm.addresses()));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        setCenter(centre);
        setRight(new BuildingPanelView(vm.building(), vm.selection()));
        setBottom(new StatusBarView(vm, vm.map(), work));
    }

    /** Puts a workbench window on the stage (title, size, stylesheet, shortcuts) and shows it. */
    public static void show(Stage stage, WorkbenchViewModel vm, FxTaskExecutor work) {
        MainView view = new MainView(vm, work);
        // Never larger than the screen: small laptops (and the headless test screen) must fit it.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(MainView.class.getResource("workbench.css").toExternalForm());
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), vm::chooseAndOpenProject);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setScene(scene);
        stage.show();
    }

    private static final class ParkCell extends ListCell<Park> {
        @Override
        protected void updateItem(Park park, boolean empty) {
            super.updateItem(park, empty);
            setText(empty || park == null ? "" : park.name() + " (" + park.municipality() + ")");
        }
    }
}
