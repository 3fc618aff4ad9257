package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Collects everything of one plan area: the R-tree narrows each feature table to the contour's
 * envelope, JTS decides. A pand belongs to the area when the interior point of its footprint lies
 * inside the contour, so a pand on the border of two areas belongs to exactly one.
 *
 * <p>Kept by the store between loads: its statements are prepared once, and every list of ids goes
 * in as one JSON array ({@code IN (SELECT value FROM json_each(?))}), so a park of thousands of
 * panden costs a dozen statement runs, none of them prepared anew. Each query selects only the
 * columns the snapshot needs and they are read by position. Close it before the schema changes.
 */
final class SnapshotLoader implements AutoCloseable {
    private final Connection connection;
    private final MultiBuildingUnits multiBuildingUnits;
    private final SnapshotRows rows = new SnapshotRows();
    private final PreparedStatements statements;
    private final OverrideCache overrides = new OverrideCache();

    SnapshotLoader(Connection connection, MultiBuildingUnits multiBuildingUnits) {
        this.connection = connection;
        this.statements = new PreparedStatements(connection);
        this.multiBuildingUnits = multiBuildingUnits;
    }

    ParkSnapshot load(Park park) throws SQLException {
        PreparedGeometry contour = PreparedGeometryFactory.prepare(park.contour());
        Envelope envelope = park.contour().getEnvelopeInternal();

        List<Building> buildings = buildings(contour, envelope);
        List<String> buildingIdList = new ArrayList<>(buildings.size());
        buildings.forEach(b -> buildingIdList.add(b.id()));
        JsonIds buildingIds = JsonIds.texts(buildingIdList);

        List<Unit> units = units(contour, envelope, buildingIdList, buildingIds);
        List<String> unitIdList = new ArrayList<>(units.size());
        Set<String> postcodes = new HashSet<>();
        String previous = null;
        for (Unit u : units) {
            unitIdList.add(u.id());
            // Neighbouring units mostly share a postcode: the set is asked only when it changes.
            String postcode = u.address().postcode();
            if (!postcode.equals(previous)) {
                postcodes.add(postcode);
                previous = postcode;
            }
        }
        JsonIds unitIds = JsonIds.texts(unitIdList);
        JsonIds postcodeIds = JsonIds.texts(postcodes);

        List<RoofPart> roofParts = new ArrayList<>();
        if (hasRows(ProjectSchema.ROOF_PARTS)) {
            query(ProjectSchema.ROOF_PARTS, SnapshotRows.ROOF_PART, "pand_id", buildingIds, rs -> {
                roofParts.add(rows.roofPart(rs));
            });
            roofParts.sort(Comparator.comparing(RoofPart::buildingId).thenComparingInt(RoofPart::index));
        }

        List<Company> companies = companies(unitIds, postcodeIds, unitIdList);
        List<String> companyIds = new ArrayList<>(companies.size());
        companies.forEach(c -> companyIds.add(c.id()));

        return new ParkSnapshot(
                park,
                withRoofs(buildings, buildingIds),
                units,
                roofParts,
                labels(unitIds, buildingIds),
                gridAreas(contour, envelope),
                companies,
                overrides.of(connection, park.id(), buildingIdList, unitIdList, companyIds),
                gridPostcodes(postcodeIds));
    }

    /** The panden whose interior point lies in the contour, by id, still without their roofs. */
    private List<Building> buildings(PreparedGeometry contour, Envelope envelope) throws SQLException {
        List<Building> bare = new ArrayList<>();
        inEnvelope(ProjectSchema.BUILDINGS, SnapshotRows.BUILDING, envelope, rs -> {
            Building b = rows.building(rs);
            if (contour.contains(b.footprint().getInteriorPoint())) {
                bare.add(b);
            }
        });
        ByBagId.sort(bare, Building::id);
        return bare;
    }

    /** The panden with their 3D BAG roofs. */
    private List<Building> withRoofs(List<Building> bare, JsonIds ids) throws SQLException {
        if (!hasRows(ProjectSchema.ROOFS)) {
            return List.copyOf(bare);
        }
        Map<String, RoofSummary> roofs = new HashMap<>();
        query(ProjectSchema.ROOFS, SnapshotRows.ROOF, "pand_id", ids, rs -> {
            Map.Entry<String, RoofSummary> e = rows.roof(rs);
            roofs.put(e.getKey(), e.getValue());
        });
        List<Building> result = new ArrayList<>(bare.size());
        for (Building b : bare) {
            RoofSummary roof = roofs.get(b.id());
            result.add(roof == null ? b : b.withRoof(roof));
        }
        return List.copyOf(result);
    }

