package nl.kansenkaart.io.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.RoofType;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.io.geopackage.GeoPackageGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBReader;

/**
 * The columns a park snapshot reads, in the order its queries select them, and their decoding by
 * position: the same records as {@link RowCodec}'s decoding by name, which spent a tenth of loading
 * in the driver's column-name lookup. One per loader (it keeps a geometry reader and a few caches),
 * so not for use by two threads.
 */
final class SnapshotRows {
    // Every query names its table t. Text and integer columns come packed in one json_array (see
    // JsonRow); geometries and real numbers stay columns of their own.
    static final String BUILDING = "json_array(t.identificatie, t.bouwjaar, t.status), t.geom";
    static final String UNIT = "t.fid, t.geom, json_array(t.identificatie, t.pand_ids, t.gebruiksdoelen,"
            + " t.oppervlakte_m2, t.status, t.straat, t.huisnummer, t.huisletter, t.toevoeging, t.postcode,"
            + " t.woonplaats)";
    static final String ROOF = "t.pand_id, t.dak_type, t.grondoppervlak_m2, t.plat_dakoppervlak_m2,"
            + " t.schuin_dakoppervlak_m2, t.maaiveldhoogte_m, t.dakhoogte_70p_m, t.dakhoogte_max_m, t.volume_m3,"
            + " t.bouwlagen, t.kas_warenhuis";
    static final String ROOF_PART =
            "t.pand_id, t.vlaknummer, t.hellingshoek_graden, t.azimut_graden, t.oppervlakte_m2, t.hoogte_m, t.geom";
    static final String LABEL = "t.fid, json_array(t.sleutel, t.energieklasse, t.registratiedatum, t.geldig_tot,"
            + " t.verblijfsobject_id, t.pand_id, t.utiliteit), t.energie_index, t.primair_fossiel_kwh_m2";
    static final String COMPANY = "json_array(t.identificatie, t.naam, t.kvk_nummer, t.sbi_code, t.straat,"
            + " t.huisnummer, t.huisletter, t.toevoeging, t.postcode, t.woonplaats, t.verblijfsobject_id)";

    // Few distinct values among millions of rows: decoded once per loader. The texts are what the
    // import wrote (every row passed the model's validation then); the records still validate what
    // comes out, because a consultant may have edited the file in QGIS since.
    private static final int CACHE_LIMIT = 4096;
    private final Map<String, Set<UsePurpose>> purposes = new HashMap<>();
    private final Map<String, UnitStatus> unitStatuses = new HashMap<>();
    private final Map<String, BuildingStatus> buildingStatuses = new HashMap<>();
    private final Map<String, LabelClass> labelClasses = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final WKBReader wkb = new WKBReader(RowCodec.RD);

    /** A pand without its roof, from a row of {@link #BUILDING}. */
    Building building(ResultSet rs) throws SQLException {
        JsonRow row = JsonRow.parse(rs.getString(1), 3);
        String id = row.text(0);
        String status = row.text(2);
        BuildingStatus s = buildingStatuses.get(status);
        if (s == null) {
            s = BuildingStatus.fromBag(status).orElseThrow(() -> unknown("pandstatus", status));
            remember(buildingStatuses, status, s);
        }
        OptionalInt year = row.isNull(1) ? OptionalInt.empty() : OptionalInt.of(row.integer(1));
        return new Building(id, year, s, geometry(rs, 2, "pand", id), Optional.empty());
    }

    /** The fid of a row of {@link #UNIT} or {@link #LABEL}, their first column. */
    static long fid(ResultSet rs) throws SQLException {
        return rs.getLong(1);
    }

    /**
     * The location from a row of {@link #UNIT}: read alone first, so the units of the envelope
     * outside the park stay undecoded.
     */
    Point unitLocation(ResultSet rs) throws SQLException {
        if (!(geometry(rs, 2, "verblijfsobject met fid", String.valueOf(rs.getLong(1))) instanceof Point point)) {
            throw new SQLException("verblijfsobject met fid " + rs.getLong(1) + " is geen punt");
        }
        return point;
    }

    /** A unit from a row of {@link #UNIT} and its location. */
    Unit unit(ResultSet rs, Point location) throws SQLException {
        JsonRow row = JsonRow.parse(rs.getString(3), 11);
        String status = row.text(4);
        UnitStatus s = unitStatuses.get(status);
        if (s == null) {
            s = UnitStatus.fromBag(status).orElseThrow(() -> unknown("verblijfsobjectstatus", status));
            remember(unitStatuses, status, s);
        }
        String purposeText = row.text(2);
        Set<UsePurpose> p = purposes.get(purposeText);
        if (p == null) {
            p = Set.copyOf(UsePurpose.parseList(purposeText));
            remember(purposes, purposeText, p);
        }
        return new Unit(
                row.text(0),
                buildingIds(row.text(1)),
                p,
                row.integer(3),
                s,
                address(row, 5).orElseThrow(() -> new SQLException("adres ontbreekt")),
                location);
    }

