package nl.kansenkaart.app.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.kansenkaart.app.engine.CompanyMatches;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;

/**
 * "Bedrijf koppelen…": which companies (KvK rows) belong to one verblijfsobject. Lists the companies
 * linked to it and the others to choose from (unmatched ones first, those at the same address and
 * postcode before the rest); linking or unlinking is stored as an override in the project at once.
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

        /** Whether every word of the query occurs in the name, KvK number or address. */
        public boolean matches(String query) {
            String text = (name + " " + kvkNumber + " " + address).toLowerCase(Locale.ROOT);
            for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!word.isEmpty() && !text.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final OverrideSink edits;
    private Optional<AnalysedPark> park = Optional.empty();
    private final ReadOnlyObjectWrapper<Optional<String>> unitId = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ObservableList<Candidate> linked = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final FilteredList<Candidate> visible = new FilteredList<>(candidates, c -> true);
    private final StringProperty search = new SimpleStringProperty("");

    /** An editor that sends its links and unlinks to {@code edits} (stored, then recomputed). */
    public CompanyMatchViewModel(OverrideSink edits) {
        this.edits = edits;
        search.addListener((o, a, b) -> visible.setPredicate(c -> b == null || b.isBlank() || c.matches(b)));
    }

    /** New analyses (a load or a recomputation): the lists follow, for the VBO being edited. */
    public void setResults(AnalysedPark analysed) {
        park = Optional.of(analysed);
        unitId.get().ifPresent(this::fill);
    }

    /** Starts editing the companies of one verblijfsobject; empty lists when the park does not hold it. */
    public void open(String unit) {
        search.set("");
        unitId.set(Optional.of(unit));
        fill(unit);
    }

    /** Stops editing (the dialog closed). */
    public void close() {
        unitId.set(Optional.empty());
        linked.clear();
        candidates.clear();
        heading.set("");
    }

    /** Matches the company to the VBO being edited (it leaves any VBO it was matched to). */
    public void link(Candidate c) {
        unitId.get().ifPresent(u -> edits.save(CompanyMatches.link(c.companyId(), u)));
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
        Map<String, Unit> units = new java.util.HashMap<>();
        s.units().forEach(u -> units.put(u.id(), u));
        Optional<Address> here = Optional.ofNullable(units.get(unit)).map(Unit::address);
        heading.set(Messages.get("match.heading", here.map(Address::display).orElse(unit)));
        List<Candidate> mine = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (Company c : s.companies()) {
            String matchedTo = c.unitId()
                    .map(u -> Optional.ofNullable(units.get(u))
                            .map(x -> x.address().display())
                            .orElse(Messages.get("match.elsewhere", u)))
                    .orElse(Messages.get("match.none"));
            Candidate row = new Candidate(
                    c.id(),
                    c.name(),
                    c.kvkNumber().orElse(""),
                    c.address().map(Address::display).orElse(""),
                    c.unitId().orElse(""),
                    matchedTo);
            (c.unitId().filter(unit::equals).isPresent() ? mine : others).add(row);
        }
        Map<String, Address> addresses = new java.util.HashMap<>();
        s.companies().forEach(c -> c.address().ifPresent(a -> addresses.put(c.id(), a)));
        others.sort(Comparator.comparing((Candidate c) -> !c.matchedUnitId().isEmpty())
                .thenComparingInt(c -> closeness(here, Optional.ofNullable(addresses.get(c.companyId()))))
                .thenComparing(c -> c.name().toLowerCase(Locale.ROOT)));
        mine.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        linked.setAll(mine);
        candidates.setAll(others);
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

    /** The other companies that match the search, unmatched ones first. */
    public ObservableList<Candidate> candidates() {
        return visible;
    }

    /** The search text: words that must all occur in the name, KvK number or address. */
    public StringProperty searchProperty() {
        return search;
    }
}
