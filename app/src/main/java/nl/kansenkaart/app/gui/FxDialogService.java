package nl.kansenkaart.app.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    /** Dialogs owned by the given window. */
    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("project.open.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.get("project.open.filter"), "*.gpkg"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProjectToWrite(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.get("project.open.filter"), "*.gpkg"));
        File file = chooser.showSaveDialog(owner);
        // The chooser does not add the extension a typed name lacks.
        return Optional.ofNullable(file)
                .map(File::toPath)
                .map(p -> p.getFileName()
                                .toString()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith(".gpkg")
                        ? p
                        : p.resolveSibling(p.getFileName() + ".gpkg"));
    }

    @Override
    public java.util.List<Path> chooseSourceFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.choose.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                Messages.get("import.choose.filter"),
                                "*.geojson",
                                "*.json",
                                "*.geojsonl",
                                "*.gpkg",
                                "*.shp",
                                "*.zip",
                                "*.csv",
                                "*.city.json",
                                "*.jsonl"),
                        new FileChooser.ExtensionFilter(Messages.get("import.choose.all"), "*.*"));
        java.util.List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null
                ? java.util.List.of()
                : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseAreaFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.area.choose.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                Messages.get("import.area.choose.filter"),
                                "*.geojson",
                                "*.json",
                                "*.gpkg",
                                "*.shp",
                                "*.zip"),
                        new FileChooser.ExtensionFilter(Messages.get("import.choose.all"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(Messages.get("export.choose.title"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.setResizable(true);
        alert.showAndWait();
    }
}
