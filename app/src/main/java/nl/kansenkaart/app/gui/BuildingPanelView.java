package nl.kansenkaart.app.gui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The identify panel on the right: the selected building's BAG data and its units. */
public final class BuildingPanelView extends ScrollPane {
    private final BuildingPanelViewModel vm;
    private final GridPane facts = new GridPane();
    private final VBox units = new VBox(8);

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

        VBox content = new VBox(10, header, facts, unitsHeading, units);
        content.setPadding(new Insets(10));
        setContent(content);
        vm.facts().addListener((ListChangeListener<BuildingPanelViewModel.Fact>) c -> rebuildFacts());
        vm.units().addListener((ListChangeListener<BuildingPanelViewModel.UnitLine>) c -> rebuildUnits());
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
            VBox box = new VBox(1, address, use, label, id);
            box.getStyleClass().add("unit-box");
            units.getChildren().add(box);
        }
    }
}
