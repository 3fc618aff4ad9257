package nl.kansenkaart.app.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.kansenkaart.app.engine.ParkExport;
import nl.kansenkaart.io.store.ProjectStore;

/**
 * Exporteren… (Ctrl+E): asks for a folder and writes the shown park's workbook and maps there in the
 * background, as {@code kansenkaart export} does (with the assumptions stored in the project), then
 * lists the files written.
 */
public final class ExportViewModel {
    private final TaskExecutor work;
    private final DialogService dialogs;
    private final Supplier<Optional<ProjectStore>> store;
    private final Supplier<Optional<String>> parkId;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<Optional<ParkExport.Result>> lastExport =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    /**
     * An export of what the workbench shows.
     *
     * @param store the open project, if any
     * @param parkId the id of the park shown, if any
     * @param status where progress and the outcome are told, in Dutch
     */
    public ExportViewModel(
            TaskExecutor work,
            DialogService dialogs,
            Supplier<Optional<ProjectStore>> store,
            Supplier<Optional<String>> parkId,
            Consumer<String> status) {
        this.work = work;
        this.dialogs = dialogs;
        this.store = store;
        this.parkId = parkId;
        this.status = status;
    }

    /** Asks for a folder and exports there; nothing without a project and a park, or when cancelled. */
    public void chooseFolderAndExport() {
        Optional<ProjectStore> from = store.get();
        Optional<String> park = parkId.get();
        if (from.isEmpty() || park.isEmpty() || running.get()) {
            return;
        }
        Optional<Path> folder = dialogs.chooseExportFolder();
        if (folder.isEmpty()) {
            return;
        }
        Path dir = folder.get();
        status.accept(Messages.get("export.running", dir));
        running.set(true);
        work.execute(
                Messages.get("export.running", dir),
                progress -> ParkExport.export(
                        from.get(), park.get(), dir, LocalDate.now(), ZoneId.systemDefault(), progress),
                result -> {
                    running.set(false);
                    lastExport.set(Optional.of(result));
                    status.accept(Messages.get("export.done", result.files().size(), dir));
                    StringBuilder files = new StringBuilder();
                    for (Path f : result.files()) {
                        files.append(dir.relativize(f)).append('\n');
                    }
                    files.append('\n')
                            .append(Messages.get(
                                    result.storedAssumptions() ? "export.storedAssumptions" : "export.defaults"));
                    dialogs.showInformation(
                            Messages.get("export.done", result.files().size(), dir), files.toString());
                },
                e -> {
                    running.set(false);
                    status.accept("");
                    dialogs.showError(Messages.get("export.failed"), WorkbenchViewModel.message(e));
                });
    }

    /** What the last export from the window wrote; empty before one. */
    public ReadOnlyObjectProperty<Optional<ParkExport.Result>> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    /** Whether an export is being written (a second Ctrl+E waits for it). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
