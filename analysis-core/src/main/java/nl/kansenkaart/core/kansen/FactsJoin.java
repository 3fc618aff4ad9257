package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.obligations.ObligationResult;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.solar.SolarOutcome;
import nl.kansenkaart.core.solar.SolarPotential;
import nl.kansenkaart.core.solar.SolarReport;

/**
 * Joins the park's buildings with the solar, label, obligation and grid results and the companies,
 * by pand id, into one {@link BuildingFacts} per building in pand-id order. The analyses list their
 * results in the snapshot's building order, so a result is first matched to the building at its own
 * position and only looked up by id when that is another building: one map for the park instead of
 * one per analysis. A result for a pand id found twice goes to every building with that id, the
 * last result of an analysis for that id winning, as a map by id would give.
 */
final class FactsJoin {
    private final List<Building> original;
    /** Position in the snapshot to position in pand-id order. */
    private final int[] rank;
    /** Pand id to its first position in pand-id order. */
    private final Map<String, Integer> byId;

    private final boolean duplicates;
    private final List<Building> sorted;
    /** Company ids put at more than one building position. */
    private final Set<String> sharedCompanies = new HashSet<>();

    private FactsJoin(List<Building> original) {
        this.original = original;
        int n = original.size();
        record Slot(Building building, int at) {}
        List<Slot> slots = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            slots.add(new Slot(original.get(k), k));
        }
        // A stable sort: buildings with the same id keep their snapshot order, as before.
        slots.sort(Comparator.comparing(s -> s.building().id()));
        this.rank = new int[n];
        this.sorted = new ArrayList<>(n);
        this.byId = new HashMap<>(n * 4 / 3 + 1);
        for (int p = 0; p < n; p++) {
            Slot s = slots.get(p);
            rank[s.at()] = p;
            sorted.add(s.building());
            byId.putIfAbsent(s.building().id(), p);
        }
        this.duplicates = byId.size() < n;
    }

    /**
     * The facts, and the company ids found at more than one building (every company id when the park
     * has a pand id twice): a company that is not among them belongs to one building only, so the score
     * card can count it without a set.
     *
     * @param facts one per building, sorted by pand id
     */
    record Joined(List<BuildingFacts> facts, Predicate<String> sharedCompany) {}

    /** One fact record per building, sorted by pand id. */
    static Joined join(ParkSnapshot snapshot, SolarReport solar, ParkResults results) {
        FactsJoin j = new FactsJoin(snapshot.buildings());
        int n = j.sorted.size();
        SolarPotential[] potentials = new SolarPotential[n];
        List<SolarOutcome> outcomes = solar.outcomes();
        for (int k = 0; k < outcomes.size(); k++) {
            if (outcomes.get(k) instanceof SolarPotential p) {
                j.put(potentials, p.buildingId(), k, p);
            }
        }
        LabelResult[] labels = new LabelResult[n];
        for (int k = 0; k < results.labels().size(); k++) {
            LabelResult l = results.labels().get(k);
            j.put(labels, l.buildingId(), k, l);
        }
        ObligationResult[] uses = new ObligationResult[n];
        for (int k = 0; k < results.obligations().size(); k++) {
            ObligationResult u = results.obligations().get(k);
            j.put(uses, u.buildingId(), k, u);
        }
        GridPosition[] grid = new GridPosition[n];
        for (int k = 0; k < results.grid().size(); k++) {
            GridPosition g = results.grid().get(k);
            j.put(grid, g.buildingId(), k, g);
        }
        List<CompanyRef>[] companies = j.companies(snapshot);
        if (j.duplicates) {
            for (Object[] values : new Object[][] {potentials, labels, uses, grid, companies}) {
                j.shareAmongDuplicates(values);
            }
        }
        List<BuildingFacts> facts = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            facts.add(BuildingFacts.of(
                    j.sorted.get(p),
                    companies[p] == null ? List.of() : companies[p],
                    Optional.ofNullable(potentials[p]),
                    Optional.ofNullable(labels[p]),
                    Optional.ofNullable(uses[p]),
                    Optional.ofNullable(grid[p]),
                    p));
        }
        Set<String> shared = j.sharedCompanies;
        return new Joined(facts, j.duplicates ? id -> true : shared::contains);
    }

    /** The position in pand-id order of the building with this id, -1 when the park has none. */
    private int position(String id, int snapshotPosition) {
        if (!duplicates
                && snapshotPosition < original.size()
                && original.get(snapshotPosition).id().equals(id)) {
            return rank[snapshotPosition];
        }
        Integer p = byId.get(id);
        return p == null ? -1 : p;
    }

    private <T> void put(T[] values, String id, int resultPosition, T value) {
        int p = position(id, resultPosition);
        if (p >= 0) {
            values[p] = value;
        }
    }

    /** Every building with the same id gets what the first of them got. */
    private void shareAmongDuplicates(Object[] values) {
        for (int p = 1; p < values.length; p++) {
            if (sorted.get(p).id().equals(sorted.get(p - 1).id())) {
                values[p] = values[p - 1];
            }
        }
    }

    /** Companies through their matched unit to each pand the unit lies in, sorted by company id. */
    @SuppressWarnings("unchecked")
    private List<CompanyRef>[] companies(ParkSnapshot snapshot) {
        List<CompanyRef>[] out = new List[sorted.size()];
        if (snapshot.companies().isEmpty()) {
            return out;
        }
        Map<String, Unit> units = new HashMap<>(snapshot.units().size() * 4 / 3 + 1);
        snapshot.units().forEach(u -> units.put(u.id(), u));
        // Sorted once for the park, so each pand's list fills in id order (no sorted map per pand).
        List<Company> byCompanyId = new ArrayList<>(snapshot.companies());
        byCompanyId.sort(Comparator.comparing(Company::id));
        String lastId = null;
        int lastPosition = -1;
        for (Company c : byCompanyId) {
            Unit u = c.unitId().map(units::get).orElse(null);
            if (u == null) {
                continue;
            }
            for (String b : u.buildingIds()) {
                Integer p = byId.get(b);
                if (p == null) {
                    continue;
                }
                // Records with the same id come together (sorted): one at two positions is shared.
                if (c.id().equals(lastId) && p != lastPosition) {
                    sharedCompanies.add(c.id());
                }
                lastId = c.id();
                lastPosition = p;
                if (out[p] == null) {
                    out[p] = new ArrayList<>(2);
                }
                List<CompanyRef> list = out[p];
                CompanyRef ref = new CompanyRef(c.id(), c.name());
                // An id met again is the same key: the later one replaces it, as a map by id would.
                if (!list.isEmpty() && list.get(list.size() - 1).companyId().equals(c.id())) {
                    list.set(list.size() - 1, ref);
                } else {
                    list.add(ref);
                }
            }
        }
        for (int p = 0; p < out.length; p++) {
            if (out[p] != null) {
                out[p] = List.copyOf(out[p]);
            }
        }
        return out;
    }
}
