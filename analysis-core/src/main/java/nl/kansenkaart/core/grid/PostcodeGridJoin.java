package nl.kansenkaart.core.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Unit;

/**
 * Joins panden to grid capacity given per PC6 postcode (the open capaciteitskaart data has no
 * geometry): through the postcodes of the pand's verblijfsobjecten. A pand with units in several
 * postcodes gets the most severe status per direction and the latest relief year, because one
 * congested connection point is what a company on that pand runs into.
 */
public final class PostcodeGridJoin {
    private final Map<String, PostcodeCapacity> byPostcode;

    private PostcodeGridJoin(Map<String, PostcodeCapacity> byPostcode) {
        this.byPostcode = byPostcode;
    }

    /** Indexes the statuses by postcode; a postcode given twice keeps the most severe statuses. */
    public static PostcodeGridJoin of(Iterable<PostcodeCapacity> capacities) {
        Map<String, PostcodeCapacity> map = new HashMap<>();
        for (PostcodeCapacity c : capacities) {
            map.merge(c.postcode(), c, PostcodeGridJoin::combine);
        }
        return new PostcodeGridJoin(map);
    }

    /** Indexes a map PC6 -> statuses (the keys are ignored in favour of each value's own postcode). */
    public static PostcodeGridJoin of(Map<String, PostcodeCapacity> capacities) {
        return of(capacities.values());
    }

    private static PostcodeCapacity combine(PostcodeCapacity a, PostcodeCapacity b) {
        return new PostcodeCapacity(
                a.postcode(),
                CapacityWords.worse(a.offtake(), b.offtake()),
                CapacityWords.worse(a.feedIn(), b.feedIn()),
                later(a.alleviationYear(), b.alleviationYear()));
    }

    private static OptionalInt later(OptionalInt a, OptionalInt b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return OptionalInt.of(Math.max(a.getAsInt(), b.getAsInt()));
    }

    /** Indexes a snapshot's PC6 rows. */
    public static PostcodeGridJoin ofRows(List<nl.kansenkaart.core.model.GridPostcode> rows) {
        List<PostcodeCapacity> capacities = new ArrayList<>(rows.size());
        rows.forEach(r -> capacities.add(PostcodeCapacity.of(r)));
        return of(capacities);
    }

    /** Whether no postcode has statuses: then the join can place no pand. */
    public boolean isEmpty() {
        return byPostcode.isEmpty();
    }

    /** The statuses for one postcode. */
    public Optional<PostcodeCapacity> at(String postcode) {
        return Optional.ofNullable(byPostcode.get(postcode));
    }

    /** The grid position of a pand from its units' postcodes (active units; all units when none is active). */
    public GridPosition locate(String buildingId, List<Unit> units) {
        TreeSet<String> postcodes = new TreeSet<>();
        for (Unit u : units) {
            if (u.status().isActive()) {
                postcodes.add(u.address().postcode());
            }
        }
        if (postcodes.isEmpty()) {
            units.forEach(u -> postcodes.add(u.address().postcode()));
        }
        if (postcodes.isEmpty()) {
            return unknown(buildingId, GridPosition.Join.NO_POSTCODE, List.of());
        }
        CapacityStatus offtake = CapacityStatus.UNKNOWN;
        CapacityStatus feedIn = CapacityStatus.UNKNOWN;
        OptionalInt year = OptionalInt.empty();
        List<String> used = new ArrayList<>();
        for (String pc : postcodes) {
            PostcodeCapacity c = byPostcode.get(pc);
            if (c != null) {
                offtake = CapacityWords.worse(offtake, c.offtake());
                feedIn = CapacityWords.worse(feedIn, c.feedIn());
                year = later(year, c.alleviationYear());
                used.add(pc);
            }
        }
        if (used.isEmpty()) {
            return unknown(buildingId, GridPosition.Join.NOT_FOUND, new ArrayList<>(postcodes));
        }
        return new GridPosition(
                buildingId,
                GridPosition.Join.POSTCODE,
                Optional.empty(),
                Optional.empty(),
                offtake,
                feedIn,
                year,
                used);
    }

    private static GridPosition unknown(String buildingId, GridPosition.Join join, List<String> postcodes) {
        return new GridPosition(
                buildingId,
                join,
                Optional.empty(),
                Optional.empty(),
                CapacityStatus.UNKNOWN,
                CapacityStatus.UNKNOWN,
                OptionalInt.empty(),
                postcodes);
    }
}