    /** The pand id and roof from a row of {@link #ROOF}. */
    Map.Entry<String, RoofSummary> roof(ResultSet rs) throws SQLException {
        String type = rs.getString(2);
        return Map.entry(
                rs.getString(1),
                new RoofSummary(
                        RoofType.fromCode(type).orElseThrow(() -> unknown("daktype", type)),
                        optDouble(rs, 3),
                        optDouble(rs, 4),
                        optDouble(rs, 5),
                        optDouble(rs, 6),
                        optDouble(rs, 7),
                        optDouble(rs, 8),
                        optDouble(rs, 9),
                        optInt(rs, 10),
                        rs.getInt(11) != 0));
    }

    /** A roof part from a row of {@link #ROOF_PART}. */
    RoofPart roofPart(ResultSet rs) throws SQLException {
        String pandId = rs.getString(1);
        return new RoofPart(
                pandId,
                rs.getInt(2),
                rs.getDouble(3),
                rs.getDouble(4),
                rs.getDouble(5),
                rs.getDouble(6),
                geometry(rs, 7, "dakvlak van pand", pandId));
    }

    /** The sleutel and the label from a row of {@link #LABEL}. */
    Map.Entry<String, EnergyLabel> label(ResultSet rs) throws SQLException {
        JsonRow row = JsonRow.parse(rs.getString(2), 7);
        String code = row.text(1);
        LabelClass c = labelClasses.get(code);
        if (c == null) {
            c = LabelClass.fromCode(code).orElseThrow(() -> unknown("energieklasse", code));
            remember(labelClasses, code, c);
        }
        return Map.entry(
                row.text(0),
                new EnergyLabel(
                        c,
                        optDouble(rs, 3),
                        optDouble(rs, 4),
                        date(row.text(2)),
                        date(row.text(3)),
                        Optional.ofNullable(row.text(4)),
                        Optional.ofNullable(row.text(5)),
                        row.integer(6) != 0));
    }

    /** A company from a row of {@link #COMPANY}. */
    Company company(ResultSet rs) throws SQLException {
        JsonRow row = JsonRow.parse(rs.getString(1), 11);
        return new Company(
                row.text(0),
                row.text(1),
                Optional.ofNullable(row.text(2)),
                Optional.ofNullable(row.text(3)),
                address(row, 4),
                Optional.ofNullable(row.text(10)));
    }

    /**
     * The stored geometry; a MultiPolygon of one part comes back as the Polygon it was written from.
     * A missing one is reported as {@code what} and {@code id}.
     */
    private Geometry geometry(ResultSet rs, int column, String what, String id) throws SQLException {
        byte[] blob = rs.getBytes(column);
        if (blob == null) {
            throw new SQLException(what + " " + id + " heeft geen geometrie");
        }
        Geometry g = GeoPackageGeometry.decode(blob, wkb);
        if (g instanceof MultiPolygon m && m.getNumGeometries() == 1) {
            return m.getGeometryN(0);
        }
        return g;
    }

    private LocalDate date(String text) {
        LocalDate d = dates.get(text);
        if (d == null) {
            d = isoDate(text);
            remember(dates, text, d);
        }
        return d;
    }

    /**
     * What {@link LocalDate#parse} gives, with the usual "2024-03-01" read digit by digit: a national
     * set has more distinct dates than the cache keeps, and the formatter cost a microsecond each.
     * Anything else (a sign, a longer year, a typo) goes to the formatter and its message.
     */
    static LocalDate isoDate(String text) {
        if (text != null
                && text.length() == 10
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && digits(text, 0, 4)
                && digits(text, 5, 7)
                && digits(text, 8, 10)) {
            int year = number(text, 0, 4);
            int month = number(text, 5, 7);
            int day = number(text, 8, 10);
            if (month >= 1
                    && month <= 12
                    && day >= 1
                    && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n = n * 10 + (text.charAt(k) - '0');
        }
        return n;
    }

    private static List<String> buildingIds(String text) {
        // Nearly every unit lies in one pand: no split for those.
        return text.indexOf(',') < 0 ? List.of(text) : Arrays.asList(text.split(","));
    }

    /** The address from six values starting at {@code first}: straat, huisnummer, ..., woonplaats. */
    private static Optional<Address> address(JsonRow row, int first) throws SQLException {
        String street = row.text(first);
        if (street == null) {
            return Optional.empty();
        }
        return Optional.of(new Address(
                street,
                row.integer(first + 1),
                Optional.ofNullable(row.text(first + 2)),
                Optional.ofNullable(row.text(first + 3)),
                row.text(first + 4),
                row.text(first + 5)));
    }

    private static <K, V> void remember(Map<K, V> cache, K key, V value) {
        if (key != null && cache.size() < CACHE_LIMIT) {
            cache.put(key, value);
        }
    }

    private static OptionalDouble optDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static OptionalInt optInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static SQLException unknown(String what, String value) {
        return new SQLException("onbekende " + what + " '" + value + "'");
    }
}
