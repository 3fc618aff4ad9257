package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Collects everything of one plan area: the R-tree narrows each feature table to the contour's
 * envelope, JTS decides. A pand belongs to the area when the interior point of its footprint lies
 * inside the contour, so a pand on the border of two areas belongs to exactly one.
 */
final class SnapshotLoader {
    /** Ids per IN (...) list, well below SQLite's limit on bound parameters. */
    private static final int CHUNK = 500;

    private final Connection connection;
    private final MultiBuildingUnits multiBuildingUnits;

    SnapshotLoader(Connection connection, MultiBuildingUnits multiBuildingUnits) {
        this.connection = connection;
        this.multiBuildingUnits = multiBuildingUnits;
    }

    ParkSnapshot load(Park park) throws SQLException {
        PreparedGeometry contour = PreparedGeometryFactory.prepare(park.contour());
        Envelope envelope = park.contour().getEnvelopeInternal();

        List<Building> buildings = buildings(contour, envelope);
        Set<String> buildingIds = new TreeSet<>();
        buildings.forEach(b -> buildingIds.add(b.id()));

        List<Unit> units = units(contour, envelope, buildingIds);
        Set<String> unitIds = new TreeSet<>();
        Set<String> postcodes = new TreeSet<>();
        units.forEach(u -> {
            unitIds.add(u.id());
            postcodes.add(u.address().postcode());
        });

        List<RoofPart> roofParts = byIds(ProjectSchema.ROOF_PARTS, "pand_id", buildingIds, RowCodec::roofPart);
        roofParts.sort(Comparator.comparing(RoofPart::buildingId).thenComparingInt(RoofPart::index));

        List<GridArea> gridAreas = new ArrayList<>();
        for (GridArea g : inEnvelope(ProjectSchema.GRID_AREAS, envelope, RowCodec::gridArea)) {
            if (contour.intersects(g.area())) {
                gridAreas.add(g);
            }
        }
        gridAreas.sort(Comparator.comparing(GridArea::id));

        List<Company> companies = companies(unitIds, postcodes);
        Set<String> companyIds = new TreeSet<>();
        companies.forEach(c -> companyIds.add(c.id()));

        return new ParkSnapshot(
                park,
                buildings,
                units,
                roofParts,
                labels(unitIds, buildingIds),
                gridAreas,
                companies,
                overrides(park.id(), buildingIds, unitIds, companyIds),
                gridPostcodes(postcodes));
    }

