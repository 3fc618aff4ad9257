package nl.kansenkaart.core.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Builds model records for tests, geometry as WKT in RD New (EPSG:28992). */
public final class Fixtures {
    public static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 1);

    private Fixtures() {}

    public static Geometry wkt(String text) {
        try {
            return new WKTReader(RD).read(text);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** A 20 x 20 m square pand with its lower-left corner at (x, y). */
    public static Building building(String id, double x, double y) {
        return building(id, BuildingStatus.IN_USE, x, y);
    }

    public static Building building(String id, BuildingStatus status, double x, double y) {
        String wkt = String.format(
                java.util.Locale.ROOT,
                "POLYGON ((%1$.1f %2$.1f, %3$.1f %2$.1f, %3$.1f %4$.1f, %1$.1f %4$.1f, %1$.1f %2$.1f))",
                x,
                y,
                x + 20,
                y + 20);
        return new Building(id, OptionalInt.of(1990), status, wkt(wkt), Optional.empty());
    }

    public static Building building(String id, String footprintWkt) {
        return new Building(id, OptionalInt.of(1990), BuildingStatus.IN_USE, wkt(footprintWkt), Optional.empty());
    }

    /** An active unit in the given panden with the given purposes; postcode 2595AA. */
    public static Unit unit(String id, int areaM2, List<String> buildingIds, UsePurpose... purposes) {
        return unit(id, areaM2, buildingIds, UnitStatus.IN_USE, "2595AA", purposes);
    }

    public static Unit unit(
            String id,
            int areaM2,
            List<String> buildingIds,
            UnitStatus status,
            String postcode,
            UsePurpose... purposes) {
        Point location = RD.createPoint(new Coordinate(85_000, 455_000));
        return new Unit(
                id,
                buildingIds,
                EnumSet.copyOf(Arrays.asList(purposes)),
                areaM2,
                status,
                new Address("Kantoorlaan", 1, Optional.empty(), Optional.empty(), postcode, "Den Haag"),
                location);
    }

    /** A label for a VBO. */
    public static EnergyLabel unitLabel(
            String unitId, LabelClass cls, LocalDate registered, LocalDate validUntil, Double index, Double fossil) {
        return new EnergyLabel(
                cls,
                index == null ? OptionalDouble.empty() : OptionalDouble.of(index),
                fossil == null ? OptionalDouble.empty() : OptionalDouble.of(fossil),
                registered,
                validUntil,
                Optional.of(unitId),
                Optional.empty(),
                true);
    }

    /** A label registered for a whole pand (no VBO id). */
    public static EnergyLabel buildingLabel(String buildingId, LabelClass cls, LocalDate registered) {
        return new EnergyLabel(
                cls,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                registered,
                registered.plusYears(10),
                Optional.empty(),
                Optional.of(buildingId),
                true);
    }

    /** A simple class-only label valid ten years from registration. */
    public static EnergyLabel unitLabel(String unitId, LabelClass cls, LocalDate registered) {
        return unitLabel(unitId, cls, registered, registered.plusYears(10), null, null);
    }

    public static Override flag(String buildingId, String key, String value) {
        return new Override(Override.OverrideTarget.BUILDING, buildingId, key, value);
    }

    public static GridArea gridArea(
            String id, CapacityStatus offtake, CapacityStatus feedIn, Integer year, String wkt) {
        return new GridArea(
                id,
                "Station " + id,
                "Stedin",
                offtake,
                feedIn,
                year == null ? OptionalInt.empty() : OptionalInt.of(year),
                wkt(wkt));
    }

    public static Park park() {
        return new Park(
                "park-1",
                "Testpark",
                "Den Haag",
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                wkt("POLYGON ((80000 450000, 90000 450000, 90000 460000, 80000 460000, 80000 450000))"));
    }

    public static ParkSnapshot snapshot(
            List<Building> buildings, List<Unit> units, List<EnergyLabel> labels, List<Override> overrides) {
        return new ParkSnapshot(park(), buildings, units, List.of(), labels, List.of(), List.of(), overrides);
    }

    /** A 16-digit pand id from a small number. */
    public static String pand(int n) {
        return String.format("0518100000%06d", n);
    }

    /** A 16-digit VBO id from a small number. */
    public static String vbo(int n) {
        return String.format("0518010000%06d", n);
    }
}
