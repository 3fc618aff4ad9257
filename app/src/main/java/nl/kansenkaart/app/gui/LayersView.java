package nl.kansenkaart.app.gui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/** The left panel: the colouring choice, the layers (visible, order, opacity) and the legend of what is visible. */
public final class LayersView extends VBox {
    private final LayersViewModel vm;
    private final VBox legend = new VBox(2);
    private final VBox layerRows = new VBox(2);

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

        getChildren().addAll(layerRows, new Separator(), heading(Messages.get("layers.legend")), legend);
        vm.entries().addListener((ListChangeListener<LayersViewModel.LayerEntry>) c -> rebuildLayers());
        vm.legend().addListener((ListChangeListener<LayersViewModel.LegendGroup>) c -> rebuildLegend());
        rebuildLayers();
        rebuildLegend();
    }

    /** One row per layer, top first: visible, name, up, down, and the opacity slider under it. */
    private void rebuildLayers() {
        layerRows.getChildren().clear();
        int last = vm.entries().size() - 1;
        for (int i = 0; i <= last; i++) {
            LayersViewModel.LayerEntry e = vm.entries().get(i);
            String id = e.layer().name();
            CheckBox box = new CheckBox(e.name());
            box.setId("layer-" + id);
            box.selectedProperty().bindBidirectional(e.visibleProperty());
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            Button up = small("\u25B2", "layer-up-" + id, Messages.get("layers.up"), () -> vm.moveUp(e));
            up.setDisable(i == 0);
            Button down = small("\u25BC", "layer-down-" + id, Messages.get("layers.down"), () -> vm.moveDown(e));
            down.setDisable(i == last);
            HBox row = new HBox(4, box, up, down);
            row.setAlignment(Pos.CENTER_LEFT);
            Slider opacity = new Slider(0, 1, e.opacityProperty().get());
            opacity.setId("layer-opacity-" + id);
            opacity.setTooltip(new Tooltip(Messages.get("layers.opacity", e.name())));
            opacity.valueProperty().bindBidirectional(e.opacityProperty());
            opacity.disableProperty().bind(e.visibleProperty().not());
            opacity.setPadding(new Insets(0, 0, 2, 24));
            layerRows.getChildren().add(new VBox(0, row, opacity));
        }
    }

    private static Button small(String text, String id, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("layer-move");
        b.setTooltip(new Tooltip(tooltip));
        b.setFocusTraversable(false);
        b.setOnAction(ev -> action.run());
        return b;
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
        // As the map draws it: a class marked by its outline (collective kansen, label-C task) shows
        // that outline; a filled class gets a thin grey edge so light colours stay visible.
        boolean outline = item.outlineFirst() || item.fill().getAlpha() == 0;
        s.setStroke(outline ? FxColors.of(item.stroke()) : javafx.scene.paint.Color.gray(0.35));
        double width = outline ? Math.min(3, Math.max(2, item.strokeWidthPx())) : 0.8;
        s.setStrokeWidth(width);
        if (outline) {
            // The map's line pattern at the swatch's line width, so "E" (dashed) and "L" (dotted)
            // read in the legend as on the map.
            for (float onOff : item.dash().pattern(width)) {
                s.getStrokeDashArray().add((double) onOff);
            }
        }
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