    /**
     * The units in any of the panden, or whose own point lies in the contour, by id. Most units of
     * a park are found both ways: the pand query reads only the covering index (fids), and only the
     * units the envelope did not bring in are read in full.
     */
    private List<Unit> units(
            PreparedGeometry contour, Envelope envelope, List<String> buildingIdList, JsonIds buildingIds)
            throws SQLException {
        List<Unit> found = new ArrayList<>();
        FidSet foundFids = new FidSet();
        inEnvelope(ProjectSchema.UNITS, SnapshotRows.UNIT, envelope, rs -> {
            Point location = rows.unitLocation(rs);
            if (contour.contains(location)) {
                foundFids.add(SnapshotRows.fid(rs));
                found.add(rows.unit(rs, location));
            }
        });
        foundFids.seal();
        FidSet missing = new FidSet();
        multiBuildingUnits.forEachFidIn(buildingIdList, fid -> {
            if (!foundFids.contains(fid)) {
                missing.add(fid);
            }
        });
        query(ProjectSchema.UNITS, "t.fid", "pand_ids", buildingIds, rs -> {
            long fid = rs.getLong(1);
            if (!foundFids.contains(fid)) {
                missing.add(fid);
            }
        });
        // A multi-pand unit may come twice (once per pand): each is read once.
        missing.seal();
        query(ProjectSchema.UNITS, SnapshotRows.UNIT, "fid", JsonIds.numbers(missing.distinct()), rs -> {
            found.add(rows.unit(rs, rows.unitLocation(rs)));
        });
        ByBagId.sort(found, Unit::id);
        return List.copyOf(found);
    }

    /**
     * The labels of the units or the panden, each once, by their stored sleutel. A label of a unit
     * usually names its pand too: the pand query reads only its index (fids), and only the labels
     * the unit query did not bring are read in full.
     */
    private List<EnergyLabel> labels(JsonIds unitIds, JsonIds buildingIds) throws SQLException {
        if (!hasRows(ProjectSchema.LABELS)) {
            return List.of();
        }
        Map<String, EnergyLabel> labels = new HashMap<>();
        FidSet read = new FidSet();
        SqlConsumer add = rs -> {
            Map.Entry<String, EnergyLabel> e = rows.label(rs);
            labels.putIfAbsent(e.getKey(), e.getValue());
        };
        query(ProjectSchema.LABELS, SnapshotRows.LABEL, "verblijfsobject_id", unitIds, rs -> {
            read.add(SnapshotRows.fid(rs));
            add.accept(rs);
        });
        read.seal();
        FidSet missing = new FidSet();
        query(ProjectSchema.LABELS, "t.fid", "pand_id", buildingIds, rs -> {
            long fid = rs.getLong(1);
            if (!read.contains(fid)) {
                missing.add(fid);
            }
        });
        missing.seal();
        query(ProjectSchema.LABELS, SnapshotRows.LABEL, "fid", JsonIds.numbers(missing.distinct()), add);
        List<String> keys = new ArrayList<>(labels.keySet());
        keys.sort(Comparator.naturalOrder());
        List<EnergyLabel> result = new ArrayList<>(keys.size());
        keys.forEach(k -> result.add(labels.get(k)));
        return List.copyOf(result);
    }

