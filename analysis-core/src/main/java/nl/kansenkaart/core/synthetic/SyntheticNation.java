package nl.kansenkaart.core.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * A synthetic national set of business parks, generated one park at a time from a seed, so a
 * benchmark can write or analyse the whole country without holding it in memory. Parks lie on a
 * grid over the Netherlands in RD New (EPSG:28992); their sizes vary between a quarter and
 * seven quarters of the mean, in pairs that add up to twice the mean, so the total is exactly
 * {@code parks x mean} for an even number of parks. Per pand (halls of 12-40 x 10-35 m, every tenth
 * L-shaped): 0-6 VBOs (about 1.6 on average, 3 % of them spanning two panden), a third of the VBOs
 * with an EP-Online label, seven in ten with a matched KvK company, some unmatched companies at the
 * park's postcodes, one override per park, and grid areas that each cover a block of 3 x 3 parks
 * (every seventh block has none, so its panden have an unknown grid position).
 */
public final class SyntheticNation {
    /** The most parks the identifier scheme allows. */
    public static final int MAX_PARKS = 9_999;
    /** The most panden one park may have (its mean times 7/4). */
    public static final int MAX_PER_PARK = 99_999;

    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);
    private static final double X0 = 15_000;
    private static final double Y0 = 310_000;
    private static final double CELL_M = 45;
    private static final double MARGIN_M = 15;
    private static final double GAP_M = 100;
    private static final int BLOCK = 3;
    private static final String[] STREETS = {
        "Industrieweg", "Havenstraat", "Nijverheidsweg", "Ambachtsweg", "Energieweg", "Handelsweg", "Transportweg"
    };
    private static final String[] SBI = {"2511", "4690", "4941", "5210", "6201", "7112", "4520", "1071", "3311", "4321"
    };

    private final int parks;
    private final int meanPerPark;
    private final long seed;
    private final int columns;
    private final double pitch;

    /**
     * The set's layout; nothing is generated until {@link #park} is called.
     *
     * @param parks the number of parks, 1 to {@value #MAX_PARKS}
     * @param meanPerPark the mean number of panden per park, 1 or more
     * @param seed the seed: the same three arguments give the same country
     */
    public SyntheticNation(int parks, int meanPerPark, long seed) {
        if (parks < 1 || parks > MAX_PARKS) {
            throw new IllegalArgumentException(
                    "aantal terreinen moet tussen 1 en " + MAX_PARKS + " liggen, niet " + parks);
        }
        if (meanPerPark < 1 || maxSize(meanPerPark) > MAX_PER_PARK) {
            throw new IllegalArgumentException("gemiddeld aantal panden per terrein moet tussen 1 en "
                    + (MAX_PER_PARK * 4 / 7) + " liggen, niet " + meanPerPark);
        }
        this.parks = parks;
        this.meanPerPark = meanPerPark;
        this.seed = seed;
        this.columns = (int) Math.ceil(Math.sqrt(parks));
        this.pitch = Math.ceil(Math.sqrt(maxSize(meanPerPark))) * CELL_M + 2 * MARGIN_M + GAP_M;
    }

    private static int maxSize(int mean) {
        return (int) Math.min(Integer.MAX_VALUE, Math.round(mean * 1.75));
    }

    /** The number of parks. */
    public int parkCount() {
        return parks;
    }

    /** The park's id as the project stores it. */
    public static String parkId(int park) {
        return String.format("SYN%04d", park);
    }

    /** The number of panden of one park, without generating it. */
    public int buildingCount(int park) {
        if (park == parks - 1 && parks % 2 == 1) {
            return meanPerPark;
        }
        double f = 0.25 + 1.5 * new SplittableRandom(seed * 31 + park / 2).nextDouble();
        int first = Math.max(1, (int) Math.round(meanPerPark * f));
        return park % 2 == 0 ? first : Math.max(1, 2 * meanPerPark - first);
    }

    /** The number of panden of the whole set, without generating it. */
    public long buildingCount() {
        long total = 0;
        for (int p = 0; p < parks; p++) {
            total += buildingCount(p);
        }
        return total;
    }

    /** One park with everything in it; the same park number always gives the same content. */
    public SyntheticParkData park(int park) {
        if (park < 0 || park >= parks) {
            throw new IllegalArgumentException("terrein " + park + " bestaat niet (0 t/m " + (parks - 1) + ")");
        }
        return new ParkGenerator(park).generate();
    }

    /** The plan area of one park alone, without generating what lies in it. */
    public Park parkRecord(int park) {
        if (park < 0 || park >= parks) {
            throw new IllegalArgumentException("terrein " + park + " bestaat niet (0 t/m " + (parks - 1) + ")");
        }
        return new ParkGenerator(park).parkRecord();
    }

    /** The grid areas of the whole set: one per block of 3 x 3 parks, except every seventh block. */
    public List<GridArea> gridAreas() {
        int rows = (parks + columns - 1) / columns;
        CapacityStatus[] statuses = {
            CapacityStatus.AVAILABLE,
            CapacityStatus.SCARCE,
            CapacityStatus.CONGESTION_MANAGEMENT,
            CapacityStatus.CONGESTED,
            CapacityStatus.AVAILABLE
        };
        List<GridArea> areas = new ArrayList<>();
        for (int br = 0; br * BLOCK < rows; br++) {
            for (int bc = 0; bc * BLOCK < columns; bc++) {
                int id = br * 1_000 + bc;
                if ((br * 31 + bc) % 7 == 6) {
                    continue;
                }
                GeometricShapeFactory shape = new GeometricShapeFactory(RD);
                shape.setNumPoints(64);
                shape.setCentre(new Coordinate(
                        X0 + (bc * BLOCK + BLOCK / 2.0) * pitch, Y0 + (br * BLOCK + BLOCK / 2.0) * pitch));
                shape.setWidth(BLOCK * pitch * 1.3);
                shape.setHeight(BLOCK * pitch * 1.3);
                areas.add(new GridArea(
                        "SYN-NET-" + id,
                        "Onderstation " + id,
                        (br + bc) % 2 == 0 ? "Liander" : "Enexis",
                        statuses[id % statuses.length],
                        statuses[(id + 2) % statuses.length],
                        id % 3 == 0 ? OptionalInt.of(2027 + id % 8) : OptionalInt.empty(),
                        shape.createEllipse()));
            }
        }
        return areas;
    }

    /** The number with leading zeros to the given width (String.format is slow for millions of ids). */
    private static String digits(long number, int width) {
        String s = Long.toString(number);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** Generates one park; a class so the per-park counters need not be passed around. */
    private final class ParkGenerator {
        private final int park;
        private final SplittableRandom random;
        private final int size;
        private final int side;
        private final double x0;
        private final double y0;
        private final int municipality;
        private final List<Building> buildings = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final List<EnergyLabel> labels = new ArrayList<>();
        private final List<Company> companies = new ArrayList<>();
        private final List<String> postcodes = new ArrayList<>();

        ParkGenerator(int park) {
            this.park = park;
            this.random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (park + 1)));
            this.size = buildingCount(park);
            this.side = (int) Math.ceil(Math.sqrt(size));
            this.x0 = X0 + (park % columns) * pitch + MARGIN_M;
            this.y0 = Y0 + (park / columns) * pitch + MARGIN_M;
            this.municipality = 1 + park % 1_999;
        }

        SyntheticParkData generate() {
            for (int i = 0; i < size; i++) {
                buildings.add(building(i));
            }
            for (int i = 0; i < size; i++) {
                units(i);
            }
            int unmatched = Math.max(1, units.size() / 20);
            for (int k = 0; k < unmatched; k++) {
                String postcode = postcodes.get(random.nextInt(postcodes.size()));
                companies.add(company(Optional.empty(), address(10_000 + k, postcode)));
            }
            String pand = buildings.get(0).id();
            List<Override> overrides =
                    List.of(new Override(Override.OverrideTarget.BUILDING, pand, "gemeten_gas_m3", "42000"));
            return new SyntheticParkData(parkRecord(), buildings, units, labels, companies, overrides);
        }

        private Park parkRecord() {
            int rows = (size + side - 1) / side;
            double w = side * CELL_M;
            double h = rows * CELL_M;
            double m = MARGIN_M;
            double cut = 10;
            // An octagon around the raster (corners cut), so the contour is no plain envelope.
            Polygon contour = RD.createPolygon(new Coordinate[] {
                new Coordinate(x0 - m + cut, y0 - m),
                new Coordinate(x0 + w + m - cut, y0 - m),
                new Coordinate(x0 + w + m, y0 - m + cut),
                new Coordinate(x0 + w + m, y0 + h + m - cut),
                new Coordinate(x0 + w + m - cut, y0 + h + m),
                new Coordinate(x0 - m + cut, y0 + h + m),
                new Coordinate(x0 - m, y0 + h + m - cut),
                new Coordinate(x0 - m, y0 - m + cut),
                new Coordinate(x0 - m + cut, y0 - m)
            });
            double ha = contour.getArea() / 10_000;
            return new Park(
                    parkId(park),
                    "Proefterrein " + park,
                    "Proefgemeente " + municipality,
                    OptionalDouble.of(ha),
                    OptionalDouble.of(ha * 0.8),
                    contour);
        }

        private String pandId(int i) {
            return digits(municipality, 4) + "10" + digits(park * 100_000L + i, 10);
        }

        private Building building(int i) {
            double x = x0 + (i % side) * CELL_M + 2.5;
            double y = y0 + (i / side) * CELL_M + 2.5;
            double w = 12 + random.nextDouble() * 28;
            double d = 10 + random.nextDouble() * 25;
            Polygon footprint;
            if (i % 10 == 7) {
                // An L-shaped hall: its interior point is not its centre.
                footprint = RD.createPolygon(new Coordinate[] {
                    new Coordinate(x, y),
                    new Coordinate(x + w, y),
                    new Coordinate(x + w, y + d / 2),
                    new Coordinate(x + w / 2, y + d / 2),
                    new Coordinate(x + w / 2, y + d),
                    new Coordinate(x, y + d),
                    new Coordinate(x, y)
                });
            } else {
                footprint = RD.createPolygon(new Coordinate[] {
                    new Coordinate(x, y),
                    new Coordinate(x + w, y),
                    new Coordinate(x + w, y + d),
                    new Coordinate(x, y + d),
                    new Coordinate(x, y)
                });
            }
            return new Building(
                    pandId(i),
                    OptionalInt.of(1950 + random.nextInt(75)),
                    i % 50 == 13 ? BuildingStatus.RENOVATION : BuildingStatus.IN_USE,
                    footprint,
                    Optional.empty());
        }

        private void units(int i) {
            double r = random.nextDouble();
            int count = r < 0.15 ? 0 : r < 0.65 ? 1 : r < 0.85 ? 2 : 3 + random.nextInt(4);
            Building b = buildings.get(i);
            double area = b.footprint().getArea();
            int floors = 1 + random.nextInt(3);
            Coordinate corner = b.footprint().getCoordinates()[0];
            for (int k = 0; k < count; k++) {
                int n = units.size();
                String id = digits(municipality, 4) + "01" + digits(park * 1_000_000L + n, 10);
                boolean shared = i + 1 < size && (i + 1) % side != 0 && random.nextDouble() < 0.03;
                List<String> in = shared ? List.of(b.id(), pandId(i + 1)) : List.of(b.id());
                // The point lies inside the pand's first part, never on its border.
                Point location = RD.createPoint(new Coordinate(corner.x + 2 + k * 0.5, corner.y + 2 + k * 0.5));
                int floorArea = (int) Math.max(10, Math.min(999_999, area * floors / count));
                Address address = address(n, postcode(n));
                units.add(new Unit(id, in, purposes(), floorArea, UnitStatus.IN_USE, address, location));
                if (random.nextDouble() < 0.33) {
                    labels.add(label(id, b.id()));
                }
                if (random.nextDouble() < 0.7) {
                    companies.add(company(Optional.of(id), address));
                }
            }
        }

        private Set<UsePurpose> purposes() {
            double r = random.nextDouble();
            if (r < 0.45) {
                return EnumSet.of(UsePurpose.INDUSTRY);
            } else if (r < 0.65) {
                return EnumSet.of(UsePurpose.OFFICE);
            } else if (r < 0.75) {
                return EnumSet.of(UsePurpose.RETAIL);
            } else if (r < 0.85) {
                return EnumSet.of(UsePurpose.OTHER);
            } else if (r < 0.95) {
                return EnumSet.of(UsePurpose.INDUSTRY, UsePurpose.OFFICE);
            }
            return EnumSet.of(UsePurpose.SPORT);
        }

        private String postcode(int unit) {
            int k = unit / 25;
            String code = (1_000 + park % 9_000) + "" + (char) ('A' + (k / 26) % 26) + (char) ('A' + k % 26);
            if (postcodes.isEmpty() || !postcodes.get(postcodes.size() - 1).equals(code)) {
                postcodes.add(code);
            }
            return code;
        }

        private Address address(int n, String postcode) {
            return new Address(
                    STREETS[(n / 40) % STREETS.length],
                    1 + n % 400,
                    n % 9 == 4 ? Optional.of("A") : Optional.empty(),
                    Optional.empty(),
                    postcode,
                    "Plaats " + municipality);
        }

        private EnergyLabel label(String unitId, String pandId) {
            double r = random.nextDouble();
            LabelClass c = r < 0.25
                    ? LabelClass.A
                    : r < 0.35
                            ? LabelClass.B
                            : r < 0.50
                                    ? LabelClass.C
                                    : r < 0.62
                                            ? LabelClass.D
                                            : r < 0.72 ? LabelClass.E : r < 0.82 ? LabelClass.F : LabelClass.G;
            LocalDate registered =
                    LocalDate.of(2012 + random.nextInt(14), 1 + random.nextInt(12), 1 + random.nextInt(28));
            return new EnergyLabel(
                    c,
                    random.nextBoolean() ? OptionalDouble.of(0.6 + random.nextDouble() * 2) : OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    registered,
                    registered.plusYears(10),
                    Optional.of(unitId),
                    Optional.of(pandId),
                    true);
        }

        private Company company(Optional<String> unitId, Address address) {
            long number = park * 20_000L + companies.size();
            return new Company(
                    "SYN-" + park + "-" + companies.size(),
                    "Proefbedrijf " + park + "-" + companies.size() + " B.V.",
                    Optional.of(digits(number % 100_000_000L, 8)),
                    Optional.of(SBI[random.nextInt(SBI.length)]),
                    Optional.of(address),
                    unitId);
        }
    }
}
