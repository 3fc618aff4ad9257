package nl.kansenkaart.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kansenkaart.core.labels.SnapshotIndex;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;

/**
 * What a report row needs about a unit or a building, looked up once per park: company names
 * (matched or typed by the consultant), addresses per pand, the label that counts per VBO and the
 * consultant's contact fields.
 */
public final class ParkLookup {
    /** The override key (target UNIT or COMPANY) that holds a company name the consultant typed. */
    public static final String COMPANY_NAME_KEY = "bedrijfsnaam";

    /** Override keys (target UNIT) the adressenlijst shows in its contact columns. */
    public static final List<String> CONTACT_KEYS = List.of("contactpersoon", "telefoon", "e-mail", "opmerkingen");

    /** Addresses listed per pand before the rest is summarised as "e.a.". */
    static final int MAX_ADDRESSES = 3;

    /**
     * Street, number, letter, addition: the order a consultant reads an address list in. Written out
     * rather than chained: it runs millions of times when a large adressenlijst is sorted.
     */
    public static final Comparator<Address> ADDRESS_ORDER = ParkLookup::compareAddresses;

    private final SnapshotIndex index;
    private final Map<String, Building> buildings;
    private final Map<String, List<String>> companiesByUnit = new HashMap<>();
    private final Map<String, Map<String, String>> unitFields = new HashMap<>();
    private final Map<String, List<Unit>> sortedUnits = new HashMap<>();

    /**
     * Indexes the snapshot.
     *
     * @param labelDate the day on which labels must be valid to count
     */
    public ParkLookup(ParkSnapshot snapshot, LocalDate labelDate) {
        this.index = SnapshotIndex.of(snapshot, labelDate);
        this.buildings = snapshot.buildingsById();
        Map<String, String> renamedCompanies = new HashMap<>();
        for (Override o : snapshot.overrides()) {
            String key = o.key().strip().toLowerCase(Locale.ROOT);
            if (o.target() == OverrideTarget.COMPANY && key.equals(COMPANY_NAME_KEY)) {
                renamedCompanies.put(o.targetId().strip(), o.value().strip());
            } else if (o.target() == OverrideTarget.UNIT) {
                // Later overrides win, as in the store where an edit replaces the previous one.
                unitFields
                        .computeIfAbsent(unitId(o.targetId()), k -> new HashMap<>())
                        .put(key, o.value().strip());
            }
        }
        for (Company c : snapshot.companies()) {
            if (c.unitId().isEmpty()) {
                continue;
            }
            String name = renamedCompanies.getOrDefault(c.id(), c.name());
            List<String> names = companiesByUnit.computeIfAbsent(c.unitId().get(), k -> new ArrayList<>(1));
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
    }

    private static int compareAddresses(Address a, Address b) {
        int c = a.street().compareTo(b.street());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.houseNumber(), b.houseNumber());
        if (c != 0) {
            return c;
        }
        c = a.letter().orElse("").compareTo(b.letter().orElse(""));
        return c != 0 ? c : a.addition().orElse("").compareTo(b.addition().orElse(""));
    }

    private static String unitId(String text) {
        try {
            return nl.kansenkaart.core.model.BagIds.unitId(text);
        } catch (IllegalArgumentException e) {
            return text.strip();
        }
    }

    /** The company name of a unit: the consultant's entry, else the matched companies joined with "; ", else "". */
    public String companyName(Unit unit) {
        String typed = unitFields.getOrDefault(unit.id(), Map.of()).get(COMPANY_NAME_KEY);
        if (typed != null && !typed.isEmpty()) {
            return typed;
        }
        List<String> names = companiesByUnit.get(unit.id());
        return names == null ? "" : String.join("; ", names);
    }

    /** A consultant's field of a unit ("telefoon"), "" when not entered. */
    public String unitField(Unit unit, String key) {
        return unitFields.getOrDefault(unit.id(), Map.of()).getOrDefault(key, "");
    }

    /** The label that counts for the unit: its own, else one registered for its (first) pand. */
    public Optional<EnergyLabel> label(Unit unit) {
        Optional<EnergyLabel> own = index.unitLabel(unit.id());
        return own.isPresent() ? own : index.buildingLabel(unit.buildingIds().get(0));
    }

    /** The pand, when it is in the snapshot. */
    public Optional<Building> building(String buildingId) {
        return Optional.ofNullable(buildings.get(buildingId));
    }

    /** The units of a pand, in snapshot order. */
    public List<Unit> units(String buildingId) {
        return index.units(buildingId);
    }

    /** The distinct company names of a pand's units, joined with "; ", "" when none. */
    public String companyNames(String buildingId) {
        Set<String> names = new LinkedHashSet<>();
        for (Unit u : sortedUnits(buildingId)) {
            for (String part : companyName(u).split("; ")) {
                if (!part.isEmpty()) {
                    names.add(part);
                }
            }
        }
        return String.join("; ", names);
    }

    /**
     * The addresses of a pand as a consultant calls round: "Vaartweg 12; Vaartweg 14", and past three
     * "Vaartweg 12; Vaartweg 14; Vaartweg 16 e.a. (7 adressen)"; "" when the pand has no unit.
     */
    public String addresses(String buildingId) {
        List<String> distinct = new ArrayList<>();
        for (Unit u : sortedUnits(buildingId)) {
            String text = u.address().street() + " " + u.address().houseNumberText();
            if (!distinct.contains(text)) {
                distinct.add(text);
            }
        }
        if (distinct.size() <= MAX_ADDRESSES) {
            return String.join("; ", distinct);
        }
        return String.join("; ", distinct.subList(0, MAX_ADDRESSES)) + " e.a. (" + distinct.size() + " adressen)";
    }

    /** The first address of a pand in address order, empty when it has no unit (for sorting rows). */
    public Optional<Address> firstAddress(String buildingId) {
        List<Unit> units = sortedUnits(buildingId);
        return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0).address());
    }

    private List<Unit> sortedUnits(String buildingId) {
        List<Unit> units = index.units(buildingId);
        if (units.size() < 2) {
            return units;
        }
        // A row asks for the same pand's units up to three times (sort key, companies, addresses).
        return sortedUnits.computeIfAbsent(buildingId, id -> {
            List<Unit> sorted = new ArrayList<>(units);
            sorted.sort((u, v) -> compareAddresses(u.address(), v.address()));
            return sorted;
        });
    }
}
