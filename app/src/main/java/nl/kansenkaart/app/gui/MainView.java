package nl.kansenkaart.app.gui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.obligations.ObligationAssumptions;

/**
 * The main window: toolbar, layers and assumptions on the left, the map over the result tables
 * (Adressenlijst, Zon op dak, Label C, Verplichtingen, Kansen), the building panel and the status bar.
 */
public final class MainView extends BorderPane {
    private final MapView map;
    private final StackPane mapArea;
    private final AddressListView addressView;
    private final ResultTableView<SolarRow> solarView;
    private final ResultTableView<LabelRow> labelView;
    private final ResultTableView<ObligationRow> obligationView;
    private final ResultTableView<KansenRow> kansenView;
    private final TabPane tables;
    private Stage importStage;
    private Stage matchStage;

    /** The window content on the given state; {@code work} feeds the status bar's progress. */
    public MainView(WorkbenchViewModel vm, FxTaskExecutor work) {
        setId("workbench");
        Button importFiles = new Button(Messages.get("import.button"));
        importFiles.setId("import-files");
        importFiles.setTooltip(new javafx.scene.control.Tooltip(Messages.get("import.tooltip")));
        importFiles.disableProperty().bind(vm.projectOpenProperty().not());
        importFiles.setOnAction(e -> openImport(vm, work));
        MenuButton project = projectMenu(vm);
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
        zoomPark.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.zoomPark.tooltip")));
        Button zoomSelection = new Button(Messages.get("toolbar.zoomSelection"));
        zoomSelection.setId("zoom-selection");
        zoomSelection.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.zoomSelection.tooltip")));
        zoomSelection.setOnAction(e -> vm.map().zoomToSelection());
        zoomSelection
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> vm.selection().current().isEmpty(), vm.selection().selectionProperty()));
        Button zoomIn = new Button("+");
        zoomIn.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.zoomIn")));
        zoomIn.setOnAction(e -> vm.map().zoomIn());
        Button zoomOut = new Button("\u2212");
        zoomOut.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.zoomOut")));
        zoomOut.setOnAction(e -> vm.map().zoomOut());
        zoomPark.disableProperty().bind(vm.projectOpenProperty().not());
        ToolBar toolbar = new ToolBar(
                project,
                importFiles,
                new Separator(Orientation.VERTICAL),
                new Label(Messages.get("park.label")),
                parks,
                new Separator(Orientation.VERTICAL),
                zoomPark,
                zoomSelection,
                zoomIn,
                zoomOut);
        setTop(toolbar);

        Button present = new Button(Messages.get("toolbar.present"));
        present.setId("present");
        present.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.present.tooltip")));
        present.disableProperty().bind(vm.projectOpenProperty().not());
        present.setOnAction(e -> vm.presentation().toggle());
        Button export = new Button(Messages.get("export.button"));
        export.setId("export");
        export.setTooltip(new javafx.scene.control.Tooltip(Messages.get("export.tooltip")));
        export.disableProperty().bind(vm.projectOpenProperty().not());
        export.setOnAction(e -> vm.export().chooseFolderAndExport());
        toolbar.getItems().addAll(new Separator(Orientation.VERTICAL), present, export);

        ScrollPane layersPane = new ScrollPane(new LayersView(vm.layers()));
        layersPane.setFitToWidth(true);
        AssumptionsView assumptionsView = new AssumptionsView(vm.assumptions());
        Button saveAssumptions = new Button(Messages.get("assumptions.saveToProject"));
        saveAssumptions.setId("assumptions-save");
        saveAssumptions.setTooltip(new javafx.scene.control.Tooltip(Messages.get("assumptions.saveToProject.tooltip")));
        saveAssumptions
                .disableProperty()
                .bind(vm.savedAssumptions().unsavedProperty().not());
        saveAssumptions.setOnAction(e -> vm.saveAssumptionsToProject());
        Label saved = new Label();
        saved.setWrapText(true);
        saved.textProperty()
                .bind(Bindings.when(vm.savedAssumptions().unsavedProperty())
                        .then(Messages.get("assumptions.unsaved"))
                        .otherwise(""));
        assumptionsView.getChildren().addAll(saved, saveAssumptions);
        ScrollPane assumptionsPane = new ScrollPane(assumptionsView);
        assumptionsPane.setFitToWidth(true);
        Tab layersTab = new Tab(Messages.get("tab.layers"), layersPane);
        Tab assumptionsTab = new Tab(Messages.get("tab.assumptions"), assumptionsPane);
        assumptionsTab.setId("tab-assumptions");
        TabPane left = new TabPane(layersTab, assumptionsTab);
        left.setId("left-tabs");
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        showWhenChosen(left);
        left.setPrefWidth(330);
        left.setMinWidth(240);
        setLeft(left);

        map = new MapView(vm.map());
        Label prompt = new Label();
        prompt.setId("project-prompt");
        prompt.getStyleClass().add("prompt");
        prompt.textProperty().bind(vm.statusProperty());
        prompt.visibleProperty().bind(vm.projectOpenProperty().not());
        mapArea = new StackPane(map, prompt);
        addressView = new AddressListView(vm.addresses());
        solarView = new ResultTableView<>(vm.solarTable(), "solar", "solar.count")
                .text("col.company", SolarRow::company, 170)
                .text("col.address", SolarRow::address, 230)
                .number("col.footprint", SolarRow::footprintM2, 0, 95)
                .number("col.panels", SolarRow::panels, 0, 70)
                .number("col.kwp", SolarRow::peakPowerKwp, 1, 70)
                .number("col.kwh", SolarRow::yieldKwhPerYear, 0, 95)
                .number("col.investment", SolarRow::investmentEur, 0, 110)
                .number("col.payback", SolarRow::paybackYears, 1, 135)
                .checkbox(
                        "col.roofUnsuitable",
                        r -> vm.solarTable().buildingFlag(r.pandId(), AnalysedPark.ROOF_UNSUITABLE_KEY),
                        105,
                        (r, yes) -> vm.solarTable().setBuildingFlag(r.pandId(), AnalysedPark.ROOF_UNSUITABLE_KEY, yes))
                .text("col.method", SolarRow::method, 140)
                .text("col.reason", SolarRow::reason, 600);
        labelView = new ResultTableView<>(vm.labelTable(), "labelc", "labelc.count")
                .text("col.address", LabelRow::address, 230)
                .text("col.company", LabelRow::company, 170)
                .number("col.officeArea", LabelRow::officeAreaM2, 0, 90)
                .number("col.officeShare", LabelRow::officeSharePercent, 0, 95)
                .text("col.label", LabelRow::label, 105)
                .text("col.status", LabelRow::status, 150)
                .checkbox(
                        "col.monument",
                        r -> vm.labelTable().buildingFlag(r.pandId(), BuildingPanelViewModel.MONUMENT_KEY),
                        80,
                        (r, yes) ->
                                vm.labelTable().setBuildingFlag(r.pandId(), BuildingPanelViewModel.MONUMENT_KEY, yes))
                .checkbox(
                        "col.demolition",
                        r -> vm.labelTable().buildingFlag(r.pandId(), BuildingPanelViewModel.DEMOLITION_KEY),
                        60,
                        (r, yes) ->
                                vm.labelTable().setBuildingFlag(r.pandId(), BuildingPanelViewModel.DEMOLITION_KEY, yes))
                .text("col.reason", LabelRow::reason, 600);
        obligationView = new ResultTableView<>(vm.obligationTable(), "obligations", "obligations.count")
                .text("col.address", ObligationRow::address, 230)
                .text("col.company", ObligationRow::company, 170)
                .editableNumber(
                        "col.electricity", ObligationRow::electricityKwh, 0, 110, (r, typed) -> vm.obligationTable()
                                .setMeasured(r.pandId(), ObligationAssumptions.MEASURED_ELECTRICITY_KEY, typed))
                .editableNumber("col.gas", ObligationRow::gasM3, 0, 90, (r, typed) -> vm.obligationTable()
                        .setMeasured(r.pandId(), ObligationAssumptions.MEASURED_GAS_KEY, typed))
                .text("col.measured", ObligationRow::measured, 70)
                .text("col.obligation", ObligationRow::obligation, 230)
                .text("col.basis", ObligationRow::reason, 600);
        kansenView = new ResultTableView<>(vm.kansenTable(), "kansen", "kansen.count")
                .text("col.pandId", KansenRow::pandId, 140)
                .text("col.address", KansenRow::address, 230)
                .text("col.company", KansenRow::company, 170)
                .text("col.kind", KansenRow::kind, 200)
                .number("col.score", KansenRow::score, 1, 70)
                .text("col.reason", KansenRow::explanation, 700);
        tables = new TabPane(
                tab("tab.addresses", "tab-addresses", addressView),
                tab("tab.solar", "tab-solar", solarView),
                tab("tab.labelc", "tab-labelc", labelView),
                tab("tab.obligations", "tab-obligations", obligationView),
                tab("tab.kansen", "tab-kansen", kansenView));
        tables.setId("tables");
        tables.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        showWhenChosen(tables);
        SplitPane centre = new SplitPane(mapArea, tables);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        setCenter(centre);
        BuildingPanelView buildingView = new BuildingPanelView(vm.building(), vm.selection());
        buildingView.setOnMatchCompany(unitId -> openCompanyMatch(vm, unitId));
        addressView.setOnMatchCompany(unitId -> openCompanyMatch(vm, unitId));
        setRight(buildingView);
        setBottom(new StatusBarView(vm, vm.map(), work));
        acceptDroppedFiles(vm, work);
    }

    /**
     * "Project": Nieuw project…, Project openen…, Opslaan als… and the recent projects, newest first.
     * Their shortcuts (Ctrl+N, Ctrl+O, Ctrl+Shift+S) are the scene's, see {@link #show}.
     */
    private static MenuButton projectMenu(WorkbenchViewModel vm) {
        MenuButton menu = new MenuButton(Messages.get("project.menu"));
        menu.setId("project-menu");
        MenuItem newProject = new MenuItem(Messages.get("project.new"));
        newProject.setId("new-project");
        newProject.setOnAction(e -> vm.project().chooseAndCreate());
        MenuItem open = new MenuItem(Messages.get("project.open"));
        open.setId("open-project");
        open.setOnAction(e -> vm.chooseAndOpenProject());
        MenuItem saveAs = new MenuItem(Messages.get("project.saveAs"));
        saveAs.setId("save-project-as");
        saveAs.disableProperty().bind(vm.projectOpenProperty().not());
        saveAs.setOnAction(e -> vm.project().chooseAndSaveAs());
        MenuItem recentHeading = new MenuItem(Messages.get("project.recent"));
        recentHeading.setDisable(true);
        Runnable fill = () -> {
            menu.getItems().setAll(newProject, open, saveAs);
            if (!vm.recentProjects().isEmpty()) {
                menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), recentHeading);
            }
            for (java.nio.file.Path p : vm.recentProjects()) {
                MenuItem item = new MenuItem(p.getFileName() + "  \u2013  " + p.getParent());
                item.setOnAction(e -> vm.openProject(p));
                menu.getItems().add(item);
            }
        };
        vm.recentProjects().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> fill.run());
        fill.run();
        return menu;
    }

    /** Files dropped anywhere on the window go to the import wizard (opened when needed). */
    private void acceptDroppedFiles(WorkbenchViewModel vm, FxTaskExecutor work) {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.projectOpenProperty().get()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean files =
                    e.getDragboard().hasFiles() && vm.projectOpenProperty().get();
            if (files) {
                openImport(vm, work);
                vm.importWizard()
                        .addFiles(e.getDragboard().getFiles().stream()
                                .map(java.io.File::toPath)
                                .toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /** Opens the import wizard, or brings it forward (Importeren…, Ctrl+I, files dropped). */
    void openImport(WorkbenchViewModel vm, FxTaskExecutor work) {
        if (importStage != null && importStage.isShowing()) {
            importStage.toFront();
            return;
        }
        importStage =
                ImportWizardView.open(getScene().getWindow(), vm.importWizard(), work, vm.importWizard()::chooseFiles);
    }

    private void openCompanyMatch(WorkbenchViewModel vm, String unitId) {
        matchStage = CompanyMatchView.open(getScene().getWindow(), matchStage, vm.companyMatch(), unitId);
    }

    /**
     * Puts the content of each tab but the chosen one in the scene only when the tab is first chosen:
     * a table or form nobody looks at yet would still cost its skin, CSS and layout before the window
     * shows (start-up, issue 8). The views themselves exist and follow their view-models meanwhile.
     */
    private static void showWhenChosen(TabPane pane) {
        for (Tab t : pane.getTabs()) {
            javafx.scene.Node content = t.getContent();
            if (t.isSelected() || content == null) {
                continue;
            }
            t.setContent(null);
            t.selectedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        t.selectedProperty().removeListener(this);
                        t.setContent(content);
                    }
                }
            });
        }
    }

    private static Tab tab(String key, String id, javafx.scene.Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(id);
        return t;
    }

    /** Puts the search field of the table shown in focus (Ctrl+F). */
    void focusSearch() {
        javafx.scene.Node shown = tables.getSelectionModel().getSelectedItem().getContent();
        javafx.scene.control.TextField field =
                shown == addressView ? addressView.searchField() : ((ResultTableView<?>) shown).searchField();
        field.requestFocus();
        field.selectAll();
    }

    /** Puts a workbench window on the stage (title, size, stylesheet, shortcuts) and shows it. */
    public static void show(Stage stage, WorkbenchViewModel vm, FxTaskExecutor work) {
        MainView view = new MainView(vm, work);
        PresentationView presentation = new PresentationView(vm.presentation(), vm.layers());
        presentation.setVisible(false);
        // Into the scene on first use: hidden, it would still cost CSS and layout at start-up.
        StackPane root = new StackPane(view);
        // Never larger than the screen: small laptops (and the headless test screen) must fit it.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(MainView.class.getResource("workbench.css").toExternalForm());
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), vm::chooseAndOpenProject);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), view::focusSearch);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), vm.project()::chooseAndCreate);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        vm.project()::chooseAndSaveAs);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), () -> {
            if (vm.projectOpenProperty().get()) {
                view.openImport(vm, work);
            }
        });
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        vm.export()::chooseFolderAndExport);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean presenting = vm.presentation().activeProperty().get();
            if (e.getCode() == KeyCode.F5 && vm.projectOpenProperty().get()) {
                vm.presentation().toggle();
                e.consume();
            } else if (presenting && e.getCode() == KeyCode.ESCAPE) {
                vm.presentation().leave();
                e.consume();
            } else if (presenting
                    && (e.getCode() == KeyCode.RIGHT
                            || e.getCode() == KeyCode.DOWN
                            || e.getCode() == KeyCode.PAGE_DOWN)) {
                vm.presentation().nextTheme();
                e.consume();
            } else if (presenting
                    && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP || e.getCode() == KeyCode.PAGE_UP)) {
                vm.presentation().previousTheme();
                e.consume();
            }
        });
        // Escape is ours: it leaves presentation mode, and full screen with it.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        vm.presentation().activeProperty().addListener((o, was, on) -> {
            if (on && !root.getChildren().contains(presentation)) {
                root.getChildren().add(presentation);
            }
            if (on) {
                view.mapArea.getChildren().remove(view.map);
                presentation.showMap(view.map);
            } else {
                presentation.getChildren().remove(view.map);
                ((StackPane) presentation.getCenter()).getChildren().remove(view.map);
                view.mapArea.getChildren().add(0, view.map);
            }
            view.setVisible(!on);
            presentation.setVisible(on);
            stage.setFullScreen(on);
            vm.map().zoomToPark();
        });
        stage.fullScreenProperty().addListener((o, was, full) -> {
            if (!full) {
                vm.presentation().leave();
            }
        });
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
