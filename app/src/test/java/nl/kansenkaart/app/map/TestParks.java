package nl.kansenkaart.app.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Park snapshots for tests: a small hand-made one from WKT and a generated one of any size. */
public final class TestParks {
    public static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);

    /** The hall of the small park: industry, built 1965. */
    public static final String HALL = "0141100000000001";
    /** The office of the small park: two office units, built 1995, one label C. */
    public static final String OFFICE = "0141100000000002";
    /** The shop of the small park: retail, built 2015. */
    public static final String SHOP = "0141100000000003";
    /** A shed without units, bouwjaar unknown. */
    public static final String SHED = "0141100000000004";

    private TestParks() {}

    /**
     * A small park of 400 x 300 m at RD (100000, 400000) with four buildings, four units, one label
     * and a grid area over the west half with congested feed-in.
     */
    public static ParkSnapshot small() {
        Park park = new Park(
                "RIN-1",
                "Testterrein De Wieken",
                "Testgemeente",
                OptionalDouble.of(12),
                OptionalDouble.empty(),
                wkt("POLYGON((100000 400000, 100400 400000, 100400 400300, 100000 400300, 100000 400000))"));
        List<Building> buildings = List.of(
                building(
                        HALL,
                        1965,
                        "POLYGON((100020 400020, 100180 400020, 100180 400120, 100020 400120, 100020 400020))"),
                building(
                        OFFICE,
                        1995,
                        "POLYGON((100220 400020, 100300 400020, 100300 400100, 100220 400100, 100220 400020))"),
                building(
                        SHOP,
                        2015,
                        "POLYGON((100220 400160, 100380 400160, 100380 400280, 100220 400280, 100220 400160))"),
                new Building(
                        SHED,
                        OptionalInt.empty(),
                        BuildingStatus.IN_USE,
                        wkt("POLYGON((100030 400180, 100090 400180, 100090 400260, 100030 400260, 100030 400180))"),
                        Optional.empty()));
        List<Unit> units = List.of(
                unit("0141010000000001", HALL, UsePurpose.INDUSTRY, 15000, "Industrieweg", 1, 100100, 400070),
                unit("0141010000000002", OFFICE, UsePurpose.OFFICE, 3000, "Industrieweg", 3, 100250, 400060),
                unit("0141010000000003", OFFICE, UsePurpose.OFFICE, 2500, "Industrieweg", 5, 100270, 400060),
                unit("0141010000000004", SHOP, UsePurpose.RETAIL, 12000, "Marktplein", 10, 100300, 400220));
        EnergyLabel label = new EnergyLabel(
                LabelClass.C,
                OptionalDouble.of(1.25),
                OptionalDouble.empty(),
                LocalDate.of(2021, 3, 1),
                LocalDate.of(2031, 3, 1),
                Optional.of("0141010000000002"),
                Optional.of(OFFICE),
                true);
        GridArea grid = new GridArea(
                "GA-1",
                "Station Testdorp",
                "Enexis",
                CapacityStatus.SCARCE,
                CapacityStatus.CONGESTED,
                OptionalInt.of(2029),
                wkt("POLYGON((99900 399900, 100200 399900, 100200 400400, 99900 400400, 99900 399900))"));
        return new ParkSnapshot(park, buildings, units, List.of(), List.of(label), List.of(grid), List.of(), List.of());
    }

    private static Building building(String id, int year, String wkt) {
        return new Building(id, OptionalInt.of(year), BuildingStatus.IN_USE, wkt(wkt), Optional.empty());
    }

    private static Unit unit(String id, String pand, UsePurpose p, int m2, String street, int nr, double x, double y) {
        return new Unit(
                id,
                List.of(pand),
                Set.of(p),
                m2,
                UnitStatus.IN_USE,
                new Address(street, nr, Optional.empty(), Optional.empty(), "7461AB", "Rijssen"),
                point(x, y));
    }

    public static Geometry wkt(String text) {
        try {
            return new WKTReader(RD).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    public static Point point(double x, double y) {
        return RD.createPoint(new Coordinate(x, y));
    }

    private static final String[] STREETS = {
        "Industrieweg",
        "Energieweg",
        "Ambachtsstraat",
        "Transportweg",
        "Zonnebaan",
        "Handelsweg",
        "Nijverheidsstraat",
        "Smederijweg",
        "Expeditieweg",
        "Techniekstraat"
    };

    /**
     * A deterministic business park with the given number of buildings on a street grid near
     * Rijssen: halls, offices and shops with units and addresses, about a third of the units
     * labelled, four grid areas with different feed-in status.
     */
    public static ParkSnapshot synthetic(int buildingCount, long seed) {
        Random r = new Random(seed);
        int perRow = (int) Math.ceil(Math.sqrt(buildingCount * 1.6));
        double cell = 70;
        double x0 = 230_000;
        double y0 = 480_000;
        List<Building> buildings = new ArrayList<>(buildingCount);
        List<Unit> units = new ArrayList<>();
        List<EnergyLabel> labels = new ArrayList<>();
        long unitSeq = 1;
        for (int i = 0; i < buildingCount; i++) {
            int col = i % perRow;
            int row = i / perRow;
            // Every fourth row and column is a street.
            double cx = x0 + (col + col / 3) * cell + cell / 2 + r.nextGaussian() * 4;
            double cy = y0 + (row + row / 3) * cell + cell / 2 + r.nextGaussian() * 4;
            boolean hall = r.nextDouble() < 0.55;
            double w = hall ? 30 + r.nextDouble() * 30 : 12 + r.nextDouble() * 20;
            double h = hall ? 25 + r.nextDouble() * 30 : 10 + r.nextDouble() * 18;
            Polygon footprint = r.nextDouble() < 0.25 ? lShape(cx, cy, w, h) : rect(cx, cy, w, h);
            String pandId = String.format("1742100%09d", i + 1);
            OptionalInt year = r.nextDouble() < 0.06 ? OptionalInt.empty() : OptionalInt.of(1955 + r.nextInt(68));
            buildings.add(new Building(pandId, year, BuildingStatus.IN_USE, footprint, Optional.empty()));
            if (r.nextDouble() < 0.08) {
                continue; // a shed or transformer house without units
            }
            int unitCount = hall ? 1 + r.nextInt(2) : 1 + r.nextInt(4);
            String street = STREETS[(row / 3 + col / 5) % STREETS.length];
            for (int u = 0; u < unitCount; u++) {
                String unitId = String.format("1742010%09d", unitSeq++);
                Set<UsePurpose> purposes = EnumSet.of(purpose(r, hall));
                if (r.nextDouble() < 0.1) {
                    purposes.add(UsePurpose.OFFICE);
                }
                int area = (int) Math.max(8, footprint.getArea() / unitCount * (0.6 + r.nextDouble() * 0.8));
                int nr = 1 + (col % 5) * 12 + row % 3 * 4 + u;
                Optional<String> letter =
                        u > 0 && r.nextBoolean() ? Optional.of(String.valueOf((char) ('A' + u))) : Optional.empty();
                Address address = new Address(
                        street,
                        nr,
                        letter,
                        Optional.empty(),
                        String.format("74%02d%s", 60 + (row / 6) % 10, pc(row, col)),
                        "Rijssen");
                Point p = point(cx + (u - unitCount / 2.0) * 3, cy + (u % 2) * 3);
                units.add(new Unit(unitId, List.of(pandId), purposes, area, UnitStatus.IN_USE, address, p));
                if (r.nextDouble() < 0.35) {
                    LabelClass c = LabelClass.values()[5 + r.nextInt(7)];
                    LocalDate reg = LocalDate.of(2012 + r.nextInt(12), 1 + r.nextInt(12), 1);
                    labels.add(new EnergyLabel(
                            c,
                            OptionalDouble.empty(),
                            OptionalDouble.of(100 + r.nextInt(300)),
                            reg,
                            reg.plusYears(10),
                            Optional.of(unitId),
                            Optional.of(pandId),
                            true));
                }
            }
        }
        var extent = new org.locationtech.jts.geom.Envelope();
        buildings.forEach(b -> extent.expandToInclude(b.footprint().getEnvelopeInternal()));
        Geometry contour = RD.toGeometry(extent).buffer(25, 2);
        Park park = new Park(
                "RIN-" + buildingCount,
                "Bedrijvenpark De Mors",
                "Rijssen-Holten",
                OptionalDouble.of(extent.getArea() / 10_000),
                OptionalDouble.empty(),
                contour);
        List<GridArea> grid = new ArrayList<>();
        CapacityStatus[] statuses = {
            CapacityStatus.AVAILABLE,
            CapacityStatus.SCARCE,
            CapacityStatus.CONGESTION_MANAGEMENT,
            CapacityStatus.CONGESTED
        };
        double midX = extent.centre().x;
        double midY = extent.centre().y;
        double[][] quads = {
            {extent.getMinX() - 300, midX, extent.getMinY() - 300, midY},
            {midX, extent.getMaxX() + 300, extent.getMinY() - 300, midY},
            {extent.getMinX() - 300, midX, midY, extent.getMaxY() + 300},
            {midX, extent.getMaxX() + 300, midY, extent.getMaxY() + 300}
        };
        for (int q = 0; q < 4; q++) {
            var e = new org.locationtech.jts.geom.Envelope(quads[q][0], quads[q][1], quads[q][2], quads[q][3]);
            grid.add(new GridArea(
                    "GA-" + q,
                    "Station " + (q + 1),
                    "Enexis",
                    statuses[(q + 1) % 4],
                    statuses[q],
                    OptionalInt.of(2028 + q),
                    RD.toGeometry(e)));
        }
        return new ParkSnapshot(park, buildings, units, List.of(), labels, grid, List.of(), List.of());
    }

    private static String pc(int row, int col) {
        return "" + (char) ('A' + (row / 2) % 26) + (char) ('A' + (col / 4) % 26);
    }

    private static UsePurpose purpose(Random r, boolean hall) {
        double d = r.nextDouble();
        if (hall) {
            return d < 0.7
                    ? UsePurpose.INDUSTRY
                    : d < 0.85 ? UsePurpose.OTHER : d < 0.95 ? UsePurpose.RETAIL : UsePurpose.OFFICE;
        }
        return d < 0.45
                ? UsePurpose.OFFICE
                : d < 0.6
                        ? UsePurpose.RETAIL
                        : d < 0.75 ? UsePurpose.RESIDENTIAL : d < 0.9 ? UsePurpose.INDUSTRY : UsePurpose.ASSEMBLY;
    }

    private static Polygon rect(double cx, double cy, double w, double h) {
        return RD.createPolygon(new Coordinate[] {
            new Coordinate(cx - w / 2, cy - h / 2), new Coordinate(cx + w / 2, cy - h / 2),
            new Coordinate(cx + w / 2, cy + h / 2), new Coordinate(cx - w / 2, cy + h / 2),
            new Coordinate(cx - w / 2, cy - h / 2)
        });
    }

    private static Polygon lShape(double cx, double cy, double w, double h) {
        double x = cx - w / 2, y = cy - h / 2;
        return RD.createPolygon(new Coordinate[] {
            new Coordinate(x, y), new Coordinate(x + w, y), new Coordinate(x + w, y + h / 2),
            new Coordinate(x + w / 2, y + h / 2), new Coordinate(x + w / 2, y + h), new Coordinate(x, y + h),
            new Coordinate(x, y)
        });
    }
}
