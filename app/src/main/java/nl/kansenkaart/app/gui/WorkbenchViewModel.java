package nl.kansenkaart.app.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;

/**
 * The main window's state: builds the panels' view-models and wires them together. The open project
 * and its parks live in {@link ProjectViewModel}, the park on screen and its analyses in {@link
 * ShownParkViewModel}; this class hands each new result to the panels and keeps the status line.
 */
public final class WorkbenchViewModel implements AutoCloseable {
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
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.get("project.prompt"));
    private final SavedAssumptionsViewModel savedAssumptions;
    private final ExportViewModel export;
    private final ProjectViewModel project;
    private final ShownParkViewModel shown;

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
        this.map = new MapViewModel(render, selection, layers.themeProperty().get());
        this.assumptions = new AssumptionsViewModel(referenceDate);
        this.savedAssumptions = new SavedAssumptionsViewModel(work, dialogs, assumptions, status::set);
        this.shown = new ShownParkViewModel(
                work,
                dialogs,
                this::store,
                assumptions,
                savedAssumptions,
                referenceDate,
                status::set,
                new ShownParkViewModel.Display() {
                    @java.lang.Override
                    public void drawn(MapContent content) {
                        selection.clear();
                        map.setContent(content);
                        layers.setContent(Optional.of(content));
                        building.setContent(content);
                    }

                    @java.lang.Override
                    public void redraw(MapContent content) {
                        map.replaceContent(content);
                        layers.setContent(Optional.of(content));
                    }

                    @java.lang.Override
                    public void analysed(AnalysedPark result) {
                        showResults(result);
                    }

                    @java.lang.Override
                    public void cleared() {
                        showNothing();
                    }
                });
        this.project = new ProjectViewModel(work, dialogs, status::set, shown::forget);
        this.building = new BuildingPanelViewModel(selection, shown.edits());
        this.addresses = new AddressListViewModel(selection, shown.edits());
        this.companyMatch = new CompanyMatchViewModel(shown.edits(), shown::adoptCompany, work, (query, limit) -> {
            Optional<nl.kansenkaart.io.store.ProjectStore> in = project.store();
            return in.isPresent() ? in.get().searchCompanies(query, limit) : List.of();
        });
        this.solarTable = new ResultTableViewModel<>(selection, ResultRows::solar, shown.edits());
        this.labelTable = new ResultTableViewModel<>(selection, ResultRows::labels, shown.edits());
        this.obligationTable = new ResultTableViewModel<>(selection, ResultRows::obligations, shown.edits());
        this.kansenTable = new ResultTableViewModel<>(selection, ResultRows::kansen);
        this.presentation = new PresentationViewModel(layers);
        this.importWizard = new ImportWizardViewModel(work, dialogs, this::store, project::reloadParks);
        this.export = new ExportViewModel(
                work,
                dialogs,
                this::store,
                () -> shown.analysesProperty()
                        .get()
                        .map(a -> a.snapshot().park().id()),
                status::set);
        layers.themeProperty().addListener((o, a, b) -> map.setTheme(b));
        assumptions.currentProperty().addListener((o, a, b) -> {
            if (!savedAssumptions.adopting()) {
                recompute();
            }
        });
        project.selectedParkProperty().addListener((o, a, b) -> {
            if (b == null) {
                // A new or empty project: the previous park must not stay on the map.
                shown.clear();
            } else if (!shown.shows(b)) {
                shown.load(b);
            }
        });
    }

    private Optional<nl.kansenkaart.io.store.ProjectStore> store() {
        return project.store();
    }

    /** Every panel follows new analyses of the shown park. */
    private void showResults(AnalysedPark result) {
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

    /** No park shown: every panel empties, the selection and the legend's results go. */
    private void showNothing() {
        selection.clear();
        map.clear();
        building.clear();
        companyMatch.clear();
        addresses.clear();
        solarTable.clear();
        labelTable.clear();
        obligationTable.clear();
        kansenTable.clear();
        presentation.clear();
        layers.setAnalyses(nl.kansenkaart.app.map.MapAnalyses.none());
        layers.setContent(Optional.empty());
    }

    /** Asks for a project file and opens it. */
    public void chooseAndOpenProject() {
        project.chooseAndOpen();
    }

    /** Opens a project file in the background and shows its first park. */
    public void openProject(Path file) {
        project.open(file);
    }

    /**
     * Runs every analysis of the shown park with the panel's assumptions and stores results and
     * assumptions in the project ("Opslaan in project"), as {@code kansenkaart analyse} does, so an
     * export afterwards carries the same numbers.
     */
    public void saveAssumptionsToProject() {
        shown.saveAssumptionsToProject();
    }

    /** The export of the shown park. */
    public ExportViewModel export() {
        return export;
    }

    /** The assumptions panel against the project ("Opslaan in project"). */
    public SavedAssumptionsViewModel savedAssumptions() {
        return savedAssumptions;
    }

    /** Shows a park that is already in memory (a demo or a test), without a project file. */
    public void showPark(ParkSnapshot parkSnapshot) {
        project.showInMemory(parkSnapshot.park());
        savedAssumptions.loaded(Optional.empty(), false);
        shown.show(AnalysedPark.runAndDraw(
                parkSnapshot, assumptions.currentProperty().get(), Progress.NONE));
        project.selectedParkProperty().set(parkSnapshot.park());
    }

    /** Reruns the analyses on the shown park in the background (assumptions changed); a newer run wins. */
    public void recompute() {
        shown.recompute();
    }

    /**
     * Stores a consultant's edit in the project at once and recomputes the analyses with it. Without
     * a project file (a demo park) the edit lives in memory only.
     */
    public void saveOverride(nl.kansenkaart.core.model.Override edit) {
        shown.saveOverride(edit);
    }

    static String message(Exception e) {
        // StoreException and the model's IllegalArgumentException carry Dutch text for the user.
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Closes the project file. */
    @java.lang.Override
    public void close() {
        project.close();
    }

    /** The open project: its file, parks and recent projects. */
    public ProjectViewModel project() {
        return project;
    }

    /** The parks of the open project. */
    public ObservableList<Park> parks() {
        return project.parks();
    }

    /** The park shown; setting it loads that park. */
    public ObjectProperty<Park> selectedParkProperty() {
        return project.selectedParkProperty();
    }

    /** The window title. */
    public ReadOnlyStringProperty titleProperty() {
        return project.titleProperty();
    }

    /** What the workbench is doing or did last, in Dutch. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether a project (or an in-memory park) is open. */
    public ReadOnlyBooleanProperty projectOpenProperty() {
        return project.projectOpenProperty();
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
        project.reloadParks();
    }

    /** The import wizard. */
    public ImportWizardViewModel importWizard() {
        return importWizard;
    }

    /** Remembers opened projects in these preferences and lists them as recent projects. */
    public void usePreferences(WorkbenchPreferences prefs) {
        project.usePreferences(prefs);
    }

    /** The recent projects, newest first (empty without preferences). */
    public ObservableList<Path> recentProjects() {
        return project.recentProjects();
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
        return shown.analysesProperty();
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
