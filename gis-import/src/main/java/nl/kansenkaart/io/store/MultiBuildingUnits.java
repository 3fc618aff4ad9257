package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Which units lie in more than one pand, by pand id: the few units a park must take in although
 * their point lies in a pand of another park. Built once from the partial index (ids only, no
 * geometry) and kept by the store until the next import, because scanning every such unit of the
 * country for every park made loading the parks one by one quadratic.
 */
final class MultiBuildingUnits {
    // Sorted by pand id, so a park looks up each of its panden by binary search; parallel arrays
    // because a national project has hundreds of thousands of these pairs. The model keeps pand ids
    // as 16 digits, so they are searched as numbers (same order as the texts): comparing the texts,
    // a dozen equal leading characters each time, cost more than the rest of the look-up, and the
    // numbers take an eighth of the memory. Texts remain for a file with other ids.
    private final long[] pandNumbers;
    private final String[] pandIds;
    private final long[] unitFids;

    private MultiBuildingUnits(long[] pandNumbers, String[] pandIds, long[] unitFids) {
        this.pandNumbers = pandNumbers;
        this.pandIds = pandIds;
        this.unitFids = unitFids;
    }

    static MultiBuildingUnits read(Connection connection) throws SQLException {
        List<String> panden = new ArrayList<>();
        List<Long> fids = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT fid, pand_ids FROM " + ProjectSchema.UNITS
                        + " INDEXED BY " + ProjectSchema.MULTI_BUILDING_UNITS + " WHERE pand_ids LIKE '%,%'");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long fid = rs.getLong(1);
                for (String pand : rs.getString(2).split(",")) {
                    panden.add(pand.strip());
                    fids.add(fid);
                }
            }
        }
        Integer[] order = new Integer[panden.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (a, b) -> panden.get(a).compareTo(panden.get(b)));
        String[] sortedPanden = new String[order.length];
        long[] sortedFids = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            sortedPanden[k] = panden.get(order[k]);
            sortedFids[k] = fids.get(order[k]);
        }
        long[] numbers = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            numbers[k] = number(sortedPanden[k]);
            if (numbers[k] < 0) {
                return new MultiBuildingUnits(null, sortedPanden, sortedFids);
            }
        }
        return new MultiBuildingUnits(numbers, null, sortedFids);
    }

    /** The id as a number when it is 16 digits, else -1. */
    private static long number(String id) {
        if (id.length() != 16) {
            return -1;
        }
        long n = 0;
        for (int k = 0; k < 16; k++) {
            char c = id.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The fids of the multi-pand units that lie in any of the given panden, each once, ascending. */
    Set<Long> fidsIn(Collection<String> buildingIds) {
        Set<Long> result = new TreeSet<>();
        forEachFidIn(buildingIds, result::add);
        return result;
    }

    /** Hands every fid of a multi-pand unit in any of the given panden (a unit in two of them twice). */
    void forEachFidIn(Collection<String> buildingIds, LongConsumer consumer) {
        if (unitFids.length == 0) {
            return;
        }
        for (String id : buildingIds) {
            long n = pandNumbers != null ? number(id) : -1;
            int k = first(id, n);
            if (k < 0) {
                continue;
            }
            for (; k < unitFids.length && same(k, id, n); k++) {
                consumer.accept(unitFids[k]);
            }
        }
    }

    /** The first position of the pand, or -1 when it has no multi-pand unit. */
    private int first(String id, long n) {
        int k;
        if (pandNumbers != null) {
            if (n < 0) {
                // Every stored id is 16 digits, so another one cannot match.
                return -1;
            }
            k = Arrays.binarySearch(pandNumbers, n);
        } else {
            k = Arrays.binarySearch(pandIds, id);
        }
        if (k < 0) {
            return -1;
        }
        while (k > 0 && same(k - 1, id, n)) {
            k--;
        }
        return k;
    }

    private boolean same(int k, String id, long n) {
        return pandNumbers != null ? pandNumbers[k] == n : pandIds[k].equals(id);
    }
}
