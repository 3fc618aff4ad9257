package nl.kansenkaart.core.kansen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTReader;

/** The footprint distance test gives JTS's answer, decided mostly from the envelopes. */
class FootprintDistanceTest {
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);
    private static final WKTReader WKT = new WKTReader(RD);

    private static boolean within(Geometry a, Geometry b, double d) {
        return FootprintDistance.within(a, a.getEnvelopeInternal(), b, b.getEnvelopeInternal(), d);
    }

    @Test
    void an_l_shaped_hall_is_farther_from_a_square_in_its_notch_than_the_envelopes_say() throws Exception {
        // The notch of the L is 20 x 20 m; a 4 m square sits in it, 8 m from both inner walls.
        Geometry l = WKT.read("POLYGON ((0 0, 40 0, 40 20, 20 20, 20 40, 0 40, 0 0))");
        Geometry square = WKT.read("POLYGON ((28 28, 32 28, 32 32, 28 32, 28 28))");
        assertThat(l.distance(square)).isEqualTo(8.0);
        assertThat(within(l, square, 7.9)).isFalse();
        assertThat(within(l, square, 8.1)).isTrue();
    }

    @Test
    void two_halls_250_m_apart_are_decided_from_their_envelopes_alone() throws Exception {
        Geometry a = WKT.read("POLYGON ((0 0, 30 0, 30 20, 0 20, 0 0))");
        Geometry b = WKT.read("POLYGON ((200 0, 230 0, 230 20, 200 20, 200 0))");
        assertThat(FootprintDistance.upperBound(a.getEnvelopeInternal(), b.getEnvelopeInternal()))
                .isLessThan(250);
        assertThat(within(a, b, 250)).isTrue();
        assertThat(within(a, b, 169)).isFalse();
        assertThat(within(a, b, 170)).isTrue();
    }

    @Test
    void random_polygons_get_the_same_answer_as_jts_at_every_distance() {
        SplittableRandom random = new SplittableRandom(6);
        int checked = 0;
        for (int k = 0; k < 3_000; k++) {
            Geometry a = blob(random, 0, 0);
            Geometry b = blob(random, random.nextDouble(-90, 90), random.nextDouble(-90, 90));
            double d = random.nextDouble(0, 120);
            double exact = a.distance(b);
            if (Math.abs(exact - d) < 1e-6) {
                continue; // at the threshold itself the two may round differently
            }
            assertThat(within(a, b, d))
                    .as("pair %d at %.3f m (distance %.3f m)", k, d, exact)
                    .isEqualTo(exact <= d);
            checked++;
        }
        assertThat(checked).isGreaterThan(2_900);
    }

    @Test
    void a_footprint_inside_another_or_with_a_hole_is_left_to_jts() throws Exception {
        Geometry ring = WKT.read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 80 20, 80 80, 20 80, 20 20))");
        Geometry inHole = WKT.read("POLYGON ((40 40, 60 40, 60 60, 40 60, 40 40))");
        assertThat(within(ring, inHole, 19.9)).isFalse();
        assertThat(within(ring, inHole, 20)).isTrue();
        Geometry inside = WKT.read("POLYGON ((5 5, 10 5, 10 10, 5 10, 5 5))");
        assertThat(within(ring, inside, 0)).isTrue();
    }

    /** A star-shaped polygon of 5-12 vertices around a point, 5-40 m across: concave like real footprints. */
    private static Geometry blob(SplittableRandom random, double cx, double cy) {
        int n = random.nextInt(5, 13);
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double r = random.nextDouble(2.5, 20);
            ring[i] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        ring[n] = ring[0];
        return RD.createPolygon(ring);
    }
}
