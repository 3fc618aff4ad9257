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

/**
 * Which units lie in more than one pand, by pand id: the few units a park must take in although
 * their point lies in a pand of another park. Built once from the partial index (ids only, no
 * geometry) and kept by the store until the next import, because scanning every such unit of the
 * country for every park made loading the parks one by one quadratic.
 */
final class MultiBuildingUnits {
    // Sorted by pand id, so a park looks up each of its panden by binary search; two arrays because
    // a national project has hundreds of thousands of these pairs.
    private final String[] pandIds;
    private final long[] unitFids;

    private MultiBuildingUnits(String[] pandIds, long[] unitFids) {
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
        return new MultiBuildingUnits(sortedPanden, sortedFids);
    }

    /** The fids of the multi-pand units that lie in any of the given panden. */
    Set<Long> fidsIn(Collection<String> buildingIds) {
        Set<Long> result = new TreeSet<>();
        for (String id : buildingIds) {
            int k = Arrays.binarySearch(pandIds, id);
            if (k < 0) {
                continue;
            }
            while (k > 0 && pandIds[k - 1].equals(id)) {
                k--;
            }
            for (; k < pandIds.length && pandIds[k].equals(id); k++) {
                result.add(unitFids[k]);
            }
        }
        return result;
    }
}
