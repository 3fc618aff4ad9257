package nl.kansenkaart.app.gui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.AssumptionsException;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.io.store.ProjectStore;

/**
 * The park on screen: loading it (its map first, then every analysis), analysing it again after a
 * new assumption or a consultant's edit (a newer run wins), and handing each result to the panels.
 */
public final class ShownParkViewModel {

    /** Where the shown park goes: the map and the panels. */
    public interface Display {
        /** A park's map content is ready (before its analyses): draw it, clear the selection. */
        void drawn(MapContent content);

        /**
         * The map takes new content of the same park (the results' own geometry, the collective
         * kansen) and keeps its view.
         */
        void redraw(MapContent content);

        /** New analyses of the shown park: the panels and tables follow. */
        void analysed(AnalysedPark result);

        /** No park is shown any more (a new, empty project): map, panels and tables empty. */
        void cleared();
    }

    private final TaskExecutor work;
    private final DialogService dialogs;
    private final Supplier<Optional<ProjectStore>> store;
    private final AssumptionsViewModel assumptions;
    private final SavedAssumptionsViewModel savedAssumptions;
    private final LocalDate referenceDate;
    private final Consumer<String> status;
    private final Display display;
    private final ReadOnlyObjectWrapper<Optional<AnalysedPark>> analyses =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    // The park with the latest edits, ahead of the analyses while a run is on its way.
    private Optional<ParkSnapshot> snapshot = Optional.empty();
    private long generation;
    // Counts park loads apart from the analysis runs: an assumption changed while a park loads must
    // not drop the load, a clear must.
    private long loads;
    private Optional<TaskExecutor.Cancellable> pending = Optional.empty();

    /**
     * The shown park.
     *
     * @param store the open project, empty for a park in memory
     * @param referenceDate the day labels must be valid on (peildatum)
     * @param status receives what is being done, in Dutch
     */
    public ShownParkViewModel(
            TaskExecutor work,
            DialogService dialogs,
            Supplier<Optional<ProjectStore>> store,
            AssumptionsViewModel assumptions,
            SavedAssumptionsViewModel savedAssumptions,
            LocalDate referenceDate,
            Consumer<String> status,
            Display display) {
        this.work = work;
        this.dialogs = dialogs;
        this.store = store;
        this.assumptions = assumptions;
        this.savedAssumptions = savedAssumptions;
        this.referenceDate = referenceDate;
        this.status = status;
        this.display = display;
    }

    /** Whether this park is on screen already (or on its way). */
    public boolean shows(Park park) {
        return snapshot.map(s -> s.park().id().equals(park.id())).orElse(false);
    }

    /** Makes the next {@link #load} load again, even the same park (its data changed). */
    public void forget() {
        snapshot = Optional.empty();
    }

    /**
     * Shows no park (a project without parks): a load or recomputation on its way is dropped and the
     * map, panels and tables empty, so nothing of the previous project stays on screen.
     */
    public void clear() {
        ++generation;
        ++loads;
        pending.ifPresent(TaskExecutor.Cancellable::cancel);
        pending = Optional.empty();
        snapshot = Optional.empty();
        analyses.set(Optional.empty());
        display.cleared();
    }

