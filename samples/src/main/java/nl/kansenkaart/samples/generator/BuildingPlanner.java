package nl.kansenkaart.samples.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.samples.generator.PandPlan.PandKind;
import nl.kansenkaart.samples.generator.PandPlan.Section;
import nl.kansenkaart.samples.generator.SiteLayout.Block;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Fills the blocks with plots, one building per plot (plus a front office for a few halls), and
 * gives each building its verblijfsobjecten and addresses. Plots never overlap, so buildings never do.
 */
final class BuildingPlanner {
    private static final double END_MARGIN_M = 4;
    private static final double REAR_MARGIN_M = 4;
    /** Plots (counted over the whole park) that get a hall with a front office that is its own pand. */
    private static final Set<Integer> ANNEX_PLOTS = Set.of(6, 47, 101);

    private final Random rng;
    private final IdSequence pandIds = new IdSequence(106_100_000_012_000L);
    private final IdSequence unitIds = new IdSequence(106_010_000_031_000L);
    private final List<PandPlan> panden = new ArrayList<>();
    private final List<UnitPlan> units = new ArrayList<>();
    private int plotCount;

    /** The result: panden and their verblijfsobjecten. */
    record Plan(List<PandPlan> panden, List<UnitPlan> units) {}

    BuildingPlanner(long seed) {
        this.rng = new Random(seed);
    }

