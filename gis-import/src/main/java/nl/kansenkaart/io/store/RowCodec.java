package nl.kansenkaart.io.store;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.RoofType;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.io.geopackage.GeoPackageGeometry;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Turns the model records into row values (in {@link ProjectSchema} column order, without the bron
 * column) and rows back into records. Enum values are stored as the BAG or EP-Online text.
 */
final class RowCodec {
    static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), ProjectSchema.SRS);

    private RowCodec() {}

    // ---- records to row values ------------------------------------------------------------

    static Object[] park(Park p) {
        return new Object[] {p.id(), p.name(), p.municipality(), p.grossHectares(), p.netHectares()};
    }

    static Object[] building(Building b) {
        return new Object[] {b.id(), b.constructionYear(), b.status().bagName()};
    }

    static Object[] unit(Unit u) {
        Address a = u.address();
        String purposes =
                u.purposes().stream().sorted().map(UsePurpose::bagName).collect(Collectors.joining(","));
        return new Object[] {
            u.id(),
            String.join(",", u.buildingIds()),
            purposes,
            u.floorAreaM2(),
            u.status().bagName(),
            a.street(),
            a.houseNumber(),
            a.letter(),
            a.addition(),
            a.postcode(),
            a.town()
        };
    }

    static Object[] roofPart(RoofPart r) {
        return new Object[] {r.buildingId(), r.index(), r.slopeDegrees(), r.azimuthDegrees(), r.areaM2(), r.heightM()};
    }

    static Object[] gridArea(GridArea g) {
        return new Object[] {
            g.id(),
            g.name(),
            g.operator(),
            DutchCodes.capacity(g.offtake()),
            DutchCodes.capacity(g.feedIn()),
            g.alleviationYear()
        };
    }

    static Object[] gridPostcode(GridPostcode g) {
        return new Object[] {
            g.postcode(),
            g.operator(),
            DutchCodes.capacity(g.offtake()),
            DutchCodes.capacity(g.feedIn()),
            g.alleviationYear(),
            g.energyArea(),
            g.offtakeAvailableMw(),
            g.feedInAvailableMw()
        };
    }

    static Object[] roof(String buildingId, RoofSummary r) {
        return new Object[] {
            buildingId,
            r.roofType().code(),
            r.groundAreaM2(),
            r.flatRoofAreaM2(),
            r.slantedRoofAreaM2(),
            r.groundHeightM(),
            r.roofHeight70pM(),
            r.roofHeightMaxM(),
            r.volumeM3(),
            r.floors(),
            r.greenhouse()
        };
    }

    static Object[] label(EnergyLabel l) {
        // One label per unit (or pand) and registration day: a newer import of the same label replaces it.
        String key = l.unitId().orElse("") + "|" + l.buildingId().orElse("") + "|" + l.registeredOn();
        return new Object[] {
            key,
            l.unitId(),
            l.buildingId(),
            l.labelClass().code(),
            l.energyIndex(),
            l.primaryFossilKwhPerM2(),
            l.registeredOn(),
            l.validUntil(),
            l.utility()
        };
    }

    static Object[] company(Company c) {
        Optional<Address> a = c.address();
        return new Object[] {
            c.id(),
            c.name(),
            c.kvkNumber(),
            c.sbiCode(),
            a.map(Address::street),
            a.map(Address::houseNumber),
            a.flatMap(Address::letter),
            a.flatMap(Address::addition),
            a.map(Address::postcode),
            a.map(Address::town),
            c.unitId(),
            SearchText.ofCompany(
                    c.name(),
                    c.kvkNumber().orElse(null),
                    a.map(Address::street).orElse(null),
                    a.map(Address::houseNumber).orElse(null),
                    a.flatMap(Address::letter).orElse(null),
                    a.map(Address::postcode).orElse(null),
                    a.map(Address::town).orElse(null))
        };
    }

    /** Polygons go in as MultiPolygon so the column holds one geometry type, as QGIS expects. */
    static Geometry toMulti(Geometry g) {
        if (g instanceof Polygon p) {
            return g.getFactory().createMultiPolygon(new Polygon[] {p});
        }
        return g;
    }

    // ---- rows to records -------------------------------------------------------------------

    /** The stored geometry; a MultiPolygon of one part comes back as the Polygon it was written from. */
    static Geometry geometry(ResultSet rs) throws SQLException {
        byte[] blob = rs.getBytes(GeoPackageSchema.GEOMETRY_COLUMN);
        if (blob == null) {
            throw new SQLException("rij " + rs.getLong(GeoPackageSchema.ID_COLUMN) + " heeft geen geometrie");
        }
        Geometry g = GeoPackageGeometry.decode(blob, RD);
        if (g instanceof MultiPolygon m && m.getNumGeometries() == 1) {
            return m.getGeometryN(0);
        }
        return g;
    }

    static Park park(ResultSet rs) throws SQLException {
        return new Park(
                rs.getString("identificatie"),
                rs.getString("naam"),
                rs.getString("gemeente"),
                optDouble(rs, "bruto_ha"),
                optDouble(rs, "netto_ha"),
                geometry(rs));
    }

    static Building building(ResultSet rs, Optional<RoofSummary> roof) throws SQLException {
        String status = rs.getString("status");
        return new Building(
                rs.getString("identificatie"),
                optInt(rs, "bouwjaar"),
                BuildingStatus.fromBag(status).orElseThrow(() -> unknown("pandstatus", status)),
                geometry(rs),
                roof);
    }

    static Unit unit(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        Geometry location = geometry(rs);
        if (!(location instanceof Point point)) {
            throw new SQLException("verblijfsobject " + rs.getString("identificatie") + " is geen punt");
        }
        return new Unit(
                rs.getString("identificatie"),
                Arrays.asList(rs.getString("pand_ids").split(",")),
                UsePurpose.parseList(rs.getString("gebruiksdoelen")),
                rs.getInt("oppervlakte_m2"),
                UnitStatus.fromBag(status).orElseThrow(() -> unknown("verblijfsobjectstatus", status)),
                address(rs).orElseThrow(() -> new SQLException("adres ontbreekt")),
                point);
    }

    static List<String> buildingIds(ResultSet rs) throws SQLException {
        return Arrays.asList(rs.getString("pand_ids").split(","));
    }

    static RoofPart roofPart(ResultSet rs) throws SQLException {
        return new RoofPart(
                rs.getString("pand_id"),
                rs.getInt("vlaknummer"),
                rs.getDouble("hellingshoek_graden"),
                rs.getDouble("azimut_graden"),
                rs.getDouble("oppervlakte_m2"),
                rs.getDouble("hoogte_m"),
                geometry(rs));
    }

    static GridArea gridArea(ResultSet rs) throws SQLException {
        String offtake = rs.getString("afname");
        String feedIn = rs.getString("invoeding");
        return new GridArea(
                rs.getString("identificatie"),
                rs.getString("naam"),
                rs.getString("netbeheerder"),
                DutchCodes.capacity(offtake).orElseThrow(() -> unknown("afnamestatus", offtake)),
                DutchCodes.capacity(feedIn).orElseThrow(() -> unknown("invoedingsstatus", feedIn)),
                optInt(rs, "verwacht_jaar_oplossing"),
                geometry(rs));
    }

    static GridPostcode gridPostcode(ResultSet rs) throws SQLException {
        String offtake = rs.getString("afname");
        String feedIn = rs.getString("invoeding");
        return new GridPostcode(
                rs.getString("postcode"),
                rs.getString("netbeheerder"),
                DutchCodes.capacity(offtake).orElseThrow(() -> unknown("afnamestatus", offtake)),
                DutchCodes.capacity(feedIn).orElseThrow(() -> unknown("invoedingsstatus", feedIn)),
                optInt(rs, "verwacht_jaar_oplossing"),
                optText(rs, "energiegebied"),
                optDouble(rs, "beschikbaar_afname_mw"),
                optDouble(rs, "beschikbaar_invoeding_mw"));
    }

    static RoofSummary roof(ResultSet rs) throws SQLException {
        String type = rs.getString("dak_type");
        return new RoofSummary(
                RoofType.fromCode(type).orElseThrow(() -> unknown("daktype", type)),
                optDouble(rs, "grondoppervlak_m2"),
                optDouble(rs, "plat_dakoppervlak_m2"),
                optDouble(rs, "schuin_dakoppervlak_m2"),
                optDouble(rs, "maaiveldhoogte_m"),
                optDouble(rs, "dakhoogte_70p_m"),
                optDouble(rs, "dakhoogte_max_m"),
                optDouble(rs, "volume_m3"),
                optInt(rs, "bouwlagen"),
                rs.getInt("kas_warenhuis") != 0);
    }

    static EnergyLabel label(ResultSet rs) throws SQLException {
        String labelClass = rs.getString("energieklasse");
        return new EnergyLabel(
                LabelClass.fromCode(labelClass).orElseThrow(() -> unknown("energieklasse", labelClass)),
                optDouble(rs, "energie_index"),
                optDouble(rs, "primair_fossiel_kwh_m2"),
                LocalDate.parse(rs.getString("registratiedatum")),
                LocalDate.parse(rs.getString("geldig_tot")),
                optText(rs, "verblijfsobject_id"),
                optText(rs, "pand_id"),
                rs.getInt("utiliteit") != 0);
    }

    static Company company(ResultSet rs) throws SQLException {
        return new Company(
                rs.getString("identificatie"),
                rs.getString("naam"),
                optText(rs, "kvk_nummer"),
                optText(rs, "sbi_code"),
                address(rs),
                optText(rs, "verblijfsobject_id"));
    }

    static Override override(ResultSet rs) throws SQLException {
        String target = rs.getString("soort");
        return new Override(
                DutchCodes.target(target).orElseThrow(() -> unknown("soort aanpassing", target)),
                rs.getString("doel_id"),
                rs.getString("veld"),
                rs.getString("waarde"));
    }

    static Provenance provenance(ResultSet rs) throws SQLException {
        String kind = rs.getString("soort");
        try {
            return new Provenance(
                    rs.getString("bron"),
                    DutchCodes.kind(kind).orElseThrow(() -> unknown("soort bron", kind)),
                    rs.getString("formaat"),
                    rs.getString("crs_bron"),
                    Instant.parse(rs.getString("ingelezen_op")),
                    new ImportCounts(
                            rs.getLong("gelezen"),
                            rs.getLong("geimporteerd"),
                            rs.getLong("hersteld"),
                            rs.getLong("overgeslagen"),
                            JsonText.parseCounts(rs.getString("redenen_overslaan"))),
                    JsonText.parseList(rs.getString("opmerkingen")));
        } catch (IOException e) {
            throw new SQLException("bron " + rs.getString("bron") + ": " + e.getMessage(), e);
        }
    }

    static Object[] provenance(Provenance p) {
        ImportCounts c = p.counts();
        return new Object[] {
            p.sourceKey(),
            DutchCodes.kind(p.kind()),
            p.format(),
            p.sourceCrs(),
            p.importedAt(),
            c.read(),
            c.imported(),
            c.repaired(),
            c.skipped(),
            JsonText.counts(c.skippedReasons()),
            JsonText.list(p.notes())
        };
    }

    private static Optional<Address> address(ResultSet rs) throws SQLException {
        String street = rs.getString("straat");
        if (street == null) {
            return Optional.empty();
        }
        return Optional.of(new Address(
                street,
                rs.getInt("huisnummer"),
                optText(rs, "huisletter"),
                optText(rs, "toevoeging"),
                rs.getString("postcode"),
                rs.getString("woonplaats")));
    }

    private static Optional<String> optText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    private static OptionalDouble optDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static OptionalInt optInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static SQLException unknown(String what, String value) {
        return new SQLException("onbekende " + what + " '" + value + "'");
    }
}
