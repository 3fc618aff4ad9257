package nl.kansenkaart.app.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {
    private static final double PIXEL_TOLERANCE = 1e-6;
    private static final double METRE_TOLERANCE = 1e-6;

    private final Viewport view = new Viewport(155_000, 463_000, 0.5, 1600, 1000);

    @Test
    void the_centre_of_the_world_is_the_centre_of_the_image() {
        Point2D p = view.toScreen(155_000, 463_000);
        assertThat(p.getX()).isCloseTo(800, within(PIXEL_TOLERANCE));
        assertThat(p.getY()).isCloseTo(500, within(PIXEL_TOLERANCE));
    }

    @Test
    void north_is_up_on_the_screen() {
        Point2D north = view.toScreen(155_000, 463_100);
        assertThat(north.getY()).isCloseTo(300, within(PIXEL_TOLERANCE));
        Point2D east = view.toScreen(155_100, 463_000);
        assertThat(east.getX()).isCloseTo(1000, within(PIXEL_TOLERANCE));
    }

    @Test
    void world_to_screen_and_back_is_a_round_trip() {
        for (double[] w : new double[][] {{154_321.5, 462_876.25}, {155_400, 463_250}, {0, 300_000}}) {
            Point2D s = view.toScreen(w[0], w[1]);
            Point2D back = view.toWorld(s.getX(), s.getY());
            assertThat(back.getX()).isCloseTo(w[0], within(METRE_TOLERANCE));
            assertThat(back.getY()).isCloseTo(w[1], within(METRE_TOLERANCE));
        }
    }

    @Test
    void the_affine_transforms_agree_with_the_point_methods() {
        Point2D viaTransform = view.worldToScreen().transform(new Point2D.Double(155_123, 462_987), null);
        Point2D direct = view.toScreen(155_123, 462_987);
        assertThat(viaTransform.distance(direct)).isLessThan(PIXEL_TOLERANCE);
        Point2D back = view.screenToWorld().transform(viaTransform, null);
        assertThat(back.distance(new Point2D.Double(155_123, 462_987))).isLessThan(METRE_TOLERANCE);
    }

    @Test
    void zooming_about_a_point_keeps_that_point_under_the_cursor() {
        Point2D before = view.toWorld(1234, 321);
        Viewport zoomed = view.zoomAbout(1.25, 1234, 321);
        Point2D after = zoomed.toWorld(1234, 321);
        assertThat(after.distance(before)).isLessThan(METRE_TOLERANCE);
        assertThat(zoomed.metresPerPixel()).isCloseTo(0.4, within(1e-12));

        Viewport out = zoomed.zoomAbout(1 / 1.25, 10, 990);
        assertThat(out.toWorld(10, 990).distance(zoomed.toWorld(10, 990))).isLessThan(METRE_TOLERANCE);
    }

    @Test
    void panning_moves_the_content_with_the_mouse() {
        Point2D world = view.toWorld(100, 100);
        Viewport panned = view.pan(40, -25);
        Point2D moved = panned.toScreen(world.getX(), world.getY());
        assertThat(moved.getX()).isCloseTo(140, within(PIXEL_TOLERANCE));
        assertThat(moved.getY()).isCloseTo(75, within(PIXEL_TOLERANCE));
    }

    @Test
    void fitting_shows_the_whole_envelope_inside_the_margin() {
        Envelope park = new Envelope(230_000, 231_200, 480_000, 480_400);
        Viewport fit = Viewport.fit(park, 1600, 1000, 50);
        Point2D ll = fit.toScreen(park.getMinX(), park.getMinY());
        Point2D ur = fit.toScreen(park.getMaxX(), park.getMaxY());
        assertThat(ll.getX()).isCloseTo(50, within(PIXEL_TOLERANCE)); // width is the limiting side
        assertThat(ur.getX()).isCloseTo(1550, within(PIXEL_TOLERANCE));
        assertThat(ur.getY()).isGreaterThanOrEqualTo(50);
        assertThat(ll.getY()).isLessThanOrEqualTo(950);
        assertThat(fit.visibleWorld().contains(park)).isTrue();
    }

    @Test
    void the_scale_denominator_follows_the_resolution() {
        // 0.5 m per pixel at 96 dpi: one pixel is 0.2646 mm, so 1 : 1890.
        assertThat(view.scaleDenominator()).isCloseTo(1889.76, within(0.01));
        assertThat(view.scaleDenominator(300)).isCloseTo(5905.51, within(0.01));
    }

    @Test
    void a_zero_scale_is_refused_in_dutch() {
        assertThatThrownBy(() -> new Viewport(0, 0, 0, 10, 10)).hasMessageContaining("ongeldige schaal");
    }
}