    /**
     * Loads a park in two steps, so the window is usable early: first the park and its map (a frame
     * shows as soon as it is drawn), then every analysis, after which tables, panels and the kansen
     * layer follow.
     */
    public void load(Park park) {
        Optional<ProjectStore> from = store.get();
        if (from.isEmpty()) {
            return;
        }
        status.accept(Messages.get("park.loading", park.name()));
        long mine = ++loads;
        work.execute(
                Messages.get("park.loading", park.name()),
                progress -> {
                    ParkSnapshot loadedPark = from.get().load(park.id());
                    // What the park's last "kansenkaart analyse" stored wins over the panel, so the
                    // window shows the numbers the project's reports carry.
                    Optional<AnalysisAssumptions> stored = Optional.empty();
                    String unreadable = "";
                    try {
                        stored = ParkEngine.storedAssumptions(from.get(), park.id(), referenceDate);
                    } catch (AssumptionsException e) {
                        unreadable = e.getMessage();
                    }
                    return new Drawn(MapContent.of(loadedPark), stored, unreadable);
                },
                drawn -> {
                    if (mine != loads) {
                        return;
                    }
                    // The shown results belong to the previous park: none until this one's are in.
                    analyses.set(Optional.empty());
                    snapshot = Optional.of(drawn.content().snapshot());
                    display.drawn(drawn.content());
                    savedAssumptions.loaded(drawn.stored(), true);
                    if (!drawn.unreadable().isEmpty()) {
                        dialogs.showError(Messages.get("assumptions.storedUnreadable"), drawn.unreadable());
                    }
                    analyse(drawn.content());
                },
                e -> {
                    status.accept("");
                    dialogs.showError(Messages.get("park.loadFailed", park.name()), WorkbenchViewModel.message(e));
                });
    }

    private record Drawn(MapContent content, Optional<AnalysisAssumptions> stored, String unreadable) {}

    /** The second step of loading: every analysis of the park on the map, with the panel's assumptions. */
    private void analyse(MapContent content) {
        AnalysisAssumptions a = assumptions.currentProperty().get();
        long mine = ++generation;
        status.accept(Messages.get("analysis.running"));
        pending.ifPresent(TaskExecutor.Cancellable::cancel);
        pending = Optional.of(work.execute(
                Messages.get("analysis.running"),
                progress -> AnalysedPark.run(content, content.snapshot(), a, progress),
                result -> {
                    if (mine != generation) {
                        return;
                    }
                    apply(result, true);
                    showLoaded(content.snapshot());
                    if (!assumptions.currentProperty().get().equals(a)) {
                        // The consultant changed an assumption while the park was analysed.
                        recompute();
                    }
                },
                e -> {
                    status.accept("");
                    dialogs.showError(Messages.get("analysis.failed"), WorkbenchViewModel.message(e));
                }));
    }

    /** Shows a park analysed already (a demo or a test park in memory). */
    public void show(AnalysedPark result) {
        snapshot = Optional.of(result.snapshot());
        display.drawn(result.content());
        apply(result, false);
        showLoaded(result.content().snapshot());
    }

    private void showLoaded(ParkSnapshot s) {
        status.accept(Messages.get(
                "park.loaded",
                s.park().name(),
                s.buildings().size(),
                s.units().size(),
                s.labels().size()));
    }

    /** @param firstOfPark the first analyses of a park just drawn: the map takes their content first */
    private void apply(AnalysedPark result, boolean firstOfPark) {
        if (firstOfPark) {
            display.redraw(result.content());
        }
        Optional<AnalysedPark> before = analyses.get();
        analyses.set(Optional.of(result));
        if (before.isPresent() && before.get().content() != result.content()) {
            // A recomputation redraws the results with geometry of their own (the collective kansen),
            // keeping the view where the consultant left it.
            display.redraw(result.content());
        }
        display.analysed(result);
    }

    /** Reruns the analyses on the shown park in the background (assumptions changed); a newer run wins. */
    public void recompute() {
        Optional<AnalysedPark> now = analyses.get();
        if (now.isEmpty()) {
            return;
        }
        MapContent content = now.get().content();
        ParkSnapshot s = snapshot.orElse(now.get().snapshot());
        AnalysisAssumptions a = assumptions.currentProperty().get();
        long mine = ++generation;
        pending.ifPresent(TaskExecutor.Cancellable::cancel);
        pending = Optional.of(work.execute(
                Messages.get("analysis.running"),
                progress -> AnalysedPark.run(content, s, a, progress),
                result -> {
                    if (mine == generation) {
                        apply(result, false);
                        status.accept(Messages.get(
                                "analysis.done", result.assumptions().solar().name()));
                    }
                },
                e -> dialogs.showError(Messages.get("analysis.failed"), WorkbenchViewModel.message(e))));
    }

