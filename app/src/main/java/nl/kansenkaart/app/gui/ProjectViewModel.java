package nl.kansenkaart.app.gui;

import java.nio.file.Path;
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
                progress -> {
                    ProjectStore opened = ProjectStore.open(file);
                    try {
                        return new Opened(opened, opened.parks());
                    } catch (StoreException e) {
                        opened.close();
                        throw e;
                    }
                },
                opened -> {
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
                        status.accept(Messages.get("project.noParks", file.getFileName()));
                    } else {
                        status.accept(Messages.get(
                                "project.opened",
                                file.getFileName(),
                                opened.parks().size()));
                        selectedPark.set(opened.parks().get(0));
                    }
                },
                e -> {
                    status.accept(Messages.get("project.prompt"));
                    dialogs.showError(Messages.get("project.openFailed"), WorkbenchViewModel.message(e));
                });
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
