package nl.kansenkaart.app.gui;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.ParkAnalyses;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.io.store.ProjectStore;

/**
 * The assumptions panel against the project: the assumptions stored with the shown park's results,
 * whether the panel differs from them, and "Opslaan in project", which runs every analysis with the
 * panel's assumptions and stores results and assumptions, as {@code kansenkaart analyse} does.
 */
public final class SavedAssumptionsViewModel {
    private final TaskExecutor work;
    private final DialogService dialogs;
    private final AssumptionsViewModel panel;
    private final Consumer<String> status;
    private Optional<AnalysisAssumptions> stored = Optional.empty();
    private boolean fromProject;
    private boolean adopting;
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(false);

    /** The stored state of the given panel; {@code status} hears what saving did, in Dutch. */
    public SavedAssumptionsViewModel(
            TaskExecutor work, DialogService dialogs, AssumptionsViewModel panel, Consumer<String> status) {
        this.work = work;
        this.dialogs = dialogs;
        this.panel = panel;
        this.status = status;
        panel.currentProperty().addListener((o, a, b) -> update());
    }

    /**
     * A park was loaded: what its last analysis stored (if anything) goes into the panel, so the window
     * shows the numbers the project's reports carry.
     *
     * @param shownFromProject whether the park comes from a project file (a demo park has nothing to save to)
     */
    public void loaded(Optional<AnalysisAssumptions> storedWithPark, boolean shownFromProject) {
        stored = storedWithPark;
        fromProject = shownFromProject;
        storedWithPark.ifPresent(a -> {
            adopting = true;
            try {
                panel.adopt(a);
            } finally {
                adopting = false;
            }
        });
        update();
    }

    /** Whether the panel is being set from the project right now (no recomputation needed for that). */
    public boolean adopting() {
        return adopting;
    }

    /**
     * Runs every analysis of the park with the panel's assumptions in the background and stores results
     * and assumptions in the project.
     *
     * @param whenStored gets the stored analyses on the FX thread
     */
    public void save(ProjectStore to, String parkId, Consumer<ParkAnalyses> whenStored) {
        AnalysisAssumptions a = panel.currentProperty().get();
        work.execute(
                Messages.get("assumptions.saving"),
                progress -> ParkEngine.analyseAndStore(to, parkId, a, Instant.now(), progress),
                result -> {
                    stored = Optional.of(result.assumptions());
                    whenStored.accept(result);
                    update();
                    status.accept(Messages.get("assumptions.saved", to.file().getFileName()));
                },
                e -> dialogs.showError(Messages.get("assumptions.saveFailed"), WorkbenchViewModel.message(e)));
    }

    private void update() {
        unsaved.set(fromProject
                && !stored.equals(Optional.of(panel.currentProperty().get())));
    }

    /** Whether the panel's assumptions differ from those stored with the shown park's results. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }
}
