package nl.kansenkaart.core.kansen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.kansenkaart.core.model.CapacityStatus;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The map polygon of a collective: tight around the members, in parts when they are far apart. */
class CollectivePolygonTest {
    private static final WKTReader WKT = new WKTReader(new GeometryFactory(new PrecisionModel(), 28992));
    private static final double AREA_TOLERANCE_M2 = 1.0;

    private static Geometry square(double x, double y, double size) throws ParseException {
        return WKT.read("POLYGON ((" + x + " " + y + ", " + (x + size) + " " + y + ", " + (x + size) + " " + (y + size)
                + ", " + x + " " + (y + size) + ", " + x + " " + y + "))");
    }

    @Test
    void two_squares_within_the_bridged_gap_become_one_polygon_no_larger_than_their_convex_hull() throws Exception {
        // A 20 m square and, 50 m east and 100 m north, another: their convex hull takes the corners too.
        List<Geometry> footprints = List.of(square(0, 0, 20), square(70, 100, 20));
        Geometry p = CollectivePolygon.of(footprints, 150, 0);
        assertThat(p.getNumGeometries()).isEqualTo(1);
        footprints.forEach(f -> assertThat(p.covers(f)).isTrue());
        Geometry convex = p.getFactory().buildGeometry(footprints).convexHull();
        // The concave hull of two squares follows their outer walls and joins them with a band.
        assertThat(p.getArea()).isLessThanOrEqualTo(convex.getArea() + AREA_TOLERANCE_M2);
        assertThat(p.getSRID()).isEqualTo(28992);
    }

    @Test
    void members_farther_apart_than_the_bridged_gap_keep_a_part_each_with_the_buffer() throws Exception {
        List<Geometry> footprints = List.of(square(0, 0, 20), square(40, 0, 20), square(600, 0, 20));
        Geometry p = CollectivePolygon.of(footprints, 75, 10);
        // The first two (20 m apart) join; the third, 540 m away, is a part of its own.
        assertThat(p.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(p.getNumGeometries()).isEqualTo(2);
        footprints.forEach(f -> assertThat(p.covers(f)).isTrue());
        // Far less than the buffered convex hull (620 x 20 m plus the buffer: about 20.600 m2).
        Geometry hull = p.getFactory().buildGeometry(footprints).convexHull().buffer(10, 4);
        assertThat(p.getArea()).isLessThan(hull.getArea() / 4);
        // The lone square with 10 m around it: 40 x 40 minus the rounded corners (4 x (100 - pi x 100 / 4)).
        Geometry lone = p.getGeometryN(0).getEnvelopeInternal().getMinX() > 500 ? p.getGeometryN(0) : p.getGeometryN(1);
        assertThat(lone.getArea()).isCloseTo(1_600 - 4 * (100 - Math.PI * 25), within(10.0));
    }

    @Test
    void no_bridging_gives_the_buffered_footprints_alone() throws Exception {
        List<Geometry> footprints = List.of(square(0, 0, 20), square(40, 0, 20));
        Geometry p = CollectivePolygon.of(footprints, 0, 0);
        assertThat(p.getArea()).isCloseTo(800, within(AREA_TOLERANCE_M2));
    }

    @Test
    void the_collective_pv_polygon_of_two_distant_groups_covers_them_and_not_the_space_between() {
        ParkBuilder park = new ParkBuilder();
        // Three 20 x 20 m units with 25 m between walls in the west (bridged: up to 30 m), two 700 m east.
        park.building(1, 81_000, 451_000, 20, 20)
                .building(2, 81_045, 451_000, 20, 20)
                .building(3, 81_090, 451_000, 20, 20)
                .building(4, 81_800, 451_300, 20, 20)
                .building(5, 81_845, 451_300, 20, 20)
                .grid(CapacityStatus.AVAILABLE, CapacityStatus.AVAILABLE);
        KansenReport r = park.analyse(KansenAssumptions.STANDARD);
        CollectiveOpportunity pv = r.collective().get(0);
        assertThat(pv.type()).isEqualTo(OpportunityType.COLLECTIVE_PV);
        assertThat(pv.members()).hasSize(5);
        assertThat(pv.geometry().getNumGeometries()).isEqualTo(2);
        for (IndividualOpportunity o : r.individual()) {
            assertThat(pv.geometry().covers(o.geometry())).isTrue();
        }
        // The convex hull with its buffer would be about 890 x 340 m; the two parts are a few thousand m2.
        assertThat(pv.geometry().getArea()).isLessThan(10_000);
    }

    @Test
    void a_rounded_hull_is_valid_covers_its_members_and_stays_within_two_percent_of_the_buffer_from_the_round_buffer()
            throws Exception {
        java.util.SplittableRandom random = new java.util.SplittableRandom(6);
        for (int k = 0; k < 60; k++) {
            int n = random.nextInt(2, 30);
            List<Geometry> group = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                group.add(square(random.nextDouble(0, 400), random.nextDouble(0, 300), random.nextDouble(8, 40)));
            }
            double bufferM = random.nextDouble(1, 100);
            Geometry rounded = CollectivePolygon.roundedHull(group, bufferM);
            Geometry hull = rounded.getFactory().buildGeometry(group).convexHull();
            Geometry jts = hull.buffer(bufferM, 4);
            Geometry round = hull.buffer(bufferM, 64);
            // Ours lies inside the round buffer and at most r (1 - cos(pi / 16)) from its edge; the JTS buffer
            // with 4 segments per quarter spans some corners with 1,5 segment angles: r (1 - cos(3 pi / 32)).
            double ours = bufferM * (1 - Math.cos(Math.PI / 16)) + 1e-3;
            double jtsOwn = bufferM * (1 - Math.cos(3 * Math.PI / 32)) + 1e-3;
            assertThat(rounded.isValid()).isTrue();
            assertThat(rounded.getSRID()).isEqualTo(28992);
            group.forEach(f -> assertThat(rounded.covers(f)).isTrue());
            // Inside the exact round buffer: no vertex farther than the buffer from the hull.
            for (org.locationtech.jts.geom.Coordinate c : rounded.getCoordinates()) {
                assertThat(hull.distance(rounded.getFactory().createPoint(c))).isLessThanOrEqualTo(bufferM + 1e-6);
            }
            assertThat(DiscreteHausdorffDistance.distance(rounded, round, 0.1))
                    .as("group %d, buffer %.1f m, against the round buffer", k, bufferM)
                    .isLessThanOrEqualTo(ours);
            assertThat(DiscreteHausdorffDistance.distance(rounded, jts, 0.1))
                    .as("group %d, buffer %.1f m, against the JTS buffer", k, bufferM)
                    .isLessThanOrEqualTo(jtsOwn);
            assertThat(Math.abs(rounded.getArea() - jts.getArea()) / jts.getArea())
                    .isLessThan(0.02);
        }
    }
}
