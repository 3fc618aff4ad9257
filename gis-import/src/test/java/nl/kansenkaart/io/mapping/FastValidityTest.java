package nl.kansenkaart.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class FastValidityTest {
    private static final GeometryFactory F = new GeometryFactory();

    @Test
    void the_verdict_equals_is_valid_op_on_random_rings_full_of_degenerate_cases() {
        // A 6 x 6 grid makes collinear turns, touching vertices, crossings and spikes common.
        Random random = new Random(20261124);
        int valid = 0;
        int proved = 0;
        for (int k = 0; k < 12_000; k++) {
            int n = 3 + random.nextInt(8);
            Coordinate[] ring = new Coordinate[n + 1];
            for (int i = 0; i < n; i++) {
                ring[i] = new Coordinate(random.nextInt(6), random.nextInt(6));
            }
            ring[n] = ring[0].copy();
            Polygon p = F.createPolygon(ring);
            boolean expected = p.isValid();
            assertThat(FastValidity.isValid(p)).as(p.toText()).isEqualTo(expected);
            assertThat(FastValidity.isValid(F.createMultiPolygon(new Polygon[] {p})))
                    .as(p.toText())
                    .isEqualTo(expected);
            if (expected) {
                valid++;
            }
            if (FastValidity.isSimpleShell(p)) {
                proved++;
                assertThat(expected).as(p.toText()).isTrue();
            }
        }
        // The sample must hold both kinds, and the fast path must carry a real share of the valid ones.
        assertThat(valid).isBetween(600, 11_400);
        assertThat(proved).isGreaterThan(valid / 2);
    }

    @Test
    void a_bow_tie_a_spike_and_a_self_touching_shell_are_invalid() throws Exception {
        WKTReader wkt = new WKTReader(F);
        for (String text : new String[] {
            "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))",
            "POLYGON ((0 0, 10 0, 10 10, 10 20, 10 10, 0 10, 0 0))",
            "POLYGON ((0 0, 10 0, 5 5, 10 10, 0 10, 5 5, 0 0))",
            "POLYGON ((0 0, 10 0, 20 0, 0 0))"
        }) {
            Geometry g = wkt.read(text);
            assertThat(FastValidity.isValid(g)).as(text).isFalse();
        }
        assertThat(FastValidity.isValid(wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")))
                .isTrue();
        assertThat(FastValidity.isValid(wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 2))")))
                .isTrue();
    }
}
