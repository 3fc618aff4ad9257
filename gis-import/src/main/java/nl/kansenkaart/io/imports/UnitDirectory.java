package nl.kansenkaart.io.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Unit;

/**
 * The verblijfsobjecten already in the project, indexed for matching companies by address and for
 * keeping labels and companies of one park: by address match key, by postcode + number, by id.
 */
final class UnitDirectory {
    private final Map<String, List<String>> byMatchKey = new HashMap<>();
    private final Map<String, List<String>> byNumber = new HashMap<>();
    private final Set<String> unitIds = new HashSet<>();
    private final Set<String> buildingIds = new HashSet<>();
    private final Set<String> postcodes = new HashSet<>();

    UnitDirectory(Collection<Unit> units) {
        for (Unit u : units) {
            if (!unitIds.add(u.id())) {
                continue;
            }
            buildingIds.addAll(u.buildingIds());
            byMatchKey
                    .computeIfAbsent(u.address().matchKey(), k -> new ArrayList<>())
                    .add(u.id());
            byNumber.computeIfAbsent(numberKey(u.address()), k -> new ArrayList<>())
                    .add(u.id());
            postcodes.add(u.address().postcode());
        }
    }

    private static String numberKey(Address a) {
        return a.postcode() + " " + a.houseNumber();
    }

    boolean isEmpty() {
        return unitIds.isEmpty();
    }

    int size() {
        return unitIds.size();
    }

    /** The outcome of matching one address. */
    sealed interface Match {
        /** Exactly one unit has this address. */
        record Matched(String unitId) implements Match {}

        /** Several units could be meant. */
        record Ambiguous(int candidates) implements Match {}

        /** No unit has this address. */
        record Unmatched() implements Match {}
    }

    /**
     * Matches on postcode + huisnummer + huisletter + toevoeging (Address.matchKey). Without an exact
     * hit, an address that gives no letter or addition while several units share its postcode and
     * number is ambiguous; anything else is unmatched and left to the consultant.
     */
    Match match(Optional<Address> address) {
        if (address.isEmpty()) {
            return new Match.Unmatched();
        }
        Address a = address.get();
        List<String> exact = byMatchKey.getOrDefault(a.matchKey(), List.of());
        if (exact.size() == 1) {
            return new Match.Matched(exact.get(0));
        }
        if (exact.size() > 1) {
            return new Match.Ambiguous(exact.size());
        }
        List<String> sameNumber = byNumber.getOrDefault(numberKey(a), List.of());
        if (a.letter().isEmpty() && a.addition().isEmpty() && sameNumber.size() > 1) {
            return new Match.Ambiguous(sameNumber.size());
        }
        return new Match.Unmatched();
    }

    boolean hasUnit(String id) {
        return unitIds.contains(id);
    }

    boolean hasBuilding(String id) {
        return buildingIds.contains(id);
    }

    boolean hasPostcode(String postcode) {
        return postcodes.contains(postcode);
    }
}
