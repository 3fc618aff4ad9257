package nl.kansenkaart.app.gui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.kansenkaart.core.solar.SolarAssumptions;

/** The assumptions panel: solar preset, the main numbers with units, apply and reset. */
public final class AssumptionsView extends VBox {

    /** A panel on the given view-model; Enter in a field or "Toepassen" recomputes. */
    public AssumptionsView(AssumptionsViewModel vm) {
        super(8);
        setId("assumptions");
        setPadding(new Insets(8));
        ComboBox<SolarAssumptions> preset = new ComboBox<>();
        preset.setId("solar-preset");
        preset.getItems().setAll(vm.solarPresets());
        preset.setCellFactory(l -> new PresetCell());
        preset.setButtonCell(new PresetCell());
        preset.valueProperty().bindBidirectional(vm.solarPresetProperty());
        getChildren().addAll(heading("assumptions.solar"), new Label(Messages.get("assumptions.preset")), preset);
        GridPane solar = grid();
        GridPane office = grid();
        GridPane obligations = grid();
        for (AssumptionsViewModel.Parameter p : vm.parameters()) {
            GridPane to =
                    switch (p.group()) {
                        case SOLAR -> solar;
                        case OFFICE -> office;
                        case OBLIGATIONS -> obligations;
                    };
            Label name = new Label(p.name());
            name.setWrapText(true);
            name.setMaxWidth(130);
            TextField field = new TextField();
            field.setId("assumption-" + p.key().replace('.', '-'));
            field.setPrefColumnCount(6);
            field.textProperty().bindBidirectional(p.valueProperty());
            field.setOnAction(e -> vm.apply());
            field.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    vm.apply();
                }
            });
            to.addRow(to.getRowCount(), name, field, new Label(p.unit()));
        }
        Label legal = new Label(Messages.get("assumptions.legalPreset", vm.legalPresetName()));
        legal.setWrapText(true);
        Label error = new Label();
        error.setId("assumptions-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button apply = new Button(Messages.get("assumptions.apply"));
        apply.setId("assumptions-apply");
        apply.setOnAction(e -> vm.apply());
        Button reset = new Button(Messages.get("assumptions.reset"));
        reset.setOnAction(e -> vm.reset());
        getChildren()
                .addAll(
                        solar,
                        heading("assumptions.office"),
                        legal,
                        office,
                        heading("assumptions.obligations"),
                        obligations,
                        error,
                        new HBox(8, apply, reset));
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("panel-subheading");
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        return g;
    }

    private static final class PresetCell extends ListCell<SolarAssumptions> {
        @Override
        protected void updateItem(SolarAssumptions a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? "" : a.name() + " \u2013 " + a.method().label());
        }
    }
}
