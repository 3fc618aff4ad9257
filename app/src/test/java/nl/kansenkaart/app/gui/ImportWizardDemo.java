package nl.kansenkaart.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;

/**
 * Not a test: opens the import wizard on an empty project with the sample files listed and an area
 * file chosen (or, with "bedrijventerrein", the park De Vaart from the IBIS file in the list), for
 * screenshots under Xvfb: {@code java -cp ... nl.kansenkaart.app.gui.ImportWizardDemo (AREA.geojson |
 * bedrijventerrein) [importeer]}.
 */
public final class ImportWizardDemo {
    private ImportWizardDemo() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("kansenkaart-wizard");
        boolean park = args[0].equals("bedrijventerrein");
        Path area = Path.of(args[0]);
        ProjectStore store = ProjectStore.create(dir.resolve("leeg.gpkg"));
        Path extracted = SampleData.extractTo(dir.resolve("bronnen"));
        Platform.startup(() -> {
            Stage main = new Stage();
            FxTaskExecutor work = new FxTaskExecutor(1);
            ImportWizardViewModel vm = new ImportWizardViewModel(
                    work, new AreaAnswer(new FxDialogService(main), area), () -> Optional.of(store), () -> {});
            Stage stage = ImportWizardView.open(null, vm, work, vm::chooseFiles);
            stage.setX(0);
            stage.setY(0);
            vm.addFiles(SampleData.files().stream()
                    .map(f -> extracted.resolve(f.fileName()))
                    .toList());
            if (park) {
                vm.parkChoices().addListener((javafx.collections.ListChangeListener<ImportWizardViewModel.ParkChoice>)
                        c -> vm.parkChoices().stream()
                                .filter(p -> p.id().equals(SampleData.parkId()))
                                .findFirst()
                                .filter(p ->
                                        !(vm.areaProperty().get() instanceof nl.kansenkaart.io.imports.ImportArea.Park))
                                .ifPresent(p -> Platform.runLater(() -> {
                                    var box = (javafx.scene.control.ComboBox<ImportWizardViewModel.ParkChoice>)
                                            stage.getScene().lookup("#import-area-parks");
                                    box.setValue(p);
                                })));
            } else {
                vm.chooseAreaFile();
            }
            if (args.length > 1 && args[1].equals("importeer")) {
                // Import once the background preview of all files has arrived.
                vm.previews()
                        .addListener((javafx.collections.ListChangeListener<ImportWizardViewModel.FilePreview>) c -> {
                            if (vm.previews().size() == SampleData.files().size()
                                    && !vm.runningProperty().get()
                                    && vm.reportProperty().get().isEmpty()) {
                                Platform.runLater(vm::importAll);
                            }
                        });
            }
        });
    }

    /** The real dialogs, except that the area chooser answers with the given file. */
    private record AreaAnswer(DialogService real, Path area) implements DialogService {
        @Override
        public void showError(String title, String message) {
            real.showError(title, message);
        }

        @Override
        public Optional<Path> chooseProjectToOpen() {
            return real.chooseProjectToOpen();
        }

        @Override
        public Optional<Path> chooseProjectToWrite(String titleKey) {
            return real.chooseProjectToWrite(titleKey);
        }

        @Override
        public java.util.List<Path> chooseSourceFiles() {
            return real.chooseSourceFiles();
        }

        @Override
        public Optional<Path> chooseAreaFile() {
            return Optional.of(area);
        }

        @Override
        public Optional<Path> chooseExportFolder() {
            return real.chooseExportFolder();
        }

        @Override
        public void showInformation(String title, String message) {
            real.showInformation(title, message);
        }
    }
}