    /**
     * Stores a consultant's edit in the project at once and recomputes the analyses with it. Without
     * a project file (a demo park) the edit lives in memory only.
     */
    public void saveOverride(nl.kansenkaart.core.model.Override edit) {
        change(
                s -> AnalysedPark.withOverride(s, edit),
                store -> store.saveOverride(edit),
                Messages.get("edit.saved", edit.key(), edit.targetId()));
    }

    /**
     * Removes a consultant's edit (a cleared cell) from the project at once and recomputes: the
     * imported or computed value counts again.
     */
    public void clearOverride(nl.kansenkaart.core.model.Override.OverrideTarget target, String targetId, String key) {
        change(
                s -> AnalysedPark.withoutOverride(s, target, targetId, key),
                store -> store.deleteOverride(target, targetId, key),
                Messages.get("edit.cleared", key, targetId));
    }

    /** This park's edits as the panels send them: saved or cleared, then recomputed. */
    public OverrideSink edits() {
        return new OverrideSink() {
            @java.lang.Override
            public void save(nl.kansenkaart.core.model.Override edit) {
                saveOverride(edit);
            }

            @java.lang.Override
            public void clear(nl.kansenkaart.core.model.Override.OverrideTarget target, String targetId, String key) {
                clearOverride(target, targetId, key);
            }
        };
    }

    /** What an edit does to the project file. */
    @FunctionalInterface
    private interface StoreChange {
        void apply(ProjectStore store) throws Exception;
    }

    private void change(java.util.function.UnaryOperator<ParkSnapshot> edit, StoreChange stored, String doneMessage) {
        Optional<AnalysedPark> now = analyses.get();
        if (now.isEmpty()) {
            return;
        }
        Optional<ProjectStore> to = store.get();
        MapContent content = now.get().content();
        ParkSnapshot edited = edit.apply(snapshot.orElse(now.get().snapshot()));
        // The latest edits live here at once, so a run started before this one finishes includes it.
        snapshot = Optional.of(edited);
        AnalysisAssumptions a = assumptions.currentProperty().get();
        long mine = ++generation;
        work.execute(
                Messages.get("edit.saving"),
                progress -> {
                    if (to.isPresent()) {
                        stored.apply(to.get());
                    }
                    return AnalysedPark.run(content, edited, a, progress);
                },
                result -> {
                    if (mine == generation) {
                        apply(result, false);
                    }
                    status.accept(doneMessage);
                },
                e -> dialogs.showError(Messages.get("edit.failed"), WorkbenchViewModel.message(e)));
    }

    /** Takes a company found elsewhere in the project into the shown park, before an edit matches it here. */
    public void adoptCompany(Company company) {
        analyses.get()
                .ifPresent(now ->
                        snapshot = Optional.of(AnalysedPark.withCompany(snapshot.orElse(now.snapshot()), company)));
    }

    /**
     * Runs every analysis of the shown park with the panel's assumptions and stores results and
     * assumptions in the project ("Opslaan in project"), as {@code kansenkaart analyse} does.
     */
    public void saveAssumptionsToProject() {
        Optional<ProjectStore> to = store.get();
        Optional<AnalysedPark> now = analyses.get();
        if (to.isEmpty() || now.isEmpty()) {
            return;
        }
        MapContent content = now.get().content();
        long mine = ++generation;
        savedAssumptions.save(to.get(), now.get().snapshot().park().id(), result -> {
            if (mine == generation) {
                apply(AnalysedPark.redrawn(content, result), false);
            }
        });
    }

    /** The analyses of the shown park, with the current edits and assumptions. */
    public ReadOnlyObjectProperty<Optional<AnalysedPark>> analysesProperty() {
        return analyses.getReadOnlyProperty();
    }
}
