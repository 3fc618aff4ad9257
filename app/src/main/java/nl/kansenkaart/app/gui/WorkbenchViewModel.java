package nl.kansenkaart.app.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.AssumptionsException;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: the open project, its parks, the chosen park, and the panels' view-models
 * that show it. Opening and loading run in the background through the task executor.
 */
public final class WorkbenchViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchViewModel.class);

    private final TaskExecutor work;
    private final DialogService dialogs;
    private final SelectionModel selection = new SelectionModel();
    private final LayersViewModel layers = new LayersViewModel();
    private final MapViewModel map;
    private final BuildingPanelViewModel building;
    private final AddressListViewModel addresses;
    private final CompanyMatchViewModel companyMatch;
    private final AssumptionsViewModel assumptions;
    private final ResultTableViewModel<SolarRow> solarTable;
    private final ResultTableViewModel<LabelRow> labelTable;
    private final ResultTableViewModel<ObligationRow> obligationTable;
    private final ResultTableViewModel<KansenRow> kansenTable;
    private final PresentationViewModel presentation;
    private final ImportWizardViewModel importWizard;
    private final ReadOnlyObjectWrapper<Optional<AnalysedPark>> analyses =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private long analysisGeneration;
    private Optional<TaskExecutor.Cancellable> pendingAnalysis = Optional.empty();
    private final ObservableList<Park> parks = FXCollections.observableArrayList();
    private final ObjectProperty<Park> selectedPark = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("app.title"));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.get("project.prompt"));
    private final ReadOnlyBooleanWrapper projectOpen = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private Optional<WorkbenchPreferences> preferences = Optional.empty();
    private Optional<ProjectStore> store = Optional.empty();
    private Optional<ParkSnapshot> snapshot = Optional.empty();
    private final LocalDate referenceDate;
    private final SavedAssumptionsViewModel savedAssumptions;
    private final ExportViewModel export;

    /**
     * The workbench state.
     *
     * @param work runs opening and loading
     * @param render runs map rendering (its own thread, so a long load does not hold up the map)
     * @param dialogs shows errors and file choosers
     */
    public WorkbenchViewModel(TaskExecutor work, TaskExecutor render, DialogService dialogs) {
        this(work, render, dialogs, LocalDate.now());
    }

    /**
     * The workbench state with a fixed reference date for the label obligation (tests).
     *
     * @param referenceDate the day labels must be valid on (peildatum)
     */
    public WorkbenchViewModel(TaskExecutor work, TaskExecutor render, DialogService dialogs, LocalDate referenceDate) {
        this.work = work;
        this.dialogs = dialogs;
        this.map = new MapViewModel(render, selection, layers.themeProperty().get());
        this.building = new BuildingPanelViewModel(selection, this::saveOverride);
        this.addresses = new AddressListViewModel(selection, this::saveOverride);
        this.companyMatch = new CompanyMatchViewModel(
                this::saveOverride,
                this::adoptCompany,
                work,
                (query, limit) -> store.isPresent() ? store.get().searchCompanies(query, limit) : List.of());
        this.assumptions = new AssumptionsViewModel(referenceDate);
        this.solarTable = new ResultTableViewModel<>(selection, ResultRows::solar);
        this.labelTable = new ResultTableViewModel<>(selection, ResultRows::labels);
        this.obligationTable = new ResultTableViewModel<>(selection, ResultRows::obligations);
        this.kansenTable = new ResultTableViewModel<>(selection, ResultRows::kansen);
        this.presentation = new PresentationViewModel(layers);
        this.importWizard = new ImportWizardViewModel(work, dialogs, () -> store, this::reloadParks);
        this.savedAssumptions = new SavedAssumptionsViewModel(work, dialogs, assumptions, status::set);
        this.export = new ExportViewModel(
                work,
                dialogs,
                () -> store,
                () -> analyses.get().map(a -> a.snapshot().park().id()),
                status::set);
        layers.themeProperty().addListener((o, a, b) -> map.setTheme(b));
        this.referenceDate = referenceDate;
        assumptions.currentProperty().addListener((o, a, b) -> {
            if (!savedAssumptions.adopting()) {
                recompute();
            }
        });
        selectedPark.addListener((o, a, b) -> {
            if (b != null && snapshot.map(s -> !s.park().id().equals(b.id())).orElse(true)) {
                loadPark(b);
            }
        });
    }

    /** Asks for a project file and opens it. */
    public void chooseAndOpenProject() {
        dialogs.chooseProjectToOpen().ifPresent(this::openProject);
    }

    /** Opens a project file in the background and shows its first park. */
    public void openProject(Path file) {
        status.set(Messages.get("project.opening", file.getFileName()));
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
                        status.set(Messages.get("project.noParks", file.getFileName()));
                    } else {
                        status.set(Messages.get(
                                "project.opened",
                                file.getFileName(),
                                opened.parks().size()));
                        selectedPark.set(opened.parks().get(0));
                    }
                },
                e -> {
                    status.set(Messages.get("project.prompt"));
                    dialogs.showError(Messages.get("project.openFailed"), message(e));
                });
    }

    private record Opened(ProjectStore store, List<Park> parks) {}

    /**
     * Runs every analysis of the shown park with the panel's assumptions and stores results and
     * assumptions in the project ("Opslaan in project"), as {@code kansenkaart analyse} does, so an
     * export afterwards carries the same numbers.
     */
    public void saveAssumptionsToProject() {
        Optional<ProjectStore> to = store;
        Optional<AnalysedPark> now = analyses.get();
        if (to.isEmpty() || now.isEmpty()) {
            return;
        }
        MapContent content = now.get().content();
        long mine = ++analysisGeneration;
        savedAssumptions.save(to.get(), now.get().snapshot().park().id(), result -> {
            if (mine == analysisGeneration) {
                apply(AnalysedPark.redrawn(content, result));
            }
        });
    }

    /** The export of the shown park. */
    public ExportViewModel export() {
        return export;
    }

    /** The assumptions panel against the project ("Opslaan in project"). */
    public SavedAssumptionsViewModel savedAssumptions() {
        return savedAssumptions;
    }

    /**
     * Loads a park in two steps, so the window is usable early: first the park and its map (a frame
     * shows as soon as it is drawn), then every analysis, after which tables, panels and the kansen
     * layer follow.
     */
    private void loadPark(Park park) {
        Optional<ProjectStore> from = store;
        if (from.isEmpty()) {
            return;
        }
        status.set(Messages.get("park.loading", park.name()));
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
                    // The shown results belong to the previous park: none until this one's are in.
                    analyses.set(Optional.empty());
                    snapshot = Optional.of(drawn.content().snapshot());
                    selection.clear();
                    map.setContent(drawn.content());
                    building.setContent(drawn.content());
                    savedAssumptions.loaded(drawn.stored(), true);
                    if (!drawn.unreadable().isEmpty()) {
                        dialogs.showError(Messages.get("assumptions.storedUnreadable"), drawn.unreadable());
                    }
                    analyse(drawn.content());
                },
                e -> {
                    status.set("");
                    dialogs.showError(Messages.get("park.loadFailed", park.name()), message(e));
                });
    }

    private record Drawn(MapContent content, Optional<AnalysisAssumptions> stored, String unreadable) {}

    /** The second step of loading: every analysis of the park on the map, with the panel's assumptions. */
    private void analyse(MapContent content) {
        AnalysisAssumptions a = assumptions.currentProperty().get();
        long mine = ++analysisGeneration;
        status.set(Messages.get("analysis.running"));
        pendingAnalysis.ifPresent(TaskExecutor.Cancellable::cancel);
        pendingAnalysis = Optional.of(work.execute(
                Messages.get("analysis.running"),
                progress -> AnalysedPark.run(content, content.snapshot(), a, progress),
                result -> {
                    if (mine != analysisGeneration) {
                        return;
                    }
                    map.replaceContent(result.content());
                    apply(result);
                    ParkSnapshot s = content.snapshot();
                    status.set(Messages.get(
                            "park.loaded",
                            s.park().name(),
                            s.buildings().size(),
                            s.units().size(),
                            s.labels().size()));
                    if (!assumptions.currentProperty().get().equals(a)) {
                        // The consultant changed an assumption while the park was analysed.
                        recompute();
                    }
                },
                e -> {
                    status.set("");
                    dialogs.showError(Messages.get("analysis.failed"), message(e));
                }));
    }

    /** Shows a park that is already in memory (a demo or a test), without a project file. */
    public void showPark(ParkSnapshot parkSnapshot) {
        parks.setAll(List.of(parkSnapshot.park()));
        projectOpen.set(true);
        title.set(Messages.get("app.titleWithProject", parkSnapshot.park().name()));
        savedAssumptions.loaded(Optional.empty(), false);
        show(AnalysedPark.runAndDraw(parkSnapshot, assumptions.currentProperty().get(), Progress.NONE));
        selectedPark.set(parkSnapshot.park());
    }

    private void show(AnalysedPark result) {
        MapContent content = result.content();
        snapshot = Optional.of(result.snapshot());
        selection.clear();
        map.setContent(content);
        building.setContent(content);
        apply(result);
        ParkSnapshot s = content.snapshot();
        status.set(Messages.get(
                "park.loaded",
                s.park().name(),
                s.buildings().size(),
                s.units().size(),
                s.labels().size()));
    }

    private void apply(AnalysedPark result) {
        Optional<AnalysedPark> before = analyses.get();
        analyses.set(Optional.of(result));
        if (before.isPresent() && before.get().content() != result.content()) {
            // A recomputation redraws the results with geometry of their own (the collective kansen),
            // keeping the view where the consultant left it.
            map.replaceContent(result.content());
        }
        companyMatch.setResults(result);
        building.setResults(result);
        addresses.setResults(result);
        solarTable.setResults(result);
        labelTable.setResults(result);
        obligationTable.setResults(result);
        kansenTable.setResults(result);
        presentation.setResults(result);
        layers.setAnalyses(result.mapAnalyses());
    }

    /** Reruns the analyses on the shown park in the background (assumptions changed); a newer run wins. */
    public void recompute() {
        Optional<AnalysedPark> now = analyses.get();
        if (now.isEmpty()) {
            return;
        }
        runAnalyses(now.get().content(), snapshot.orElse(now.get().snapshot()));
    }

    private void runAnalyses(MapContent content, ParkSnapshot s) {
        AnalysisAssumptions a = assumptions.currentProperty().get();
        long mine = ++analysisGeneration;
        pendingAnalysis.ifPresent(TaskExecutor.Cancellable::cancel);
        pendingAnalysis = Optional.of(work.execute(
                Messages.get("analysis.running"),
                progress -> AnalysedPark.run(content, s, a, progress),
                result -> {
                    if (mine == analysisGeneration) {
                        apply(result);
                        status.set(Messages.get(
                                "analysis.done", result.assumptions().solar().name()));
                    }
                },
                e -> dialogs.showError(Messages.get("analysis.failed"), message(e))));
    }

    /**
     * Stores a consultant's edit in the project at once and recomputes the analyses with it. Without
     * a project file (a demo park) the edit lives in memory only.
     */
    public void saveOverride(nl.kansenkaart.core.model.Override edit) {
        Optional<AnalysedPark> now = analyses.get();
        if (now.isEmpty()) {
            return;
        }
        Optional<ProjectStore> to = store;
        MapContent content = now.get().content();
        ParkSnapshot edited =
                AnalysedPark.withOverride(snapshot.orElse(now.get().snapshot()), edit);
        // The latest edits live here at once, so a run started before this one finishes includes it.
        snapshot = Optional.of(edited);
        AnalysisAssumptions a = assumptions.currentProperty().get();
        long mine = ++analysisGeneration;
        work.execute(
                Messages.get("edit.saving"),
                progress -> {
                    if (to.isPresent()) {
                        to.get().saveOverride(edit);
                    }
                    return AnalysedPark.run(content, edited, a, progress);
                },
                result -> {
                    if (mine == analysisGeneration) {
                        apply(result);
                    }
                    status.set(Messages.get("edit.saved", edit.key(), edit.targetId()));
                },
                e -> dialogs.showError(Messages.get("edit.failed"), message(e)));
    }

    /** Takes a company found elsewhere in the project into the shown park, before an edit matches it here. */
    private void adoptCompany(nl.kansenkaart.core.model.Company company) {
        analyses.get()
                .ifPresent(now ->
                        snapshot = Optional.of(AnalysedPark.withCompany(snapshot.orElse(now.snapshot()), company)));
    }

    static String message(Exception e) {
        // StoreException and the model's IllegalArgumentException carry Dutch text for the user.
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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

    /** The park shown; setting it loads that park. */
    public ObjectProperty<Park> selectedParkProperty() {
        return selectedPark;
    }

    /** The window title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the workbench is doing or did last, in Dutch. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether a project (or an in-memory park) is open. */
    public ReadOnlyBooleanProperty projectOpenProperty() {
        return projectOpen.getReadOnlyProperty();
    }

    /** The shared selection. */
    public SelectionModel selection() {
        return selection;
    }

    /** The layers panel. */
    public LayersViewModel layers() {
        return layers;
    }

    /** The map. */
    public MapViewModel map() {
        return map;
    }

    /** The building panel. */
    public BuildingPanelViewModel building() {
        return building;
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
                    snapshot = Optional.empty();
                    parks.setAll(list);
                    Optional<Park> again = list.stream()
                            .filter(p -> shown != null && p.id().equals(shown.id()))
                            .findFirst()
                            .or(() -> list.stream().findFirst());
                    selectedPark.set(null);
                    again.ifPresent(selectedPark::set);
                },
                e -> dialogs.showError(Messages.get("project.openFailed"), message(e)));
    }

    /** The import wizard. */
    public ImportWizardViewModel importWizard() {
        return importWizard;
    }

    /** Remembers opened projects in these preferences and lists them as recent projects. */
    public void usePreferences(WorkbenchPreferences prefs) {
        preferences = Optional.of(prefs);
        recentProjects.setAll(prefs.recentProjects());
    }

    /** The recent projects, newest first (empty without preferences). */
    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    /** The assumptions panel. */
    public AssumptionsViewModel assumptions() {
        return assumptions;
    }

    /** The Zon op dak table. */
    public ResultTableViewModel<SolarRow> solarTable() {
        return solarTable;
    }

    /** The Label C table. */
    public ResultTableViewModel<LabelRow> labelTable() {
        return labelTable;
    }

    /** The Verplichtingen table. */
    public ResultTableViewModel<ObligationRow> obligationTable() {
        return obligationTable;
    }

    /** The Kansen table. */
    public ResultTableViewModel<KansenRow> kansenTable() {
        return kansenTable;
    }

    /** Presentation mode. */
    public PresentationViewModel presentation() {
        return presentation;
    }

    /** The analyses of the shown park, with the current edits and assumptions. */
    public ReadOnlyObjectProperty<Optional<AnalysedPark>> analysesProperty() {
        return analyses.getReadOnlyProperty();
    }

    /** "Bedrijf koppelen…": the companies of one verblijfsobject. */
    public CompanyMatchViewModel companyMatch() {
        return companyMatch;
    }

    /** The adressenlijst. */
    public AddressListViewModel addresses() {
        return addresses;
    }
}
