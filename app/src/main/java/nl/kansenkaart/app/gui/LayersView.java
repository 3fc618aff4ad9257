package nl.kansenkaart.app.gui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/** The left panel: the colouring choice, layer visibility and the legend of what is visible. */
public final class LayersView extends VBox {
    private final LayersViewModel vm;
    private final VBox legend = new VBox(2);

    /** A panel on the given view-model. */
    public LayersView(LayersViewModel vm) {
        super(6);
        this.vm = vm;
        setId("layers");
        setPadding(new Insets(10));
        setPrefWidth(250);
        getStyleClass().add("side-panel");

        Label title = heading(Messages.get("layers.title"));
        Label colouringLabel = new Label(Messages.get("toolbar.colouring"));
        ComboBox<MapChoice> colouring = new ComboBox<>();
        colouring.setId("colouring");
        colouring.getItems().setAll(MapChoice.values());
        colouring.setCellFactory(l -> new ColouringCell());
        colouring.setButtonCell(new ColouringCell());
        colouring.valueProperty().bindBidirectional(vm.choiceProperty());
        colouring.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(title, colouringLabel, colouring);

        VBox boxes = new VBox(4);
        for (LayersViewModel.LayerEntry e : vm.entries()) {
            CheckBox box = new CheckBox(e.name());
            box.setId("layer-" + e.layer().name());
            box.selectedProperty().bindBidirectional(e.visibleProperty());
            boxes.getChildren().add(box);
        }
        getChildren().addAll(boxes, new Separator(), heading(Messages.get("layers.legend")), legend);
        vm.legend().addListener((ListChangeListener<LayersViewModel.LegendGroup>) c -> rebuildLegend());
        rebuildLegend();
    }

    private void rebuildLegend() {
        legend.getChildren().clear();
        for (LayersViewModel.LegendGroup g : vm.legend()) {
            Label title = new Label(g.title());
            title.getStyleClass().add("legend-title");
            title.setWrapText(true);
            legend.getChildren().add(title);
            for (LayersViewModel.LegendItem item : g.items()) {
                Label text = new Label(item.label(), swatch(item));
                text.setGraphicTextGap(8);
                text.setWrapText(true);
                legend.getChildren().add(text);
            }
        }
    }

    private static Node swatch(LayersViewModel.LegendItem item) {
        Shape s = item.point() ? new Circle(5) : new Rectangle(14, 14);
        s.setFill(FxColors.of(item.fill()));
        s.setStroke(item.fill().getAlpha() == 0 ? FxColors.of(item.stroke()) : javafx.scene.paint.Color.gray(0.35));
        s.setStrokeWidth(item.fill().getAlpha() == 0 ? 2 : 0.8);
        HBox box = new HBox(s);
        box.setMinWidth(14);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private static final class ColouringCell extends ListCell<MapChoice> {
        @Override
        protected void updateItem(MapChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : Messages.get("colouring." + item.name()));
        }
    }
}
