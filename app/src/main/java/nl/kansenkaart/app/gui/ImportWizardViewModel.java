package nl.kansenkaart.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.imports.ImportArea;
import nl.kansenkaart.io.imports.ImportException;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ProjectStore;

/**
 * The import wizard: files chosen or dropped, a preview of each (format, detected kind, CRS, fields,
 * first rows), the import into the open project in the background with cancel, and the Dutch import
 * report at the end.
 */
public final class ImportWizardViewModel {
    /** Rows shown per layer in the preview. */
    public static final int PREVIEW_ROWS = 5;

    /**
     * The preview of one layer.
     *
     * @param layer the layer name
     * @param kind what it was recognised as, in Dutch ("panden (BAG)", "niet herkend")
     * @param crs the declared CRS ("EPSG:28992", "niet opgegeven")
     * @param fields the attribute names
     * @param rows the first rows' values, in field order, as text
     */
    public record LayerPreview(String layer, String kind, String crs, List<String> fields, List<List<String>> rows) {}

    /**
     * The preview of one file.
     *
     * @param file the file
     * @param format the format name, empty when unreadable
     * @param layers its layers
     * @param error why it cannot be read, in Dutch; empty when it can
     * @param importOrder where the file belongs in the import order: parks first (companies need the
     *     units, labels the BAG ids), unreadable and unrecognised files last
     */
    public record FilePreview(
            Path file,
            String format,
            List<LayerPreview> layers,
            String error,
            int importOrder,
            List<ParkChoice> parks) {

        /** Whether the file holds parks (IBIS), imported before the rest. */
        public boolean holdsParks() {
            return importOrder == SourceKind.PARKS.ordinal();
        }
    }

    /**
     * A park to limit an import to ("Bedrijventerrein").
     *
     * @param id the RIN number
     * @param name the park's name
     * @param inProject whether the project holds it now; otherwise it comes from an IBIS file in the list
     */
    public record ParkChoice(String id, String name, boolean inProject) {
        @java.lang.Override
        public String toString() {
            return inProject
                    ? Messages.get("import.park.inProject", name, id)
                    : Messages.get("import.park.inFile", name, id);
        }
    }

    private final TaskExecutor work;
    private final DialogService dialogs;
    private final Supplier<Optional<ProjectStore>> store;
    private final Runnable imported;
    private final ObservableList<FilePreview> previews = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportArea> area = new ReadOnlyObjectWrapper<>(ImportArea.everything());
    private final ReadOnlyStringWrapper areaText = new ReadOnlyStringWrapper(Messages.get("import.area.none"));
    private final ObservableList<ParkChoice> parkChoices = FXCollections.observableArrayList();
    private List<ParkChoice> projectParks = List.of();
    private Optional<TaskExecutor.Cancellable> pending = Optional.empty();

    /**
     * A wizard importing into the project {@code store} gives; {@code imported} runs after an import
     * that changed the project (the workbench reloads its parks).
     */
    public ImportWizardViewModel(
            TaskExecutor work, DialogService dialogs, Supplier<Optional<ProjectStore>> store, Runnable imported) {
        this.work = work;
        this.dialogs = dialogs;
        this.store = store;
        this.imported = imported;
    }

    /** Asks for source files (GeoJSON, GeoPackage, Shapefile, CSV, CityJSON) and adds them; nothing when cancelled. */
    public void chooseFiles() {
        List<Path> chosen = dialogs.chooseSourceFiles();
        if (!chosen.isEmpty()) {
            addFiles(chosen);
        }
    }

    /** Adds files (chosen or dropped) and previews them in the background. */
    public void addFiles(List<Path> files) {
        List<Path> fresh = files.stream()
                .filter(f -> previews.stream().noneMatch(p -> p.file().equals(f)))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        work.execute(
                Messages.get("import.previewing"),
                progress -> {
                    List<FilePreview> list = new ArrayList<>();
                    for (Path f : fresh) {
                        progress.checkCancelled();
                        list.add(SourcePreviews.preview(f));
                    }
                    return list;
                },
                list -> {
                    previews.addAll(list);
                    // Stable: files of the same kind keep the order they were chosen in.
                    FXCollections.sort(previews, java.util.Comparator.comparingInt(FilePreview::importOrder));
                    fillParkChoices();
                },
                e -> report.set(e.getMessage()));
    }

    /** Imports whole files again (no area limit). */
    public void importEverything() {
        area.set(ImportArea.everything());
        areaText.set(Messages.get("import.area.none"));
    }

    /**
     * Asks for an area file (like {@code kansenkaart import --area FILE}) and limits the next import
     * to its polygons; a cancelled chooser keeps the current choice. The file is read at import, so
     * an unreadable one gives the importer's reason in the report.
     */
    public void chooseAreaFile() {
        dialogs.chooseAreaFile().ifPresent(f -> {
            area.set(new ImportArea.AreaFile(f));
            areaText.set(Messages.get("import.area.chosen", f.getFileName()));
        });
    }

