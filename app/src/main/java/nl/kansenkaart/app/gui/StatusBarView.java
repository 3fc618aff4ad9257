package nl.kansenkaart.app.gui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: what the workbench is doing, cursor coordinates in RD and WGS84, and the scale. */
public final class StatusBarView extends HBox {

    /** A status bar on the workbench state, the map and the background executor. */
    public StatusBarView(WorkbenchViewModel workbench, MapViewModel map, FxTaskExecutor work) {
        super(10);
        setId("status-bar");
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");

        Label status = new Label();
        status.setId("status-text");
        status.textProperty()
                .bind(javafx.beans.binding.Bindings.when(work.messageProperty().isEmpty())
                        .then(workbench.statusProperty())
                        .otherwise(work.messageProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(work.progressProperty());
        progress.visibleProperty().bind(work.runningProperty().greaterThan(0));
        progress.managedProperty().bind(progress.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label rd = fixed("status-rd", 220);
        rd.textProperty().bind(map.cursorRdProperty());
        Label wgs = fixed("status-wgs84", 250);
        wgs.textProperty().bind(map.cursorWgs84Property());
        Label scale = fixed("status-scale", 140);
        scale.textProperty().bind(map.scaleProperty());
        getChildren()
                .addAll(
                        status,
                        progress,
                        spacer,
                        rd,
                        new Separator(javafx.geometry.Orientation.VERTICAL),
                        wgs,
                        new Separator(javafx.geometry.Orientation.VERTICAL),
                        scale);
    }

    private static Label fixed(String id, double width) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(width);
        l.setPrefWidth(width);
        return l;
    }
}