    /** The grid capacity rows of the units' postcodes, by postcode. */
    private List<GridPostcode> gridPostcodes(Set<String> postcodes) throws SQLException {
        List<GridPostcode> rows = byIds(ProjectSchema.GRID_POSTCODES, "postcode", postcodes, RowCodec::gridPostcode);
        List<GridPostcode> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(GridPostcode::postcode));
        return sorted;
    }

    /** The panden whose interior point lies in the contour, with their 3D BAG roofs, by id. */
    private List<Building> buildings(PreparedGeometry contour, Envelope envelope) throws SQLException {
        List<Building> bare = new ArrayList<>();
        for (Building b :
                inEnvelope(ProjectSchema.BUILDINGS, envelope, rs -> RowCodec.building(rs, Optional.empty()))) {
            if (contour.contains(b.footprint().getInteriorPoint())) {
                bare.add(b);
            }
        }
        Set<String> ids = new TreeSet<>();
        bare.forEach(b -> ids.add(b.id()));
        Map<String, RoofSummary> roofs = roofs(ids);
        return bare.stream()
                .map(b -> roofs.containsKey(b.id()) ? b.withRoof(roofs.get(b.id())) : b)
                .sorted(Comparator.comparing(Building::id))
                .toList();
    }

    /** The units in any of the panden, or whose own point lies in the contour, by id. */
    private List<Unit> units(PreparedGeometry contour, Envelope envelope, Set<String> buildingIds) throws SQLException {
        Map<String, Unit> unitsById = new TreeMap<>();
        // Most units come from more than one of these queries: a row whose id is known already is
        // skipped before its geometry and fields are decoded.
        ProjectStore.RowMapper<Unit> unseen =
                rs -> unitsById.containsKey(rs.getString("identificatie")) ? null : RowCodec.unit(rs);
        for (Unit u : inEnvelope(ProjectSchema.UNITS, envelope, unseen)) {
            if (contour.contains(u.location())) {
                unitsById.put(u.id(), u);
            }
        }
        for (Unit u : byIds(ProjectSchema.UNITS, "pand_ids", buildingIds, unseen)) {
            unitsById.put(u.id(), u);
        }
        for (Unit u : byIds(ProjectSchema.UNITS, "fid", multiBuildingUnits.fidsIn(buildingIds), unseen)) {
            unitsById.put(u.id(), u);
        }
        return List.copyOf(unitsById.values());
    }

    /** The labels of the units or the panden, each once (keyed by its stored sleutel). */
    private List<EnergyLabel> labels(Set<String> unitIds, Set<String> buildingIds) throws SQLException {
        Map<String, EnergyLabel> labels = new TreeMap<>();
        ProjectStore.RowMapper<Map.Entry<String, EnergyLabel>> unseen =
                rs -> labels.containsKey(rs.getString("sleutel")) ? null : keyedLabel(rs);
        for (Map.Entry<String, EnergyLabel> e : byIds(ProjectSchema.LABELS, "verblijfsobject_id", unitIds, unseen)) {
            labels.put(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, EnergyLabel> e : byIds(ProjectSchema.LABELS, "pand_id", buildingIds, unseen)) {
            labels.put(e.getKey(), e.getValue());
        }
        return List.copyOf(labels.values());
    }

    private static Map.Entry<String, EnergyLabel> keyedLabel(ResultSet rs) throws SQLException {
        return Map.entry(rs.getString("sleutel"), RowCodec.label(rs));
    }

    /**
     * Companies matched to the units, plus unmatched companies at the units' postcodes, so the
     * consultant can match those by hand; by id.
     */
    private List<Company> companies(Set<String> unitIds, Set<String> postcodes) throws SQLException {
        Map<String, Company> companies = new TreeMap<>();
        for (Company c : byIds(ProjectSchema.COMPANIES, "verblijfsobject_id", unitIds, RowCodec::company)) {
            companies.put(c.id(), c);
        }
        // At the postcodes only the unmatched companies count: the matched ones are skipped undecoded.
        ProjectStore.RowMapper<Company> unmatched =
                rs -> rs.getString("verblijfsobject_id") == null ? RowCodec.company(rs) : null;
        for (Company c : byIds(ProjectSchema.COMPANIES, "postcode", postcodes, unmatched)) {
            companies.put(c.id(), c);
        }
        // A company the consultant matched by hand to one of these units (its own address may lie
        // anywhere, e.g. a wrong postcode) belongs here too, or the match would vanish on loading.
        ProjectStore.RowMapper<Company> unseen =
                rs -> companies.containsKey(rs.getString("identificatie")) ? null : RowCodec.company(rs);
        for (Company c : byIds(ProjectSchema.COMPANIES, "identificatie", matchedByHand(unitIds), unseen)) {
            companies.put(c.id(), c);
        }
        return List.copyOf(companies.values());
    }

    /**
     * The ids of the companies an edit matches to one of the units: target "bedrijf", field
     * "verblijfsobject" (the app's CompanyMatches), value a unit id.
     */
    private Set<String> matchedByHand(Set<String> unitIds) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT doel_id, waarde FROM " + ProjectSchema.OVERRIDES
                + " WHERE soort = ? AND lower(trim(veld)) = 'verblijfsobject'")) {
            p.setString(1, DutchCodes.target(Override.OverrideTarget.COMPANY));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String unit = rs.getString(2);
                    if (unit != null && unitIds.contains(unit.strip())) {
                        ids.add(rs.getString(1).strip());
                    }
                }
            }
        }
        return ids;
    }

    private <T> List<T> inEnvelope(String table, Envelope e, ProjectStore.RowMapper<T> mapper) throws SQLException {
        String sql = "SELECT t.* FROM \"" + table + "\" t JOIN \"" + GeoPackageSchema.rtreeName(table)
                + "\" r ON t.fid = r.id WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?";
        List<T> rows = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setDouble(1, e.getMaxX());
            p.setDouble(2, e.getMinX());
            p.setDouble(3, e.getMaxY());
            p.setDouble(4, e.getMinY());
            try (ResultSet rs = p.executeQuery()) {
                addMapped(rs, mapper, rows);
            }
        }
        return rows;
    }

    /** Maps every row; a mapper returns null for a row it skips. */
    private static <T> void addMapped(ResultSet rs, ProjectStore.RowMapper<T> mapper, List<T> rows)
            throws SQLException {
        while (rs.next()) {
            T row = mapper.map(rs);
            if (row != null) {
                rows.add(row);
            }
        }
    }

    private <T> List<T> byIds(String table, String column, Collection<?> ids, ProjectStore.RowMapper<T> mapper)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        List<?> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            StringJoiner marks = new StringJoiner(", ", "(", ")");
            chunk.forEach(id -> marks.add("?"));
            try (PreparedStatement p = connection.prepareStatement(
                    "SELECT * FROM \"" + table + "\" WHERE \"" + column + "\" IN " + marks + " ORDER BY fid")) {
                for (int k = 0; k < chunk.size(); k++) {
                    p.setObject(k + 1, chunk.get(k));
                }
                try (ResultSet rs = p.executeQuery()) {
                    addMapped(rs, mapper, rows);
                }
            }
        }
        return rows;
    }

    private Map<String, RoofSummary> roofs(Set<String> buildingIds) throws SQLException {
        Map<String, RoofSummary> roofs = new HashMap<>();
        for (Map.Entry<String, RoofSummary> e : byIds(
                ProjectSchema.ROOFS,
                "pand_id",
                buildingIds,
                rs -> Map.entry(rs.getString("pand_id"), RowCodec.roof(rs)))) {
            roofs.put(e.getKey(), e.getValue());
        }
        return roofs;
    }

    private List<Override> overrides(
            String parkId, Set<String> buildingIds, Set<String> unitIds, Set<String> companyIds) throws SQLException {
        List<Override> result = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                        "SELECT * FROM " + ProjectSchema.OVERRIDES + " ORDER BY soort, doel_id, veld");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                Override o = RowCodec.override(rs);
                Set<String> ids =
                        switch (o.target()) {
                            case PARK -> Set.of(parkId);
                            case BUILDING -> buildingIds;
                            case UNIT -> unitIds;
                            case COMPANY -> companyIds;
                        };
                if (ids.contains(o.targetId())) {
                    result.add(o);
                }
            }
        }
        return result;
    }
}
