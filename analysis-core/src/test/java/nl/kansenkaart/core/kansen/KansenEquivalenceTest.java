package nl.kansenkaart.core.kansen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.synthetic.SyntheticNation;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The kansen analysis gives exactly what the code before the session-4 speed-up gave (kept as the
 * {@code Reference*} classes in this package): every opportunity, member, score, text and polygon,
 * compared with record equality (polygons vertex for vertex, no tolerance). The hand-checked small
 * parks are compared in {@link ParkBuilder#analyse}, so every test that analyses one compares too.
 */
class KansenEquivalenceTest {
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);

    /** Equal reports, with the first differing part named when they are not. */
    static void assertSameReport(KansenReport actual, KansenReport reference) {
        assertThat(actual.individual()).as("individuele kansen").containsExactlyElementsOf(reference.individual());
        assertThat(actual.collective().size())
                .as("aantal collectieve kansen")
                .isEqualTo(reference.collective().size());
        for (int k = 0; k < actual.collective().size(); k++) {
            CollectiveOpportunity a = actual.collective().get(k);
            CollectiveOpportunity r = reference.collective().get(k);
            assertThat(a.geometry().equalsExact(r.geometry()))
                    .as("polygoon van %s", r.title())
                    .isTrue();
            assertThat(a).as("collectieve kans %s", r.title()).isEqualTo(r);
        }
        assertThat(actual.scoreCard()).as("scorekaart").isEqualTo(reference.scoreCard());
        assertThat(actual.notes()).as("opmerkingen").isEqualTo(reference.notes());
        assertThat(actual).isEqualTo(reference);
    }

    @Test
    void parks_of_the_national_benchmark_give_the_same_report_as_before_with_both_presets() {
        SyntheticNation nation = new SyntheticNation(8, 600, KansenNationalBenchmark.NATIONAL_SEED);
        List<GridArea> grid = nation.gridAreas();
        int compared = 0;
        for (int p = 0; p < nation.parkCount(); p++) {
            KansenNationalBenchmark.Input in = KansenNationalBenchmark.input(nation.park(p), grid);
            for (KansenAssumptions a : KansenAssumptions.presets()) {
                KansenReport report = KansenAnalysis.analyse(in.snapshot(), in.solar(), in.results(), a);
                assertSameReport(report, ReferenceKansenAnalysis.analyse(in.snapshot(), in.solar(), in.results(), a));
                compared += report.collective().size();
            }
        }
        assertThat(compared).as("collectieve kansen vergeleken").isGreaterThan(50);
    }

    @Test
    void a_full_size_national_park_gives_the_same_report_as_before() {
        // Park 1 of the real run: 2.630 panden on average, this one a bit larger.
        SyntheticNation nation = new SyntheticNation(2, 2_630, KansenNationalBenchmark.NATIONAL_SEED);
        KansenNationalBenchmark.Input in = KansenNationalBenchmark.input(nation.park(1), nation.gridAreas());
        KansenAssumptions a = KansenAssumptions.STANDARD;
        assertSameReport(
                KansenAnalysis.analyse(in.snapshot(), in.solar(), in.results(), a),
                ReferenceKansenAnalysis.analyse(in.snapshot(), in.solar(), in.results(), a));
    }

    @Test
    void the_raster_park_of_the_kansen_benchmark_gives_the_same_report_as_before() {
        KansenNationalBenchmark.Input in = KansenNationalBenchmark.input(KansenBenchmark.generate(1_500));
        KansenReport report =
                KansenAnalysis.analyse(in.snapshot(), in.solar(), in.results(), KansenAssumptions.STANDARD);
        assertSameReport(
                report,
                ReferenceKansenAnalysis.analyse(in.snapshot(), in.solar(), in.results(), KansenAssumptions.STANDARD));
        assertThat(report.collective()).isNotEmpty();
    }

    @Test
    void a_park_in_another_order_with_pand_ids_twice_gives_the_same_report_as_before() {
        SyntheticNation nation = new SyntheticNation(2, 300, KansenNationalBenchmark.NATIONAL_SEED);
        nl.kansenkaart.core.synthetic.SyntheticParkData d = nation.park(0);
        List<nl.kansenkaart.core.model.Building> buildings = new ArrayList<>(d.buildings());
        java.util.Collections.reverse(buildings);
        // The join matches results by position and counts companies without sets: both must fall back.
        buildings.addAll(d.buildings().subList(0, 20));
        KansenNationalBenchmark.Input in = KansenNationalBenchmark.input(new nl.kansenkaart.core.model.ParkSnapshot(
                d.park(),
                buildings,
                d.units(),
                List.of(),
                d.labels(),
                nation.gridAreas(),
                d.companies(),
                d.overrides()));
        for (KansenAssumptions a : KansenAssumptions.presets()) {
            assertSameReport(
                    KansenAnalysis.analyse(in.snapshot(), in.solar(), in.results(), a),
                    ReferenceKansenAnalysis.analyse(in.snapshot(), in.solar(), in.results(), a));
        }
    }

    @Test
    void a_rounded_hull_is_the_same_polygon_vertex_for_vertex_as_before() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 2_000; k++) {
            int n = random.nextInt(1, 40);
            List<Geometry> group = new ArrayList<>();
            double spread = random.nextDouble(1, 500);
            for (int i = 0; i < n; i++) {
                group.add(footprint(random, random.nextDouble(0, spread), random.nextDouble(0, spread)));
            }
            // Buffers from a centimetre to far larger than the group, some exactly round.
            double bufferM = random.nextBoolean() ? random.nextInt(1, 80) : Math.exp(random.nextDouble(-4, 7));
            Geometry now = CollectivePolygon.roundedHull(group, bufferM);
            Geometry before = ReferenceCollectivePolygon.roundedHull(group, bufferM);
            assertThat(now.equalsExact(before))
                    .as("groep %d (%d panden, buffer %s m): %s tegen %s", k, n, bufferM, now, before)
                    .isTrue();
        }
    }

    @Test
    void touching_parts_are_found_as_jts_finds_them_at_distance_zero() {
        SplittableRandom random = new SplittableRandom(13);
        int touching = 0;
        for (int k = 0; k < 5_000; k++) {
            // Halls on a 5 m raster (so edges often coincide exactly), L-shapes, turned ones and buffered ones.
            Geometry a = shape(random);
            Geometry b = shape(random);
            boolean jts = a.isWithinDistance(b, 0);
            assertThat(FootprintDistance.touch(a, b)).as("%s en %s", a, b).isEqualTo(jts);
            assertThat(FootprintDistance.within(a, a.getEnvelopeInternal(), b, b.getEnvelopeInternal(), 0))
                    .isEqualTo(jts);
            touching += jts ? 1 : 0;
        }
        assertThat(touching).as("paren die raken").isBetween(500, 4_500);
    }

    private static Geometry shape(SplittableRandom random) {
        Geometry g =
                switch (random.nextInt(3)) {
                    case 0 -> RD.toGeometry(new org.locationtech.jts.geom.Envelope(
                            150_000 + random.nextInt(10) * 5.0,
                            150_000 + random.nextInt(10, 20) * 5.0,
                            450_000 + random.nextInt(10) * 5.0,
                            450_000 + random.nextInt(10, 20) * 5.0));
                    case 1 -> footprint(random, random.nextDouble(0, 60), random.nextDouble(0, 60))
                            .buffer(random.nextDouble(0, 10), 4);
                    default -> footprint(random, random.nextDouble(0, 60), random.nextDouble(0, 60));
                };
        return random.nextInt(5) == 0
                ? RD.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                    (org.locationtech.jts.geom.Polygon) g,
                    (org.locationtech.jts.geom.Polygon) footprint(random, 200, 200)
                })
                : g;
    }

    @Test
    void members_sorted_along_an_axis_come_in_the_order_of_the_boxed_sort_before() {
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 500; k++) {
            int n = random.nextInt(1, 60);
            Coordinate[] centres = new Coordinate[n + 10];
            for (int i = 0; i < centres.length; i++) {
                // Few distinct positions, so equal keys are common and the tie rule shows.
                centres[i] = new Coordinate(random.nextInt(8) * 2.5, random.nextInt(8) * 0.5);
            }
            int[] group =
                    random.ints(0, centres.length).distinct().limit(n).sorted().toArray();
            boolean alongX = random.nextBoolean();
            Integer[] boxed = java.util.Arrays.stream(group).boxed().toArray(Integer[]::new);
            java.util.Arrays.sort(boxed, (a, b) -> {
                int c = Double.compare(alongX ? centres[a].x : centres[a].y, alongX ? centres[b].x : centres[b].y);
                return c != 0 ? c : Integer.compare(a, b);
            });
            assertThat(Clustering.sortAlong(group, centres, alongX))
                    .containsExactly(java.util.Arrays.stream(boxed)
                            .mapToInt(Integer::intValue)
                            .toArray());
        }
    }

    /** A hall, an L or a triangle, turned by a random angle or by a multiple of 11,25 degrees. */
    private static Geometry footprint(SplittableRandom random, double x, double y) {
        double w = random.nextDouble(0.5, 60);
        double h = random.nextDouble(0.5, 40);
        Coordinate[] ring =
                switch (random.nextInt(3)) {
                    case 0 -> new Coordinate[] {
                        new Coordinate(0, 0),
                        new Coordinate(w, 0),
                        new Coordinate(w, h),
                        new Coordinate(0, h),
                        new Coordinate(0, 0)
                    };
                    case 1 -> new Coordinate[] {
                        new Coordinate(0, 0), new Coordinate(w, 0), new Coordinate(w, h / 2),
                        new Coordinate(w / 2, h / 2), new Coordinate(w / 2, h), new Coordinate(0, h),
                        new Coordinate(0, 0)
                    };
                    default -> new Coordinate[] {
                        new Coordinate(0, 0), new Coordinate(w, 0), new Coordinate(w / 3, h), new Coordinate(0, 0)
                    };
                };
        double angle = random.nextBoolean() ? random.nextInt(32) * Math.PI / 16 : random.nextDouble(0, 2 * Math.PI);
        AffineTransformation t = AffineTransformation.rotationInstance(angle).translate(x + 150_000, y + 450_000);
        return t.transform(RD.createPolygon(ring));
    }
}
