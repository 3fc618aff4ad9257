package nl.kansenkaart.core.solar;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.RoofType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Model records for the solar tests, geometry as WKT in RD New (EPSG:28992) around Assen. */
final class Fixtures {
    static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);

    /** The plan area: a 2 x 2 km square. */
    static final Park PARK = new Park(
            "DR-0106-0042",
            "Bedrijvenpark Bitseveld (test)",
            "Assen",
            OptionalDouble.of(400),
            OptionalDouble.empty(),
            wkt("POLYGON ((232000 556000, 234000 556000, 234000 558000, 232000 558000, 232000 556000))"));

    private Fixtures() {}

    static Geometry wkt(String text) {
        try {
            return new WKTReader(RD).read(text);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** A rectangle of width x 20 m with its lower left corner at (x, y), written as WKT. */
    static Geometry rectangle(double x, double y, double width) {
        return wkt(String.format(
                java.util.Locale.ROOT,
                "POLYGON ((%1$.3f %2$.3f, %3$.3f %2$.3f, %3$.3f %4$.3f, %1$.3f %4$.3f, %1$.3f %2$.3f))",
                x,
                y,
                x + width,
                y + 20));
    }

    /** A standing building with a footprint of exactly {@code areaM2} m2 (a rectangle 20 m deep). */
    static Building building(String id, double areaM2, OptionalInt year, Optional<RoofSummary> roof) {
        return new Building(id, year, BuildingStatus.IN_USE, rectangle(233000, 557000, areaM2 / 20), roof);
    }

    static Building building(String id, double areaM2) {
        return building(id, areaM2, OptionalInt.of(2005), Optional.empty());
    }

    static Optional<RoofSummary> roof(RoofType type, boolean greenhouse) {
        return Optional.of(new RoofSummary(
                type,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.of(12.1),
                OptionalDouble.of(19.0),
                OptionalDouble.of(21.4),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                greenhouse));
    }

    /** A roof part; its outline is a 1 m square (the analysis reads the stated true area). */
    static RoofPart part(String buildingId, int index, double slope, double azimuth, double areaM2) {
        return new RoofPart(
                buildingId,
                index,
                slope,
                azimuth,
                areaM2,
                20.0,
                wkt("POLYGON ((233000 557000, 233001 557000, 233001 557001, 233000 557001, 233000 557000))"));
    }

    static GridArea grid(String id, CapacityStatus feedIn, String areaWkt) {
        return new GridArea(
                id, "Station " + id, "Enexis", CapacityStatus.AVAILABLE, feedIn, OptionalInt.empty(), wkt(areaWkt));
    }

    static ParkSnapshot snapshot(
            List<Building> buildings, List<RoofPart> parts, List<GridArea> grid, List<Override> overrides) {
        return new ParkSnapshot(PARK, buildings, List.of(), parts, List.of(), grid, List.of(), overrides);
    }

    static ParkSnapshot snapshot(List<Building> buildings) {
        return snapshot(buildings, List.of(), List.of(), List.of());
    }
}