    Plan plan() {
        List<Block> blocks = SiteLayout.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            fill(blocks.get(b), b == 1);
        }
        return new Plan(List.copyOf(panden), List.copyOf(units));
    }

    private void fill(Block block, boolean giantFirst) {
        double u = END_MARGIN_M;
        int number = block.oddSide() ? 1 : 2;
        boolean first = true;
        while (true) {
            PandKind kind = first && giantFirst ? PandKind.GIANT_HALL : pickKind(block);
            first = false;
            if (ANNEX_PLOTS.contains(plotCount) && kind != PandKind.GIANT_HALL) {
                kind = PandKind.ANNEXED_HALL;
            }
            if (kind == null) {
                // An unsold or cleared plot: the street numbering skips it.
                u += 25 + rng.nextInt(35);
                number += 2;
                continue;
            }
            double gap = 3 + rng.nextInt(4);
            double setback = kind == PandKind.DWELLING ? 6 + rng.nextInt(4) : 10 + rng.nextInt(9);
            double maxDepth = block.depth() - setback - REAR_MARGIN_M;
            double[] wd = dimensions(kind, maxDepth);
            double w = wd[0];
            double d = Math.min(wd[1], maxDepth);
            if (u + w + 2 * gap > block.length() - END_MARGIN_M) {
                break;
            }
            plotCount++;
            place(block, kind, u + gap, setback, w, d, number);
            u += w + 2 * gap;
            number += 2;
        }
    }

    private PandKind pickKind(Block block) {
        int r = rng.nextInt(100);
        boolean young = block.phaseStart() >= 2000;
        if (r < 5) {
            return null;
        } else if (r < 31) {
            return PandKind.HALL;
        } else if (r < 40) {
            return PandKind.HALL_L;
        } else if (r < 46) {
            return young ? PandKind.HALL : PandKind.LARGE_HALL;
        } else if (r < 57) {
            return PandKind.MULTI_TENANT;
        } else if (r < 68) {
            return PandKind.OFFICE;
        } else if (r < 81) {
            return PandKind.HALL_OFFICE;
        } else if (r < 88) {
            return PandKind.SHOWROOM;
        } else if (r < 94) {
            return young ? PandKind.HALL_OFFICE : PandKind.DWELLING;
        } else {
            return PandKind.STORAGE;
        }
    }

    /** Width along the street and depth, in m, for a building of this kind. */
    private double[] dimensions(PandKind kind, double maxDepth) {
        return switch (kind) {
            case HALL -> {
                double w = 18 + rng.nextInt(30);
                yield new double[] {w, Math.max(25, (700 + rng.nextInt(3300)) / w)};
            }
            case HALL_L, HALL_OFFICE, ANNEXED_HALL -> {
                double w = 26 + rng.nextInt(28);
                yield new double[] {w, 38 + rng.nextInt(35)};
            }
            case LARGE_HALL -> new double[] {62 + rng.nextInt(36), 60 + rng.nextInt(25)};
            case GIANT_HALL -> new double[] {150, 76};
            case MULTI_TENANT -> new double[] {40 + rng.nextInt(42), 24 + rng.nextInt(14)};
            case OFFICE -> new double[] {20 + rng.nextInt(22), 14 + rng.nextInt(10)};
            case SHOWROOM -> new double[] {30 + rng.nextInt(32), 25 + rng.nextInt(26)};
            case DWELLING -> new double[] {12 + rng.nextInt(3), 12.5 + rng.nextInt(3)};
            case STORAGE -> new double[] {14 + rng.nextInt(16), 11 + rng.nextInt(9)};
            case OFFICE_ANNEX -> throw new IllegalStateException("annex is geen eigen kavel");
        };
    }

    private int year(Block block) {
        // Most buildings date from the phase their part of the park was issued; a few are later infill.
        int span = block.phaseEnd() - block.phaseStart();
        int y = block.phaseStart() + (int) Math.round(span * (rng.nextDouble() + rng.nextDouble()) / 2);
        if (rng.nextInt(10) == 0) {
            y = Math.min(2023, y + 8 + rng.nextInt(15));
        }
        return Math.max(1965, Math.min(2023, y));
    }

    private void place(Block block, PandKind kind, double u, double v, double w, double d, int number) {
        int year = year(block);
        String street = block.street();
        switch (kind) {
            case DWELLING -> {
                String id = pandIds.next();
                double eaves = 3.0 + rng.nextInt(4) / 10.0;
                double ridge = 8.2 + rng.nextInt(12) / 10.0;
                double slope = Math.toDegrees(Math.atan((ridge - eaves) / (d / 2)));
                List<Section> gable = Shapes.gable(block, u, v, w, d, slope, eaves, ridge);
                addPand(id, kind, block, Shapes.rect(block, u, v, w, d), gable, year, 2, eaves, ridge);
                addUnit(
                        List.of(id),
                        EnumSet.of(UsePurpose.RESIDENTIAL),
                        (int) (w * d * 1.5),
                        street,
                        number,
                        null,
                        null,
                        block.at(u + w / 2, v + d / 2));
            }
            case OFFICE -> {
                int floors = 2 + rng.nextInt(3);
                double h = floors * 3.4 + 0.6;
                String id = pandIds.next();
                List<Section> roof = rng.nextBoolean()
                        ? List.of(flat(Shapes.rect(block, u, v, w, d), h))
                        : List.of(
                                flat(Shapes.rect(block, u, v, w * 0.7, d), h),
                                flat(Shapes.rect(block, u + w * 0.7, v, w * 0.3, d), h + 2.8));
                addPand(id, kind, block, Shapes.rect(block, u, v, w, d), roof, year, floors, h, h);
                int total = (int) (w * d * floors * 0.82);
                int n = rng.nextInt(10) < 6 ? 1 : 2 + rng.nextInt(3);
                for (int k = 0; k < n; k++) {
                    String addition = n == 1 ? null : String.valueOf(k + 1);
                    addUnit(
                            List.of(id),
                            EnumSet.of(UsePurpose.OFFICE),
                            total / n,
                            street,
                            number,
                            null,
                            addition,
                            block.at(u + w * (k + 1) / (n + 1), v + d / 2));
                }
            }
            case MULTI_TENANT -> {
                String id = pandIds.next();
                double h = 6.0 + rng.nextInt(16) / 10.0;
                addPand(
                        id,
                        kind,
                        block,
                        Shapes.rect(block, u, v, w, d),
                        List.of(flat(Shapes.rect(block, u, v, w, d), h)),
                        year,
                        1,
                        h,
                        h);
                int n = Math.max(3, Math.min(8, (int) (w / 12)));
                boolean letters = rng.nextInt(10) < 7;
                for (int k = 0; k < n; k++) {
                    String letter = letters && k > 0 ? String.valueOf((char) ('A' + k - 1)) : null;
                    String addition = letters ? null : String.valueOf(k + 1);
                    Set<UsePurpose> p =
                            switch (rng.nextInt(10)) {
                                case 0 -> EnumSet.of(UsePurpose.OTHER);
                                case 1 -> EnumSet.of(UsePurpose.OFFICE);
                                case 2 -> EnumSet.of(UsePurpose.INDUSTRY, UsePurpose.OFFICE);
                                case 3 -> EnumSet.of(UsePurpose.RETAIL);
                                default -> EnumSet.of(UsePurpose.INDUSTRY);
                            };
                    int area = (int) (w / n * d * (p.contains(UsePurpose.OFFICE) ? 1.25 : 1.0));
                    addUnit(
                            List.of(id),
                            p,
                            area,
                            street,
                            number,
                            letter,
                            addition,
                            block.at(u + w * (k + 0.5) / n, v + d / 2));
                }
            }
            case ANNEXED_HALL -> {
                // A hall with a two-storey office strip in front, registered as two panden sharing one VBO.
                double annexDepth = 10 + rng.nextInt(5);
                String hallId = pandIds.next();
                String annexId = pandIds.next();
                double h = 8 + rng.nextInt(30) / 10.0;
                Polygon hall = Shapes.rect(block, u, v + annexDepth, w, d - annexDepth);
                Polygon annex = Shapes.rect(block, u, v, w, annexDepth);
                addPand(hallId, kind, block, hall, List.of(flat(hall, h)), year, 1, h, h);
                addPand(annexId, PandKind.OFFICE_ANNEX, block, annex, List.of(flat(annex, 7.4)), year, 2, 7.4, 7.4);
                int area = (int) (w * (d - annexDepth) + w * annexDepth * 2 * 0.85);
                addUnit(
                        List.of(hallId, annexId),
                        EnumSet.of(UsePurpose.INDUSTRY, UsePurpose.OFFICE),
                        area,
                        street,
                        number,
                        null,
                        null,
                        block.at(u + w / 2, v + annexDepth / 2));
            }
            default -> placeHall(block, kind, u, v, w, d, number, year);
        }
    }

    private void placeHall(Block block, PandKind kind, double u, double v, double w, double d, int number, int year) {
        String id = pandIds.next();
        String street = block.street();
        double h =
                switch (kind) {
                    case LARGE_HALL -> 10 + rng.nextInt(30) / 10.0;
                    case GIANT_HALL -> 14.2;
                    case SHOWROOM -> 6.5 + rng.nextInt(15) / 10.0;
                    case STORAGE -> 4 + rng.nextInt(10) / 10.0;
                    default -> 7 + rng.nextInt(35) / 10.0;
                };
        Polygon footprint;
        List<Section> roof;
        double ridge = h;
        if (kind == PandKind.HALL_L) {
            double notchW = w * (0.35 + rng.nextInt(20) / 100.0);
            double notchD = d * (0.3 + rng.nextInt(25) / 100.0);
            footprint = Shapes.lShape(block, u, v, w, d, notchW, notchD);
            roof = List.of(
                    flat(Shapes.rect(block, u, v, w, d - notchD), h),
                    flat(Shapes.rect(block, u, v + d - notchD, w - notchW, notchD), h - 1.5));
        } else {
            footprint = Shapes.rect(block, u, v, w, d);
            if (kind == PandKind.HALL && year < 1985 && rng.nextInt(10) < 4) {
                // Older halls often have a low saddle roof.
                ridge = h + d / 2 * Math.tan(Math.toRadians(12 + rng.nextInt(10)));
                double slope = Math.toDegrees(Math.atan((ridge - h) / (d / 2)));
                roof = Shapes.gable(block, u, v, w, d, slope, h, ridge);
            } else if (kind == PandKind.LARGE_HALL || kind == PandKind.GIANT_HALL || kind == PandKind.HALL_OFFICE) {
                double officeW = kind == PandKind.HALL_OFFICE ? w * 0.22 : w * 0.4;
                roof = List.of(
                        flat(Shapes.rect(block, u, v, officeW, d), kind == PandKind.HALL_OFFICE ? h - 0.8 : h + 1.1),
                        flat(Shapes.rect(block, u + officeW, v, w - officeW, d), h));
            } else {
                roof = List.of(flat(footprint, h));
            }
        }
        int floors = kind == PandKind.HALL_OFFICE || kind == PandKind.GIANT_HALL ? 2 : 1;
        addPand(id, kind, block, footprint, roof, year, floors, h, ridge);
        double area = footprint.getArea();
        Coordinate front = block.at(u + w / 2, v + Math.min(8, d / 3));
        switch (kind) {
            case SHOWROOM -> addUnit(
                    List.of(id), EnumSet.of(UsePurpose.RETAIL), (int) (area * 0.95), street, number, null, null, front);
            case STORAGE -> addUnit(
                    List.of(id), EnumSet.of(UsePurpose.OTHER), (int) (area * 0.96), street, number, null, null, front);
            case HALL_OFFICE -> {
                // An office wing inside the hall: two VBOs, or one VBO with both gebruiksdoelen.
                int office = (int) (w * 0.22 * d * 2 * 0.8);
                if (rng.nextBoolean()) {
                    addUnit(
                            List.of(id),
                            EnumSet.of(UsePurpose.INDUSTRY),
                            (int) (area * 0.78 * 0.97),
                            street,
                            number,
                            null,
                            null,
                            block.at(u + w * 0.6, v + d / 2));
                    addUnit(List.of(id), EnumSet.of(UsePurpose.OFFICE), office, street, number, "A", null, front);
                } else {
                    addUnit(
                            List.of(id),
                            EnumSet.of(UsePurpose.INDUSTRY, UsePurpose.OFFICE),
                            (int) (area * 0.78 * 0.97) + office,
                            street,
                            number,
                            null,
                            null,
                            front);
                }
            }
            case GIANT_HALL -> {
                addUnit(
                        List.of(id),
                        EnumSet.of(UsePurpose.INDUSTRY),
                        (int) (area * 0.96),
                        street,
                        number,
                        null,
                        null,
                        block.at(u + w * 0.7, v + d / 2));
                addUnit(
                        List.of(id),
                        EnumSet.of(UsePurpose.OFFICE),
                        (int) (w * 0.4 * 12 * 2),
                        street,
                        number,
                        "A",
                        null,
                        front);
            }
            default -> {
                int r = rng.nextInt(20);
                Set<UsePurpose> p = r < 3
                        ? EnumSet.of(UsePurpose.INDUSTRY, UsePurpose.OFFICE)
                        : r < 5 ? EnumSet.of(UsePurpose.OTHER) : EnumSet.of(UsePurpose.INDUSTRY);
                addUnit(
                        List.of(id),
                        p,
                        (int) (area * (1.0 + rng.nextInt(12) / 100.0)),
                        street,
                        number,
                        null,
                        null,
                        front);
            }
        }
    }

    private void addPand(
            String id,
            PandKind kind,
            Block block,
            Polygon footprint,
            List<Section> roof,
            int year,
            int floors,
            double h,
            double ridge) {
        panden.add(new PandPlan(id, kind, block, footprint, roof, year, BuildingStatus.IN_USE, floors, h, ridge));
    }

    private void addUnit(
            List<String> pandIds,
            Set<UsePurpose> purposes,
            int areaM2,
            String street,
            int number,
            String letter,
            String addition,
            Coordinate location) {
        Address address = new Address(
                street,
                number,
                Optional.ofNullable(letter),
                Optional.ofNullable(addition),
                Postcodes.of(street, number),
                "Assen");
        units.add(new UnitPlan(unitIds.next(), pandIds, purposes, Math.max(12, areaM2), address, location));
    }

    private Section flat(Polygon outline, double h) {
        // 3D BAG fits a plane to the points: flat roofs come out with a slight, arbitrary tilt.
        return new Section(outline, 0.4 + rng.nextInt(20) / 10.0, rng.nextInt(360), h);
    }

    /** Realistic-looking BAG ids: increasing, with small irregular steps. */
    private final class IdSequence {
        private long next;

        IdSequence(long start) {
            this.next = start;
        }

        String next() {
            next += 1 + rng.nextInt(23);
            return String.format("%016d", next);
        }
    }
}
