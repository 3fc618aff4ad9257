package nl.kansenkaart.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open project file: opening it in the background, its parks and the one chosen, the window
 * title, and the recent projects remembered in the preferences.
 */
public final class ProjectViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectViewModel.class);

    private final TaskExecutor work;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final Runnable forgetShownPark;
    private final ObservableList<Park> parks = FXCollections.observableArrayList();
    private final ObjectProperty<Park> selectedPark = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("app.title"));
    private final ReadOnlyBooleanWrapper projectOpen = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private Optional<WorkbenchPreferences> preferences = Optional.empty();
    private volatile Optional<ProjectStore> store = Optional.empty();

    /**
     * The project state.
     *
     * @param status receives what the project is doing, in Dutch
     * @param forgetShownPark makes the next choice of a park load it again, even the same one (after an import)
     */
    public ProjectViewModel(
            TaskExecutor work, DialogService dialogs, Consumer<String> status, Runnable forgetShownPark) {
        this.work = work;
        this.dialogs = dialogs;
        this.status = status;
        this.forgetShownPark = forgetShownPark;
    }

    /** Asks for a project file and opens it. */
    public void chooseAndOpen() {
        dialogs.chooseProjectToOpen().ifPresent(this::open);
    }

    /** Opens a project file in the background and chooses its first park. */
    public void open(Path file) {
        status.accept(Messages.get("project.opening", file.getFileName()));
        work.execute(
                Messages.get("project.opening", file.getFileName()),
                progress -> openStore(file),
                opened -> adopt(file, opened, Optional.empty()),
                e -> {
                    status.accept(Messages.get("project.prompt"));
                    dialogs.showError(Messages.get("project.openFailed"), WorkbenchViewModel.message(e));
                });
    }

    /** Asks where a new, empty project goes and creates it ("Nieuw project…", Ctrl+N). */
    public void chooseAndCreate() {
        dialogs.chooseProjectToWrite("project.new.title").ifPresent(this::create);
    }

    /** Creates a new, empty project file and opens it; an existing file is refused with the reason. */
    public void create(Path file) {
        work.execute(
                Messages.get("project.creating", file.getFileName()),
                progress -> new Opened(ProjectStore.create(file), List.of()),
                opened -> adopt(file, opened, Optional.empty()),
                e -> dialogs.showError(Messages.get("project.createFailed"), WorkbenchViewModel.message(e)));
    }

    /** Asks for a file name and saves the open project under it ("Opslaan als…", Ctrl+Shift+S). */
    public void chooseAndSaveAs() {
        if (store.isPresent()) {
            dialogs.chooseProjectToWrite("project.saveAs.title").ifPresent(this::saveAs);
        }
    }

    /**
     * Copies the open project file (imports, edits, stored results) to {@code target} and goes on in
     * the copy, showing the same park; the original stays as it was. On failure the original is
     * opened again.
     */
    public void saveAs(Path target) {
        Optional<ProjectStore> current = store;
        if (current.isEmpty()) {
            return;
        }
        Path from = current.get().file();
        if (from.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            return;
        }
        Optional<String> shown = Optional.ofNullable(selectedPark.get()).map(Park::id);
        // Closed first, so the copy holds everything written and the original is not in use twice.
        store = Optional.empty();
        work.execute(
                Messages.get("project.savingAs", target.getFileName()),
                progress -> {
                    current.get().close();
                    Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
                    return openStore(target);
                },
                opened -> adopt(target, opened, shown),
                e -> {
                    dialogs.showError(
                            Messages.get("project.saveAsFailed", target.getFileName()), WorkbenchViewModel.message(e));
                    open(from);
                });
    }

    private static Opened openStore(Path file) throws StoreException {
        ProjectStore opened = ProjectStore.open(file);
        try {
            return new Opened(opened, opened.parks());
        } catch (StoreException e) {
            opened.close();
            throw e;
        }
    }

    /** Goes on in an opened project: its parks, the title, the recent list; shows {@code keep} or the first park. */
    private void adopt(Path file, Opened opened, Optional<String> keep) {
        closeStore();
        store = Optional.of(opened.store());
        projectOpen.set(true);
        title.set(Messages.get("app.titleWithProject", file.getFileName()));
        parks.setAll(opened.parks());
        preferences.ifPresent(p -> {
            p.projectOpened(file);
            recentProjects.setAll(p.recentProjects());
        });
        if (opened.parks().isEmpty()) {
            selectedPark.set(null);
            status.accept(Messages.get("project.noParks", file.getFileName()));
            return;
        }
        status.accept(Messages.get(
                "project.opened", file.getFileName(), opened.parks().size()));
        selectedPark.set(opened.parks().stream()
                .filter(p -> keep.map(p.id()::equals).orElse(false))
                .findFirst()
                .orElse(opened.parks().get(0)));
    }

    private record Opened(ProjectStore store, List<Park> parks) {}

    /** A park in memory (a demo or a test) as the only park, without a project file. */
    public void showInMemory(Park park) {
        parks.setAll(List.of(park));
        projectOpen.set(true);
        title.set(Messages.get("app.titleWithProject", park.name()));
    }

    /** After an import: reads the parks again and reloads the park shown (or shows the first). */
    public void reloadParks() {
        Optional<ProjectStore> from = store;
        if (from.isEmpty()) {
            return;
        }
        work.execute(
                Messages.get("project.reloading"),
                progress -> from.get().parks(),
                list -> {
                    Park shown = selectedPark.get();
                    forgetShownPark.run();
                    parks.setAll(list);
                    Optional<Park> again = list.stream()
                            .filter(p -> shown != null && p.id().equals(shown.id()))
                            .findFirst()
                            .or(() -> list.stream().findFirst());
                    selectedPark.set(null);
                    again.ifPresent(selectedPark::set);
                },
                e -> dialogs.showError(Messages.get("project.openFailed"), WorkbenchViewModel.message(e)));
    }

    /** Remembers opened projects in these preferences and lists them as recent projects. */
    public void usePreferences(WorkbenchPreferences prefs) {
        preferences = Optional.of(prefs);
        recentProjects.setAll(prefs.recentProjects());
    }

    /** The open project file; empty before one is opened or for a park in memory. */
    public Optional<ProjectStore> store() {
        return store;
    }

    private void closeStore() {
        store.ifPresent(s -> {
            try {
                s.close();
            } catch (StoreException e) {
                LOG.warn("project sluiten mislukt", e);
            }
        });
        store = Optional.empty();
    }

    /** Closes the project file. */
    @java.lang.Override
    public void close() {
        closeStore();
    }

    /** The parks of the open project. */
    public ObservableList<Park> parks() {
        return parks;
    }

    /** The park chosen; the workbench loads it. */
    public ObjectProperty<Park> selectedParkProperty() {
        return selectedPark;
    }

    /** The window title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether a project (or an in-memory park) is open. */
    public ReadOnlyBooleanProperty projectOpenProperty() {
        return projectOpen.getReadOnlyProperty();
    }

    /** The recent projects, newest first (empty without preferences). */
    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }
}
