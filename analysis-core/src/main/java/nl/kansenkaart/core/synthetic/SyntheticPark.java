package nl.kansenkaart.core.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * One deterministic park of any size, the layout the analysis and export goals are measured with:
 * panden of 20 x 15 m on a 25 m raster with two VBOs each (every twentieth shared with the next
 * pand, every eleventh mixed with office), a third of the VBOs labelled, two overrides per thousand
 * panden, and 20 x 20 irregular grid areas (256-vertex ellipses) with gaps between them, so some
 * panden fall in none. The same count gives the same snapshot; no randomness at all.
 */
public final class SyntheticPark {
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);
    private static final double X0 = 100_000;
    private static final double Y0 = 400_000;
    private static final double RASTER_M = 25;
    private static final int GRID_TILES = 20;

    private SyntheticPark() {}

    /**
     * The park with {@code count} panden and {@code 2 * count} VBOs, in RD New (EPSG:28992).
     *
     * @param count the number of panden, at least 1
     */
    public static ParkSnapshot generate(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("minstens 1 pand nodig, niet " + count);
        }
        int side = (int) Math.ceil(Math.sqrt(count));
        List<Building> buildings = new ArrayList<>(count);
        List<Unit> units = new ArrayList<>(count * 2);
        List<EnergyLabel> labels = new ArrayList<>(count);
        List<Override> overrides = new ArrayList<>();
        UsePurpose[] purposes = {UsePurpose.OFFICE, UsePurpose.INDUSTRY, UsePurpose.RETAIL, UsePurpose.OTHER};
        LabelClass[] classes = LabelClass.values();
        for (int i = 0; i < count; i++) {
            double x = X0 + (i % side) * RASTER_M;
            double y = Y0 + (i / side) * RASTER_M;
            Polygon footprint = RD.createPolygon(new Coordinate[] {
                new Coordinate(x, y),
                new Coordinate(x + 20, y),
                new Coordinate(x + 20, y + 15),
                new Coordinate(x, y + 15),
                new Coordinate(x, y)
            });
            String pand = pandId(i);
            buildings.add(new Building(
                    pand, OptionalInt.of(1960 + i % 60), BuildingStatus.IN_USE, footprint, Optional.empty()));
            var point = RD.createPoint(new Coordinate(x + 10, y + 7));
            for (int k = 0; k < 2; k++) {
                int n = 2 * i + k;
                String vbo = String.format("%016d", 200_000_000_000L + n);
                List<String> in = (n % 20 == 3 && i + 1 < count) ? List.of(pand, pandId(i + 1)) : List.of(pand);
                EnumSet<UsePurpose> p = EnumSet.of(purposes[(n * 7) % purposes.length]);
                if (n % 11 == 0) {
                    p.add(UsePurpose.OFFICE);
                }
                Address address = new Address(
                        "Industrieweg " + (n % 97),
                        1 + n % 500,
                        Optional.empty(),
                        Optional.empty(),
                        "1234AB",
                        "Ergens");
                units.add(new Unit(vbo, in, p, 50 + (n * 37) % 2_000, UnitStatus.IN_USE, address, point));
                if (n % 3 == 0) {
                    LocalDate reg = LocalDate.of(2010 + n % 14, 1 + n % 12, 1);
                    labels.add(new EnergyLabel(
                            classes[(n / 3) % classes.length],
                            n % 2 == 0 ? OptionalDouble.of(0.8 + (n % 10) / 10.0) : OptionalDouble.empty(),
                            OptionalDouble.empty(),
                            reg,
                            reg.plusYears(10),
                            Optional.of(vbo),
                            Optional.of(pand),
                            true));
                }
            }
            if (i % 1000 == 0) {
                overrides.add(new Override(Override.OverrideTarget.BUILDING, pand, "monument", "ja"));
                overrides.add(new Override(Override.OverrideTarget.BUILDING, pand, "gemeten_gas_m3", "30000"));
            }
        }
        double extent = side * RASTER_M;
        Park park = new Park(
                "bench",
                "Benchmark",
                "Nederland",
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                RD.toGeometry(new Envelope(X0, X0 + extent, Y0, Y0 + extent)));
        return new ParkSnapshot(park, buildings, units, List.of(), labels, gridAreas(extent), List.of(), overrides);
    }

    private static String pandId(int i) {
        return String.format("%016d", 100_000_000_000L + i);
    }

    private static List<GridArea> gridAreas(double extent) {
        List<GridArea> areas = new ArrayList<>();
        double tile = extent / GRID_TILES;
        CapacityStatus[] statuses = CapacityStatus.values();
        for (int r = 0; r < GRID_TILES; r++) {
            for (int c = 0; c < GRID_TILES; c++) {
                GeometricShapeFactory shape = new GeometricShapeFactory(RD);
                shape.setNumPoints(256);
                shape.setCentre(new Coordinate(X0 + (c + 0.5) * tile, Y0 + (r + 0.5) * tile));
                shape.setWidth(tile * 1.1);
                shape.setHeight(tile * 1.1);
                int id = r * GRID_TILES + c;
                areas.add(new GridArea(
                        "net-" + id,
                        "Station " + id,
                        "Netbeheerder",
                        statuses[id % 4],
                        statuses[(id + 1) % 4],
                        id % 3 == 0 ? OptionalInt.of(2026 + id % 8) : OptionalInt.empty(),
                        shape.createEllipse()));
            }
        }
        return areas;
    }
}
