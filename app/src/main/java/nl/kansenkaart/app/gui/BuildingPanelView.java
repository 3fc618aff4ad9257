package nl.kansenkaart.app.gui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The identify panel on the right: the selected building's BAG data, results, units and edits. */
public final class BuildingPanelView extends ScrollPane {
    private final BuildingPanelViewModel vm;
    private final GridPane facts = new GridPane();
    private final VBox units = new VBox(8);
    private final VBox results = new VBox(6);
    private java.util.function.Consumer<String> onMatchCompany = unitId -> {};

    /** A panel on the given view-model; the close button clears the shared selection. */
    public BuildingPanelView(BuildingPanelViewModel vm, SelectionModel selection) {
        this.vm = vm;
        setId("building-panel");
        setFitToWidth(true);
        setPrefWidth(320);
        setMinWidth(260);
        visibleProperty().bind(vm.visibleProperty());
        managedProperty().bind(vm.visibleProperty());

        Label title = new Label();
        title.setId("building-title");
        title.getStyleClass().add("panel-heading");
        title.textProperty().bind(vm.titleProperty());
        Button close = new Button(Messages.get("identify.close"));
        close.setOnAction(e -> selection.clear());
        BorderPane header = new BorderPane();
        header.setLeft(title);
        header.setRight(close);

        facts.setHgap(10);
        facts.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(110);
        facts.getColumnConstraints().addAll(names, new ColumnConstraints());
        Label unitsHeading = new Label(Messages.get("identify.units"));
        unitsHeading.getStyleClass().add("panel-subheading");

        results.setId("building-results");
        Label editsHeading = new Label(Messages.get("edits.title"));
        editsHeading.getStyleClass().add("panel-subheading");
        VBox content = new VBox(10, header, facts, results, unitsHeading, units, editsHeading, edits());
        content.setPadding(new Insets(10));
        setContent(content);
        vm.facts().addListener((ListChangeListener<BuildingPanelViewModel.Fact>) c -> rebuildFacts());
        vm.units().addListener((ListChangeListener<BuildingPanelViewModel.UnitLine>) c -> rebuildUnits());
        vm.results().addListener((ListChangeListener<BuildingPanelViewModel.ResultLine>) c -> rebuildResults());
    }

    /** What "Bedrijf koppelen…" at a unit does with the unit's VBO id. */
    public void setOnMatchCompany(java.util.function.Consumer<String> action) {
        onMatchCompany = action;
    }

    private GridPane edits() {
        TextField kwh = new TextField();
        kwh.setId("edit-electricity");
        kwh.setPromptText(Messages.get("edits.estimated"));
        kwh.setPrefColumnCount(9);
        kwh.textProperty().bindBidirectional(vm.measuredElectricityProperty());
        TextField m3 = new TextField();
        m3.setId("edit-gas");
        m3.setPromptText(Messages.get("edits.estimated"));
        m3.setPrefColumnCount(9);
        m3.textProperty().bindBidirectional(vm.measuredGasProperty());
        CheckBox monument = new CheckBox(Messages.get("edits.monument"));
        monument.setId("edit-monument");
        monument.selectedProperty().bindBidirectional(vm.monumentProperty());
        CheckBox demolition = new CheckBox(Messages.get("edits.demolition"));
        demolition.setId("edit-demolition");
        demolition.selectedProperty().bindBidirectional(vm.demolitionProperty());
        CheckBox roof = new CheckBox(Messages.get("edits.roofUnsuitable"));
        roof.setId("edit-roof");
        roof.selectedProperty().bindBidirectional(vm.roofUnsuitableProperty());
        roof.setTooltip(new Tooltip(Messages.get("edits.roofUnsuitable.tooltip")));
        Button save = new Button(Messages.get("edits.save"));
        save.setId("edit-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.saveEdits());
        kwh.setOnAction(e -> vm.saveEdits());
        m3.setOnAction(e -> vm.saveEdits());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label(Messages.get("edits.electricity")), kwh);
        grid.addRow(1, new Label(Messages.get("edits.gas")), m3);
        grid.add(monument, 0, 2, 2, 1);
        grid.add(demolition, 0, 3, 2, 1);
        grid.add(roof, 0, 4, 2, 1);
        grid.add(save, 0, 5, 2, 1);
        return grid;
    }

    private void rebuildResults() {
        results.getChildren().clear();
        for (BuildingPanelViewModel.ResultLine r : vm.results()) {
            Label name = new Label(r.title() + ": " + r.value());
            name.getStyleClass().add("result-title");
            name.setWrapText(true);
            Label reason = new Label(r.reason());
            reason.getStyleClass().add("result-reason");
            reason.setWrapText(true);
            results.getChildren().add(new VBox(1, name, reason));
        }
    }

    private void rebuildFacts() {
        facts.getChildren().clear();
        int row = 0;
        for (BuildingPanelViewModel.Fact f : vm.facts()) {
            Label name = new Label(f.name());
            name.getStyleClass().add("fact-name");
            Label value = new Label(f.value());
            value.setWrapText(true);
            facts.addRow(row++, name, value);
        }
    }

    private void rebuildUnits() {
        units.getChildren().clear();
        for (BuildingPanelViewModel.UnitLine u : vm.units()) {
            Label address = new Label(u.address());
            address.getStyleClass().add("unit-address");
            address.setWrapText(true);
            Label use = new Label(u.purposes() + " \u00b7 " + u.area());
            use.setWrapText(true);
            Label label = new Label(u.label());
            Label id = new Label("VBO " + u.unitId());
            id.getStyleClass().add("unit-id");
            Label company = new Label(u.company().isEmpty() ? Messages.get("match.none") : u.company());
            company.getStyleClass().add("unit-company");
            company.setWrapText(true);
            Button match = new Button(Messages.get("match.open"));
            match.getStyleClass().add("unit-match");
            match.setId("unit-match-" + u.unitId());
            match.setOnAction(e -> onMatchCompany.accept(u.unitId()));
            VBox box = new VBox(1, address, use, label, id, company, match);
            box.getStyleClass().add("unit-box");
            units.getChildren().add(box);
        }
    }
}
