package nl.kansenkaart.app.gui;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.kansenkaart.io.imports.ImportArea;

/** The import wizard window: files, their preview, import with progress and cancel, and the report. */
public final class ImportWizardView extends VBox {
    private final ImportWizardViewModel vm;
    private final TextArea preview = new TextArea();

    /** A wizard on the view-model; {@code choose} opens the file chooser. */
    public ImportWizardView(ImportWizardViewModel vm, FxTaskExecutor work, Runnable choose) {
        super(8);
        this.vm = vm;
        setId("import-wizard");
        setPadding(new Insets(10));
        Label intro = new Label(Messages.get("import.intro"));
        intro.setWrapText(true);
        Button add = new Button(Messages.get("import.add"));
        add.setOnAction(e -> choose.run());
        Button clear = new Button(Messages.get("import.clear"));
        clear.setOnAction(e -> vm.clear());
        Button start = new Button(Messages.get("import.start"));
        start.setId("import-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.importAll());
        Button cancel = new Button(Messages.get("import.cancel"));
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        bar.progressProperty().bind(work.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        preview.setId("import-preview");
        preview.setEditable(false);
        preview.setStyle("-fx-font-family: monospace;");
        VBox.setVgrow(preview, Priority.ALWAYS);
        TextArea report = new TextArea();
        report.setId("import-report");
        report.setEditable(false);
        report.setPrefRowCount(10);
        report.textProperty().bind(vm.reportProperty());
        getChildren()
                .addAll(
                        intro,
                        new HBox(8, add, clear),
                        preview,
                        areaChoice(),
                        new HBox(8, start, cancel, bar),
                        new Label(Messages.get("import.report")),
                        report);
        vm.previews().addListener((ListChangeListener<ImportWizardViewModel.FilePreview>) c -> showPreview());
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            vm.addFiles(files.stream().map(File::toPath).toList());
            e.setDropCompleted(true);
            e.consume();
        });
        showPreview();
    }

    /**
     * "Importeren: (o) alles ( ) Gebied uit bestand… ( ) Bedrijventerrein [De Vaart]"; a click on
     * the second asks again, the list of the third holds the project's parks and those in an IBIS
     * file of the list.
     */
    private VBox areaChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton everything = new RadioButton(Messages.get("import.area.everything"));
        everything.setId("import-area-everything");
        everything.setToggleGroup(group);
        everything.setOnAction(e -> vm.importEverything());
        RadioButton file = new RadioButton(Messages.get("import.area.file"));
        file.setId("import-area-file");
        file.setToggleGroup(group);
        RadioButton park = new RadioButton(Messages.get("import.area.parkChoice"));
        park.setId("import-area-park");
        park.setToggleGroup(group);
        ComboBox<ImportWizardViewModel.ParkChoice> parks = new ComboBox<>(vm.parkChoices());
        parks.setId("import-area-parks");
        parks.setPromptText(Messages.get("import.park.prompt"));
        parks.setPrefWidth(330);
        parks.disableProperty().bind(Bindings.isEmpty(vm.parkChoices()));
        Label chosen = new Label();
        chosen.setId("import-area-chosen");
        chosen.textProperty().bind(vm.areaTextProperty());
        // The view-model decides: a cancelled chooser puts the selection back on what is in force.
        Runnable sync = () -> {
            ImportArea now = vm.areaProperty().get();
            group.selectToggle(
                    now instanceof ImportArea.AreaFile ? file : now instanceof ImportArea.Park ? park : everything);
            if (!(now instanceof ImportArea.Park)) {
                parks.getSelectionModel().clearSelection();
            }
        };
        vm.areaProperty().addListener((o, was, now) -> sync.run());
        file.setOnAction(e -> {
            vm.chooseAreaFile();
            sync.run();
        });
        parks.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.choosePark(now);
            }
        });
        park.setOnAction(e -> {
            if (parks.getValue() != null) {
                vm.choosePark(parks.getValue());
            } else if (!vm.parkChoices().isEmpty()) {
                parks.setValue(vm.parkChoices().get(0));
            }
            sync.run();
        });
        sync.run();
        Label label = new Label(Messages.get("import.area.label"));
        // The fixed words keep their width; only the chosen file name may be cut short.
        for (javafx.scene.control.Control c : List.of(label, everything, file, park)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, label, everything, file, park, parks);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // What is in force on a line of its own: a file name or a park name is never cut short.
        chosen.setPadding(new Insets(0, 0, 0, 4));
        VBox choice = new VBox(4, row, chosen);
        choice.disableProperty().bind(vm.runningProperty());
        return choice;
    }

    private void showPreview() {
        StringBuilder text = new StringBuilder();
        for (ImportWizardViewModel.FilePreview f : vm.previews()) {
            text.append(f.file().getFileName());
            if (!f.error().isEmpty()) {
                text.append(": ")
                        .append(Messages.get("import.notReadable"))
                        .append(' ')
                        .append(f.error());
            } else {
                text.append(" (").append(f.format()).append(')');
            }
            text.append('\n');
            for (ImportWizardViewModel.LayerPreview l : f.layers()) {
                text.append(Messages.get("import.layerLine", l.layer(), l.kind(), l.crs()))
                        .append('\n');
                text.append("    ").append(String.join(" | ", l.fields())).append('\n');
                for (List<String> row : l.rows()) {
                    text.append("    ")
                            .append(String.join(
                                    " | ",
                                    row.stream().map(ImportWizardView::shorten).toList()))
                            .append('\n');
                }
            }
            text.append('\n');
        }
        preview.setText(text.isEmpty() ? Messages.get("import.empty") : text.toString());
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 37) + "\u2026" : value;
    }

    /** Shows the wizard in its own window owned by the main window. */
    public static Stage open(Window owner, ImportWizardViewModel vm, FxTaskExecutor work, Runnable choose) {
        vm.refreshParks();
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("import.title"));
        Scene scene = new Scene(new ImportWizardView(vm, work, choose), 900, 700);
        scene.getStylesheets()
                .add(ImportWizardView.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