    /**
     * Limits the next import to the surroundings of one park, like {@code kansenkaart import --park
     * ID}. A park from an IBIS file in the list (not yet in the project) is possible: that file is
     * then imported whole first, so the park is there to limit the other files to.
     */
    public void choosePark(ParkChoice park) {
        area.set(new ImportArea.Park(park.id()));
        areaText.set(Messages.get("import.area.park", park.name()));
    }

    /** Reads the project's parks again for the park choice (the wizard opens, an import ended). */
    public void refreshParks() {
        Optional<ProjectStore> from = store.get();
        if (from.isEmpty()) {
            projectParks = List.of();
            fillParkChoices();
            return;
        }
        work.execute(
                Messages.get("project.reloading"),
                progress -> from.get().parks().stream()
                        .map(p -> new ParkChoice(p.id(), p.name(), true))
                        .toList(),
                list -> {
                    projectParks = list;
                    fillParkChoices();
                },
                e -> report.set(e.getMessage()));
    }

    /** The project's parks, then those only in an IBIS file of the list, each id once. */
    private void fillParkChoices() {
        Map<String, ParkChoice> byId = new java.util.LinkedHashMap<>();
        projectParks.forEach(p -> byId.put(p.id(), p));
        previews.stream().flatMap(f -> f.parks().stream()).forEach(p -> byId.putIfAbsent(p.id(), p));
        parkChoices.setAll(byId.values());
    }

    /** Removes every file from the list. */
    public void clear() {
        previews.clear();
        report.set("");
        fillParkChoices();
    }

    /** Imports every readable file in list order into the open project, in the background. */
    public void importAll() {
        Optional<ProjectStore> into = store.get();
        if (into.isEmpty()) {
            report.set(Messages.get("import.noProject"));
            return;
        }
        List<Path> files = previews.stream()
                .filter(p -> p.error().isEmpty())
                .map(FilePreview::file)
                .toList();
        if (files.isEmpty()) {
            report.set(Messages.get("import.nothing"));
            return;
        }
        java.util.Set<Path> parkFiles = previews.stream()
                .filter(FilePreview::holdsParks)
                .map(FilePreview::file)
                .collect(java.util.stream.Collectors.toSet());
        running.set(true);
        report.set(Messages.get("import.running"));
        pending = Optional.of(work.execute(
                Messages.get("import.running"),
                progress -> {
                    Importer importer = new Importer();
                    ImportArea within = area.get();
                    // A park chosen from an IBIS file in the list is not in the project yet: the park
                    // files go in whole first, so the other files can be limited to it.
                    boolean parkFromList = within instanceof ImportArea.Park p
                            && into.get().park(p.parkId()).isEmpty();
                    StringBuilder text = new StringBuilder();
                    int done = 0;
                    for (Path f : files) {
                        progress.checkCancelled();
                        ImportArea limit = parkFromList && parkFiles.contains(f) ? ImportArea.everything() : within;
                        try {
                            text.append(importer.importFile(into.get(), f, Optional.empty(), limit, progress)
                                    .toDutchText());
                            done++;
                        } catch (ImportException e) {
                            // One bad file does not stop the others: each import is all or nothing.
                            text.append(Messages.get("import.fileFailed", f.getFileName(), e.getMessage()));
                        }
                        text.append("\n\n");
                    }
                    return new Outcome(done, text.toString().strip());
                },
                outcome -> {
                    running.set(false);
                    pending = Optional.empty();
                    report.set(outcome.text());
                    if (outcome.imported() > 0) {
                        refreshParks();
                        imported.run();
                    }
                },
                e -> {
                    running.set(false);
                    pending = Optional.empty();
                    report.set(Messages.get("import.failed", e.getMessage()));
                }));
    }

    private record Outcome(int imported, String text) {}

    /** Stops the running import; the file being imported is rolled back, earlier files stay. */
    public void cancel() {
        pending.ifPresent(TaskExecutor.Cancellable::cancel);
        pending = Optional.empty();
        if (running.get()) {
            running.set(false);
            report.set(Messages.get("import.cancelled"));
        }
    }

    /** The files with their previews. */
    public ObservableList<FilePreview> previews() {
        return previews;
    }

    /** Whether an import runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The part of each file the import keeps: everything, or near the polygons of an area file. */
    public ReadOnlyObjectProperty<ImportArea> areaProperty() {
        return area.getReadOnlyProperty();
    }

    /** The parks an import can be limited to: the project's, then those only in an IBIS file of the list. */
    public ObservableList<ParkChoice> parkChoices() {
        return parkChoices;
    }

    /** The chosen area file or park in Dutch, for beside the choice. */
    public ReadOnlyStringProperty areaTextProperty() {
        return areaText.getReadOnlyProperty();
    }

    /** The import report in Dutch, or what went wrong. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }
}
