package nl.kansenkaart.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.ParkSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapRendererTest {
    private final MapContent content = MapContent.of(TestParks.small());

    @Test
    void a_rendered_park_is_not_blank() {
        BufferedImage image = renderLayers(Themes.currentSituation(BuildingColouring.FUNCTION), 800, 600);
        Map<Integer, Integer> histogram = histogram(image);
        assertThat(histogram.size()).as("distinct colours").isGreaterThan(10);
        int background = histogram.getOrDefault(Color.WHITE.getRGB(), 0);
        assertThat(background).as("white pixels").isLessThan(800 * 600 * 9 / 10);
    }

    @Test
    void each_building_is_filled_with_the_colour_of_its_main_function() {
        MapTheme theme = Themes.currentSituation(BuildingColouring.FUNCTION)
                .without(Set.of(MapLayer.GRID_FEED_IN, MapLayer.LABELS, MapLayer.UNITS));
        Viewport v = Viewport.fit(content.extent(), 800, 600, 20);
        BufferedImage image = render(theme, v);
        assertThat(pixelAt(image, v, 100_060, 400_100)).isEqualTo(classColour(theme, Classifiers.INDUSTRY));
        assertThat(pixelAt(image, v, 100_290, 400_090)).isEqualTo(classColour(theme, Classifiers.OFFICE));
        assertThat(pixelAt(image, v, 100_350, 400_250)).isEqualTo(classColour(theme, Classifiers.RETAIL));
        assertThat(pixelAt(image, v, 100_060, 400_220)).isEqualTo(classColour(theme, Classifiers.NO_UNIT));
    }

    @Test
    void buildings_by_construction_year_get_their_age_class() {
        MapTheme theme = Themes.currentSituation(BuildingColouring.CONSTRUCTION_YEAR)
                .without(Set.of(MapLayer.GRID_FEED_IN, MapLayer.LABELS));
        Viewport v = Viewport.fit(content.extent(), 800, 600, 20);
        BufferedImage image = render(theme, v);
        assertThat(pixelAt(image, v, 100_060, 400_100)).isEqualTo(classColour(theme, "voor-1970"));
        assertThat(pixelAt(image, v, 100_290, 400_090)).isEqualTo(classColour(theme, "1990-2009"));
        assertThat(pixelAt(image, v, 100_350, 400_250)).isEqualTo(classColour(theme, "2010-later"));
        assertThat(pixelAt(image, v, 100_060, 400_220)).isEqualTo(classColour(theme, "onbekend"));
    }

    @Test
    void a_labelled_unit_is_a_dot_in_the_customary_label_colour() {
        MapTheme theme = Themes.currentSituation(BuildingColouring.FUNCTION);
        Viewport v = Viewport.fit(content.extent(), 800, 600, 20);
        BufferedImage image = render(theme, v);
        int labelC = Color.decode(LabelClass.C.colourHex()).getRGB();
        assertThat(pixelAt(image, v, 100_250, 400_060)).isEqualTo(labelC);
    }

    @Test
    void congested_feed_in_tints_its_area_and_available_capacity_does_not() {
        MapTheme theme = Themes.currentSituation(BuildingColouring.FUNCTION);
        Viewport v = Viewport.fit(content.extent(), 800, 600, 20);
        BufferedImage image = render(theme, v);
        // Open ground inside the congested grid area (west) is reddish, outside it stays white.
        Color west = new Color(pixelAt(image, v, 100_120, 400_150));
        assertThat(west.getRed()).isGreaterThan(west.getGreen() + 40);
        assertThat(pixelAt(image, v, 100_350, 400_130)).isEqualTo(Color.WHITE.getRGB());
    }

    @Test
    void the_exported_png_has_the_asked_size_and_shows_the_legend_colours(@TempDir Path dir) throws Exception {
        MapTheme theme = Themes.currentSituation(BuildingColouring.FUNCTION);
        Path file = dir.resolve("kaarten/huidige-situatie.png");
        PngExport.writePng(content, theme, 1200, 800, 1.0, "Testterrein De Wieken", file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(800);
        Map<Integer, Integer> histogram = histogram(image);
        // Every legend swatch colour is present (the swatches are at least 10 x 10 pixels).
        for (LayerStyle layer : theme.layers()) {
            for (StyleClass c : layer.classifier().classes()) {
                if (c.fill().getAlpha() == 255 && layer.opacity() == 1f && layer.pointRadiusPx() == 0) {
                    assertThat(histogram.getOrDefault(c.fill().getRGB(), 0))
                            .as("pixels of legend class %s", c.legendLabel())
                            .isGreaterThanOrEqualTo(100);
                }
            }
        }
        for (LabelClass c : new LabelClass[] {LabelClass.A, LabelClass.D, LabelClass.G}) {
            assertThat(histogram.getOrDefault(Color.decode(c.colourHex()).getRGB(), 0))
                    .isGreaterThan(20);
        }
    }

    @Test
    void a_print_sized_map_scales_its_decorations(@TempDir Path dir) throws Exception {
        MapTheme theme = Themes.currentSituation(BuildingColouring.LABEL);
        BufferedImage screen = PngExport.render(content, theme, 800, 600, 1.0, "Test");
        BufferedImage print = PngExport.render(content, theme, 1600, 1200, 2.0, "Test");
        // The white legend and title panels take about the same share of the image at both scales.
        double shareScreen = share(screen, 0xFFFFFFFF);
        double sharePrint = share(print, 0xFFFFFFFF);
        assertThat(sharePrint).isCloseTo(shareScreen, within(0.03));
        Path file = dir.resolve("print.png");
        PngExport.write(print, file);
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    @Test
    void nice_lengths_are_one_two_or_five_times_a_power_of_ten() {
        assertThat(MapDecorations.niceLength(347)).isEqualTo(200);
        assertThat(MapDecorations.niceLength(1000)).isEqualTo(1000);
        assertThat(MapDecorations.niceLength(999)).isEqualTo(500);
        assertThat(MapDecorations.niceLength(0.8)).isEqualTo(0.5);
        assertThat(MapDecorations.lengthText(2500)).isEqualTo("2,5 km");
        assertThat(MapDecorations.lengthText(200)).isEqualTo("200 m");
    }

    @Test
    void a_click_inside_a_building_identifies_it_and_one_in_the_open_does_not() {
        assertThat(content.buildingAt(100_100, 400_070, 1).map(MapFeature::id)).contains(TestParks.HALL);
        assertThat(content.buildingAt(100_182, 400_070, 3).map(MapFeature::id)).contains(TestParks.HALL);
        assertThat(content.buildingAt(100_200, 400_140, 3)).isEmpty();
        assertThat(content.building(TestParks.OFFICE).orElseThrow().units()).hasSize(2);
        assertThat(content.building(TestParks.OFFICE).orElseThrow().label()).isPresent();
    }

    @Test
    void the_rd_converter_gives_the_amersfoort_reference_point() {
        double[] latLon = new RdToWgs84().latLon(155_000, 463_000);
        assertThat(latLon[0]).isCloseTo(52.1551723, within(1e-5));
        assertThat(latLon[1]).isCloseTo(5.3872036, within(1e-5));
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    private BufferedImage renderLayers(MapTheme theme, int w, int h) {
        return render(theme, Viewport.fit(content.extent(), w, h, 20));
    }

    @Test
    void a_pand_outside_every_grid_area_is_outlined_in_the_status_of_its_postcode() {
        ParkSnapshot small = TestParks.small();
        // The open capacity map per PC6 has no geometry: the panden of 7461AB outside the one grid
        // area (office and shop) get its feed-in status; the hall inside the area keeps the area's.
        ParkSnapshot withPostcodes = new ParkSnapshot(
                small.park(),
                small.buildings(),
                small.units(),
                small.roofParts(),
                small.labels(),
                small.gridAreas(),
                small.companies(),
                small.overrides(),
                List.of(new GridPostcode(
                        "7461 AB", "Enexis", CapacityStatus.AVAILABLE, CapacityStatus.CONGESTED, OptionalInt.empty())));
        MapContent byPostcode = MapContent.of(withPostcodes);
        MapTheme theme = Themes.currentSituation(BuildingColouring.FUNCTION, MapAnalyses.none())
                .without(Set.of(MapLayer.GRID_FEED_IN, MapLayer.LABELS, MapLayer.UNITS));
        LayerStyle viaPostcode = theme.layers().stream()
                .filter(l -> l.title().endsWith("via postcode"))
                .findFirst()
                .orElseThrow();
        assertThat(byPostcode.draws(viaPostcode)).isTrue();
        assertThat(content.draws(viaPostcode))
                .as("no PC6 data, nothing to draw")
                .isFalse();
        assertThat(viaPostcode.classifier().classes())
                .extracting(StyleClass::legendLabel)
                .contains("Congestie, geen nieuwe aanvragen (via postcode)");

        Viewport v = Viewport.fit(byPostcode.extent(), 800, 600, 20);
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        MapRenderer.render(g, v, byPostcode, theme);
        g.dispose();
        int congested = Color.decode("#e31a1c").getRGB();
        // On the west edge of the office (x 100220) and of the shop; not on the hall's (x 100020).
        assertThat(pixelAt(image, v, 100_220, 400_060)).isEqualTo(congested);
        assertThat(pixelAt(image, v, 100_220, 400_220)).isEqualTo(congested);
        assertThat(pixelAt(image, v, 100_020, 400_070)).isNotEqualTo(congested);
    }

    private BufferedImage render(MapTheme theme, Viewport v) {
        BufferedImage image = new BufferedImage(v.widthPx(), v.heightPx(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, v.widthPx(), v.heightPx());
        MapRenderer.render(g, v, content, theme);
        g.dispose();
        return image;
    }

    private static int pixelAt(BufferedImage image, Viewport v, double x, double y) {
        Point2D p = v.toScreen(x, y);
        return image.getRGB((int) p.getX(), (int) p.getY());
    }

    private static int classColour(MapTheme theme, String key) {
        return theme.layers().stream()
                .flatMap(l -> l.classifier().classes().stream())
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow()
                .fill()
                .getRGB();
    }

    private static Map<Integer, Integer> histogram(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) | 0xFF000000, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static double share(BufferedImage image, int argb) {
        return histogram(image).getOrDefault(argb, 0) / (double) (image.getWidth() * image.getHeight());
    }
}
