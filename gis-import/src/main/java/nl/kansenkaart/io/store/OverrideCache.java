package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;

/**
 * The consultant's edits, read once and kept while the file is unchanged: a national project has
 * one or more per park, and reading the whole table for every park made loading all parks quadratic.
 * SQLite's {@code data_version} tells when another connection (the writer thread, QGIS) has changed
 * the file; edits through the store's own connection clear the cache explicitly.
 */
final class OverrideCache {
    // In the table's order (soort, doel_id, veld); the index by target and id holds positions in it.
    // The field of a company edit that holds the unit it is matched to (app's CompanyMatches.UNIT_KEY).
    private static final String MATCH_KEY = "verblijfsobject";

    private List<Override> all;
    private Map<OverrideTarget, Map<String, List<Integer>>> byTarget;
    private long dataVersion = -1;

    /** The edits of the park, its panden, units and companies, ordered by soort, doel_id and veld as before. */
    List<Override> of(
            Connection connection,
            String parkId,
            List<String> buildingIds,
            List<String> unitIds,
            List<String> companyIds)
            throws SQLException {
        fresh(connection);
        if (byTarget.isEmpty()) {
            return List.of();
        }
        // A park has thousands of ids and a few edits: each id is looked up, no set is built.
        List<Integer> found = new ArrayList<>();
        collect(OverrideTarget.PARK, List.of(parkId), found);
        collect(OverrideTarget.BUILDING, buildingIds, found);
        collect(OverrideTarget.UNIT, unitIds, found);
        collect(OverrideTarget.COMPANY, companyIds, found);
        found.sort(null);
        List<Override> result = new ArrayList<>(found.size());
        found.forEach(k -> result.add(all.get(k)));
        return result;
    }

    /**
     * The ids of the companies an edit matches by hand to one of these units (target bedrijf, field
     * verblijfsobject, value a unit id; the app's CompanyMatches writes them).
     */
    Set<String> companiesMatchedTo(Connection connection, Collection<String> unitIdList) throws SQLException {
        fresh(connection);
        Set<String> ids = new TreeSet<>();
        Map<String, List<Integer>> companies = byTarget.get(OverrideTarget.COMPANY);
        if (companies == null) {
            return ids;
        }
        // Only a project with company edits pays for the set of the park's unit ids.
        Set<String> unitIds = new HashSet<>(unitIdList);
        for (List<Integer> positions : companies.values()) {
            for (int k : positions) {
                Override o = all.get(k);
                if (o.key().strip().equalsIgnoreCase(MATCH_KEY)
                        && unitIds.contains(o.value().strip())) {
                    ids.add(o.targetId().strip());
                }
            }
        }
        return ids;
    }

    private void fresh(Connection connection) throws SQLException {
        long version = dataVersion(connection);
        if (byTarget == null || version != dataVersion) {
            read(connection);
            dataVersion = version;
        }
    }

    private void collect(OverrideTarget target, List<String> ids, List<Integer> found) {
        Map<String, List<Integer>> byId = byTarget.get(target);
        if (byId == null) {
            return;
        }
        for (String id : ids) {
            List<Integer> positions = byId.get(id);
            if (positions != null) {
                found.addAll(positions);
            }
        }
    }

    void clear() {
        all = null;
        byTarget = null;
    }

    private void read(Connection connection) throws SQLException {
        List<Override> rows = new ArrayList<>();
        // Read again after every commit of another connection (the bench's writer commits every few
        // parks), so packed into one value per row like the snapshot's other rows (see JsonRow).
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT json_array(soort, doel_id, veld, waarde) FROM "
                        + ProjectSchema.OVERRIDES + " ORDER BY soort, doel_id, veld")) {
            while (rs.next()) {
                JsonRow row = JsonRow.parse(rs.getString(1), 4);
                String target = row.text(0);
                rows.add(new Override(
                        DutchCodes.target(target)
                                .orElseThrow(() -> new SQLException("onbekende soort aanpassing '" + target + "'")),
                        row.text(1),
                        row.text(2),
                        row.text(3)));
            }
        }
        all = List.copyOf(rows);
        byTarget = new EnumMap<>(OverrideTarget.class);
        for (int k = 0; k < all.size(); k++) {
            Override o = all.get(k);
            byTarget.computeIfAbsent(o.target(), t -> new HashMap<>())
                    .computeIfAbsent(o.targetId(), id -> new ArrayList<>(1))
                    .add(k);
        }
    }

    private static long dataVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}
