package nl.kansenkaart.app.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kansenkaart.app.engine.CompanyMatches;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;

/**
 * "Bedrijf koppelen…": which companies (KvK rows) belong to one verblijfsobject. Lists the companies
 * linked to it and the others to choose from (unmatched ones first, those at the same address and
 * postcode before the rest); a search also looks through every company in the project (a KvK row
 * with a wrong postcode lies outside the park), asking the store for at most {@link #SEARCH_LIMIT}.
 * Linking or unlinking is stored as an override in the project at once.
 */
public final class CompanyMatchViewModel {

    /**
     * One company in the lists.
     *
     * @param companyId the company's id in the project
     * @param name the trade name (as imported; a name typed per VBO does not rename the company)
     * @param kvkNumber the KvK number, empty when unknown
     * @param address its visiting address as the KvK list gives it, empty when none
     * @param matchedUnitId the VBO it is matched to now, empty when none
     * @param matchedTo where it is matched now, in Dutch ("niet gekoppeld", or the VBO's address)
     */
    public record Candidate(
            String companyId, String name, String kvkNumber, String address, String matchedUnitId, String matchedTo) {

        /**
         * Whether every word of the query occurs in the name, KvK number or address, whatever the case
         * and accents, as the project's search compares them.
         */
        public boolean matches(String query) {
            return nl.kansenkaart.io.store.SearchText.matchesAll(name + "\n" + kvkNumber + "\n" + address, query);
        }
    }

    /** Searches the project's whole company list: every word in name, KvK number or address, at most {@code limit}. */
    @FunctionalInterface
    public interface CompanySearch {
        /** The matching companies, at most {@code limit}; empty without a project file. */
        List<Company> search(String query, int limit) throws Exception;

        /** No project file (a demo park): the park's own companies only. */
        CompanySearch NONE = (query, limit) -> List.of();
    }

    /** How many companies of the whole project a search shows at most; the park's own always show. */
    public static final int SEARCH_LIMIT = 200;

    /**
     * How long the store search waits for the next keystroke: a search of a national KvK list takes
     * about half a second of CPU and the store answers one query at a time, so only the last word
     * typed is searched.
     */
    static final long TYPING_PAUSE_MS = 250;

    private final OverrideSink edits;
    private final Consumer<Company> adopt;
    private final TaskExecutor work;
    private final CompanySearch projectSearch;
    private Optional<AnalysedPark> park = Optional.empty();
    private final ReadOnlyObjectWrapper<Optional<String>> unitId = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper searchNote = new ReadOnlyStringWrapper("");
    private final ObservableList<Candidate> linked = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private List<Candidate> parkCandidates = List.of();
    private final Map<String, Company> outside = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty("");
    private long searchGeneration;
    private Optional<TaskExecutor.Cancellable> pendingSearch = Optional.empty();

    /** An editor on the park's companies only (no project file to search). */
    public CompanyMatchViewModel(OverrideSink edits) {
        this(edits, c -> {}, new SynchronousTaskExecutor(), CompanySearch.NONE);
    }

    /**
     * An editor that sends its links and unlinks to {@code edits} (stored, then recomputed) and
     * searches the whole project with {@code projectSearch} in the background.
     *
     * @param adopt takes a company from outside the park into the shown park before it is linked,
     *     so the recomputation sees it
     */
    public CompanyMatchViewModel(
            OverrideSink edits, Consumer<Company> adopt, TaskExecutor work, CompanySearch projectSearch) {
        this.edits = edits;
        this.adopt = adopt;
        this.work = work;
        this.projectSearch = projectSearch;
        search.addListener((o, a, b) -> showCandidates());
    }

    /** New analyses (a load or a recomputation): the lists follow, for the VBO being edited. */
    public void setResults(AnalysedPark analysed) {
        park = Optional.of(analysed);
        unitId.get().ifPresent(this::fill);
    }

    /** No park any more: the dialog's lists empty and nothing is being edited. */
    public void clear() {
        park = Optional.empty();
        close();
    }

    /** Starts editing the companies of one verblijfsobject; empty lists when the park does not hold it. */
    public void open(String unit) {
        unitId.set(Optional.of(unit));
        search.set("");
        fill(unit);
    }

    /** Stops editing (the dialog closed). */
    public void close() {
        unitId.set(Optional.empty());
        pendingSearch.ifPresent(TaskExecutor.Cancellable::cancel);
        pendingSearch = Optional.empty();
        linked.clear();
        candidates.clear();
        parkCandidates = List.of();
        outside.clear();
        heading.set("");
        searchNote.set("");
    }

    /**
     * Matches the company to the VBO being edited (it leaves any VBO it was matched to). A company
     * found elsewhere in the project is first taken into the park.
     */
    public void link(Candidate c) {
        unitId.get().ifPresent(u -> {
            Company from = outside.get(c.companyId());
            if (from != null) {
                adopt.accept(from);
            }
            edits.save(CompanyMatches.link(c.companyId(), u));
        });
    }