    /**
     * Companies matched to the units, plus unmatched companies at the units' postcodes, so the
     * consultant can match those by hand; by id.
     */
    private List<Company> companies(JsonIds unitIds, JsonIds postcodes, List<String> unitIdList) throws SQLException {
        if (!hasRows(ProjectSchema.COMPANIES)) {
            return List.of();
        }
        // Each company comes once: the first query reads the matched ones, the second only unmatched
        // ones at distinct postcodes, the third only those not read yet. A list, not a map by id.
        List<Company> companies = new ArrayList<>(unitIdList.size() + 16);
        SqlConsumer add = rs -> companies.add(rows.company(rs));
        query(ProjectSchema.COMPANIES, SnapshotRows.COMPANY, "verblijfsobject_id", unitIds, add);
        if (!postcodes.isEmpty()) {
            // Only the unmatched companies count at the postcodes; the unary + keeps SQLite on the
            // postcode index (the verblijfsobject_id index would walk every unmatched company).
            String sql = byIds(
                    ProjectSchema.COMPANIES, SnapshotRows.COMPANY, "postcode", " WHERE +t.verblijfsobject_id IS NULL");
            query(sql, postcodes.json(), add);
        }
        // A company the consultant matched by hand to one of these units (its own address may lie
        // anywhere, e.g. a wrong postcode) belongs here too, or the match would vanish on loading.
        Set<String> byHand = overrides.companiesMatchedTo(connection, unitIdList);
        if (!byHand.isEmpty()) {
            companies.forEach(c -> byHand.remove(c.id()));
        }
        if (!byHand.isEmpty()) {
            query(ProjectSchema.COMPANIES, SnapshotRows.COMPANY, "identificatie", JsonIds.texts(byHand), add);
        }
        companies.sort(Comparator.comparing(Company::id));
        return List.copyOf(companies);
    }

    private List<GridArea> gridAreas(PreparedGeometry contour, Envelope envelope) throws SQLException {
        List<GridArea> gridAreas = new ArrayList<>();
        inEnvelope(ProjectSchema.GRID_AREAS, "t.*", envelope, rs -> {
            GridArea g = RowCodec.gridArea(rs);
            if (contour.intersects(g.area())) {
                gridAreas.add(g);
            }
        });
        gridAreas.sort(Comparator.comparing(GridArea::id));
        return gridAreas;
    }

    /** The grid capacity rows of the units' postcodes, by postcode. */
    private List<GridPostcode> gridPostcodes(JsonIds postcodes) throws SQLException {
        List<GridPostcode> found = new ArrayList<>();
        if (hasRows(ProjectSchema.GRID_POSTCODES)) {
            query(
                    ProjectSchema.GRID_POSTCODES,
                    "t.*",
                    "postcode",
                    postcodes,
                    rs -> found.add(RowCodec.gridPostcode(rs)));
            found.sort(Comparator.comparing(GridPostcode::postcode));
        }
        return found;
    }

    /**
     * Whether a table has any row: a project without 3D BAG roofs (or labels, or companies) then
     * skips looking up every pand or unit id in an empty index. One step of SQLite, asked on every
     * load, so a table filled since the last load is seen.
     */
    private boolean hasRows(String table) throws SQLException {
        PreparedStatement p = statement("SELECT EXISTS (SELECT 1 FROM \"" + table + "\")");
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    /** The consultant's edits changed through this store's own connection, which SQLite does not count. */
    void overridesChanged() {
        overrides.clear();
    }

    /**
     * Runs {@code SELECT columns FROM table WHERE column IN (ids)} for every row, as a join that
     * walks the JSON array and looks each id up in the column's index (a third cheaper in SQLite than
     * {@code IN (SELECT ...)}, which first copies the list into a temporary index). The ids are
     * distinct, so the join gives each row once.
     */
    private void query(String table, String columns, String column, JsonIds ids, SqlConsumer consumer)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        query(byIds(table, columns, column, ""), ids.json(), consumer);
    }

    private static String byIds(String table, String columns, String column, String where) {
        return "SELECT " + columns + " FROM json_each(?) j CROSS JOIN \"" + table + "\" t ON t.\"" + column
                + "\" = j.value" + where;
    }

    private void query(String sql, String json, SqlConsumer consumer) throws SQLException {
        PreparedStatement p = statement(sql);
        p.setString(1, json);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                consumer.accept(rs);
            }
        }
    }

    private void inEnvelope(String table, String columns, Envelope e, SqlConsumer consumer) throws SQLException {
        PreparedStatement p = statement("SELECT " + columns + " FROM \"" + table + "\" t JOIN \""
                + GeoPackageSchema.rtreeName(table)
                + "\" r ON t.fid = r.id WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?");
        p.setDouble(1, e.getMaxX());
        p.setDouble(2, e.getMinX());
        p.setDouble(3, e.getMaxY());
        p.setDouble(4, e.getMinY());
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                consumer.accept(rs);
            }
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        return statements.get(sql);
    }

    /** Closes the prepared statements. */
    @java.lang.Override
    public void close() throws SQLException {
        statements.close();
    }

    @FunctionalInterface
    private interface SqlConsumer {
        void accept(ResultSet rs) throws SQLException;
    }
}
