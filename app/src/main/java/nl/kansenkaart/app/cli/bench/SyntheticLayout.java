package nl.kansenkaart.app.cli.bench;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Park;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Synthetic parks and buildings for the benchmarks, in RD New (EPSG:28992) inside the Netherlands:
 * square parks of {@value #PER_PARK} buildings laid out in a grid, each building a 20 x 15 m hall on
 * a 30 m raster. Deterministic, so runs compare.
 */
final class SyntheticLayout {
    static final int PER_PARK = 1_000;
    private static final int PER_ROW = 32; // 32 x 32 = 1024 places per park
    private static final double SPACING_M = 30;
    private static final double PARK_SIDE_M = PER_ROW * SPACING_M + 40;
    private static final double PARK_PITCH_M = PARK_SIDE_M + 200;
    private static final int PARKS_PER_ROW = 100;
    private static final double X0 = 120_000;
    private static final double Y0 = 420_000;

    private final GeometryFactory geometry = new GeometryFactory(new PrecisionModel(), 28992);
    private final long buildings;

    SyntheticLayout(long buildings) {
        if (buildings < 1) {
            throw new IllegalArgumentException("minstens 1 pand nodig, niet " + buildings);
        }
        this.buildings = buildings;
    }

    long buildingCount() {
        return buildings;
    }

    int parkCount() {
        return (int) ((buildings + PER_PARK - 1) / PER_PARK);
    }

    /** The park in the middle of the grid, the one the load and extract timings use. */
    int middlePark() {
        return parkCount() / 2;
    }

    static String parkId(int park) {
        return "BENCH" + park;
    }

    Park park(int park) {
        Envelope e = parkEnvelope(park);
        e.expandBy(-1);
        return new Park(
                parkId(park),
                "Proefterrein " + park,
                "Proefgemeente",
                OptionalDouble.of(e.getArea() / 10_000),
                OptionalDouble.empty(),
                geometry.toGeometry(e));
    }

    static String buildingId(long index) {
        return String.format("9999100%09d", index);
    }

    Polygon footprint(long index) {
        Envelope park = parkEnvelope((int) (index / PER_PARK));
        int place = (int) (index % PER_PARK);
        double x = park.getMinX() + 20 + (place % PER_ROW) * SPACING_M;
        double y = park.getMinY() + 20 + (place / PER_ROW) * SPACING_M;
        return geometry.createPolygon(new Coordinate[] {
            new Coordinate(x, y),
            new Coordinate(x + 20, y),
            new Coordinate(x + 20, y + 15),
            new Coordinate(x, y + 15),
            new Coordinate(x, y)
        });
    }

    static int constructionYear(long index) {
        return 1965 + (int) (index * 7 % 59);
    }

    Building building(long index) {
        return new Building(
                buildingId(index),
                OptionalInt.of(constructionYear(index)),
                BuildingStatus.IN_USE,
                footprint(index),
                Optional.empty());
    }

    private Envelope parkEnvelope(int park) {
        double x = X0 + (park % PARKS_PER_ROW) * PARK_PITCH_M;
        double y = Y0 + (park / PARKS_PER_ROW) * PARK_PITCH_M;
        return new Envelope(x, x + PARK_SIDE_M, y, y + PARK_SIDE_M);
    }
}