    /** Leaves the company without a VBO, whatever the import matched. */
    public void unlink(Candidate c) {
        edits.save(CompanyMatches.unlink(c.companyId()));
    }

    private void fill(String unit) {
        if (park.isEmpty()) {
            return;
        }
        ParkSnapshot s = park.get().snapshot();
        Map<String, Unit> units = new HashMap<>();
        s.units().forEach(u -> units.put(u.id(), u));
        Optional<Address> here = Optional.ofNullable(units.get(unit)).map(Unit::address);
        heading.set(Messages.get("match.heading", here.map(Address::display).orElse(unit)));
        List<Candidate> mine = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (Company c : s.companies()) {
            Candidate row = candidate(c, units);
            (c.unitId().filter(unit::equals).isPresent() ? mine : others).add(row);
        }
        Map<String, Address> addresses = new HashMap<>();
        s.companies().forEach(c -> c.address().ifPresent(a -> addresses.put(c.id(), a)));
        others.sort(Comparator.comparing((Candidate c) -> !c.matchedUnitId().isEmpty())
                .thenComparingInt(c -> closeness(here, Optional.ofNullable(addresses.get(c.companyId()))))
                .thenComparing(c -> c.name().toLowerCase(Locale.ROOT)));
        mine.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        linked.setAll(mine);
        parkCandidates = List.copyOf(others);
        showCandidates();
    }

    private static Candidate candidate(Company c, Map<String, Unit> units) {
        String matchedTo = c.unitId()
                .map(u -> Optional.ofNullable(units.get(u))
                        .map(x -> x.address().display())
                        .orElse(Messages.get("match.elsewhere", u)))
                .orElse(Messages.get("match.none"));
        return new Candidate(
                c.id(),
                c.name(),
                c.kvkNumber().orElse(""),
                c.address().map(Address::display).orElse(""),
                c.unitId().orElse(""),
                matchedTo);
    }

    /**
     * The park's companies that match the search at once; with a search, the rest of the project's
     * companies that match follow when the store has answered (a newer search wins).
     */
    private void showCandidates() {
        String query = search.get() == null ? "" : search.get().strip();
        List<Candidate> own = parkCandidates.stream()
                .filter(c -> query.isEmpty() || c.matches(query))
                .toList();
        candidates.setAll(own);
        searchNote.set("");
        pendingSearch.ifPresent(TaskExecutor.Cancellable::cancel);
        pendingSearch = Optional.empty();
        long mine = ++searchGeneration;
        if (query.isEmpty() || park.isEmpty() || unitId.get().isEmpty()) {
            return;
        }
        Map<String, Unit> units = new HashMap<>();
        park.get().snapshot().units().forEach(u -> units.put(u.id(), u));
        java.util.Set<String> shown = new java.util.HashSet<>();
        park.get().snapshot().companies().forEach(c -> shown.add(c.id()));
        pendingSearch = Optional.of(work.execute(
                Messages.get("match.searching"),
                progress -> {
                    Thread.sleep(TYPING_PAUSE_MS);
                    progress.checkCancelled();
                    return projectSearch.search(query, SEARCH_LIMIT + 1);
                },
                found -> {
                    if (mine != searchGeneration) {
                        return;
                    }
                    List<Candidate> more = new ArrayList<>();
                    for (Company c : found.subList(0, Math.min(found.size(), SEARCH_LIMIT))) {
                        if (!shown.contains(c.id())) {
                            outside.put(c.id(), c);
                            more.add(candidate(c, units));
                        }
                    }
                    candidates.addAll(more);
                    searchNote.set(
                            found.size() > SEARCH_LIMIT
                                    ? Messages.get("match.moreThan", SEARCH_LIMIT)
                                    : Messages.get("match.searchedProject"));
                },
                e -> searchNote.set(Messages.get("match.searchFailed", e.getMessage()))));
    }

    /** 0 at the same address, 1 on the same postcode, 2 elsewhere: the likely company is on top. */
    private static int closeness(Optional<Address> unit, Optional<Address> company) {
        if (unit.isEmpty() || company.isEmpty()) {
            return 2;
        }
        if (unit.get().matchKey().equals(company.get().matchKey())) {
            return 0;
        }
        return unit.get().postcode().equals(company.get().postcode()) ? 1 : 2;
    }

    /** The VBO being edited, empty when the editor is closed. */
    public ReadOnlyObjectProperty<Optional<String>> unitIdProperty() {
        return unitId.getReadOnlyProperty();
    }

    /** "Bedrijven op Vaartweg 12, 9401 AB Assen". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The companies matched to the VBO now. */
    public ObservableList<Candidate> linked() {
        return linked;
    }

    /**
     * The other companies that match the search: the park's (unmatched ones first, those at the same
     * address and postcode on top), then those elsewhere in the project (by name).
     */
    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    /** Under the list: whether the whole project was searched and whether more matched than shown. */
    public ReadOnlyStringProperty searchNoteProperty() {
        return searchNote.getReadOnlyProperty();
    }

    /** The search text: words that must all occur in the name, KvK number or address. */
    public StringProperty searchProperty() {
        return search;
    }
}
