package nl.kansenkaart.app.map.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kansenkaart.app.map.Viewport;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Page sizes, the layout, round scales and file names. */
class PageGeometryTest {

    @Test
    void a4_and_a3_landscape_at_300_dpi_have_the_customary_pixel_sizes() {
        assertThat(PageSpec.A4.widthPx()).isEqualTo(3508);
        assertThat(PageSpec.A4.heightPx()).isEqualTo(2480);
        assertThat(PageSpec.A3.widthPx()).isEqualTo(4961);
        assertThat(PageSpec.A3.heightPx()).isEqualTo(3508);
        assertThat(PageSpec.SCREEN.widthPx()).isEqualTo(1920);
        assertThat(PageSpec.SCREEN.heightPx()).isEqualTo(1080);
    }

    @Test
    void a_point_is_a_seventy_second_of_an_inch_at_any_resolution() {
        assertThat(PageSpec.A3.ptPx(18)).isEqualTo(75.0);
        assertThat(PageSpec.SCREEN.ptPx(9)).isEqualTo(12.0);
        assertThat(PageSpec.A4.px(25.4)).isEqualTo(300.0);
    }

    @Test
    void the_panel_has_the_same_width_in_millimetres_on_a4_and_a3() {
        PageLayout a4 = PageLayout.of(PageSpec.A4);
        PageLayout a3 = PageLayout.of(PageSpec.A3);
        assertThat(a4.panel().width).isEqualTo(a3.panel().width);
        assertThat(a4.mapFrame().intersects(a4.panel())).isFalse();
        assertThat(a3.mapFrame().width).isGreaterThan(a4.mapFrame().width);
        assertThat(a3.panel().getMaxX()).isLessThanOrEqualTo(PageSpec.A3.widthPx() - PageSpec.A3.px(9.9));
    }

    @Test
    void scales_round_up_to_the_series_a_map_maker_uses() {
        assertThat(PrintScale.roundUp(4321)).isEqualTo(5000);
        assertThat(PrintScale.roundUp(5000)).isEqualTo(5000);
        assertThat(PrintScale.roundUp(1100)).isEqualTo(1250);
        assertThat(PrintScale.roundUp(6100)).isEqualTo(7500);
        assertThat(PrintScale.roundUp(8000)).isEqualTo(10000);
        assertThat(PrintScale.roundUp(23_000)).isEqualTo(25000);
    }

    @Test
    void a_fitted_viewport_shows_the_whole_area_at_a_round_scale() {
        Envelope area = new Envelope(230_000, 231_300, 556_000, 556_700);
        Viewport v = PrintScale.fit(area, 3000, 2000, 300, 50);
        assertThat(v.visibleWorld().contains(area)).isTrue();
        double scale = v.scaleDenominator(300);
        assertThat(scale).isEqualTo((double) Math.round(scale), org.assertj.core.data.Offset.offset(1e-6));
        // 1,300 m over 2,900 pixels of 1/300 inch (245.5 mm) needs 1 : 5.295, rounded up.
        assertThat(PrintScale.text(v, 300)).isEqualTo("1 : 6.000");
    }

    @Test
    void file_names_lose_the_characters_windows_forbids() {
        assertThat(FileNames.safe("De Vaart - Huidige situatie - A3")).isEqualTo("De Vaart - Huidige situatie - A3");
        assertThat(FileNames.safe("Park 1/2: \"noord\"? <oost>*|")).isEqualTo("Park 1-2- -noord-- -oost---");
        assertThat(FileNames.safe("Terrein...  ")).isEqualTo("Terrein");
        assertThat(FileNames.safe("CON")).isEqualTo("kaart CON");
        assertThat(FileNames.safe("x".repeat(300))).hasSize(120);
    }

    @Test
    void a_page_smaller_than_five_centimetres_is_refused_in_dutch() {
        assertThatThrownBy(() -> new PageSpec("postzegel", 20, 20, 300, true))
                .hasMessageContaining("ongeldig paginaformaat postzegel");
    }
}
