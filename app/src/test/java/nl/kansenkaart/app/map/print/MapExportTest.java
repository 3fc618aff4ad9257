package nl.kansenkaart.app.map.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import nl.kansenkaart.app.map.LayerStyle;
import nl.kansenkaart.app.map.MapAnalyses;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.MapFeature;
import nl.kansenkaart.app.map.MapLayer;
import nl.kansenkaart.app.map.MapTheme;
import nl.kansenkaart.app.map.StyleClass;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.ParkSnapshot;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** Writes every map of the sample park De Vaart once and checks the files as a user would get them. */
class MapExportTest {
    private static final float MM_TO_PT = 72 / 25.4f;

    @TempDir
    static Path dir;

    static ParkSnapshot park;
    static MapAnalyses analyses;
    static List<Path> files;

    @BeforeAll
    static void write_the_maps_of_the_sample_park() throws Exception {
        park = SamplePark.load(dir.resolve("project"));
        analyses = SamplePark.analyses(park);
        files = MapExport.writeAll(park, analyses, SamplePark.DATE, dir.resolve("kaarten"));
    }

    @Test
    void every_theme_is_written_as_pdf_and_png_at_a4_and_a3_and_as_a_screen_png() {
        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .containsExactly(
                        "De Vaart - Huidige situatie - A4.pdf",
                        "De Vaart - Huidige situatie - A4.png",
                        "De Vaart - Huidige situatie - A3.pdf",
                        "De Vaart - Huidige situatie - A3.png",
                        "De Vaart - Huidige situatie - scherm.png",
                        "De Vaart - Huidige situatie (bouwjaar) - A4.pdf",
                        "De Vaart - Huidige situatie (bouwjaar) - A4.png",
                        "De Vaart - Huidige situatie (bouwjaar) - A3.pdf",
                        "De Vaart - Huidige situatie (bouwjaar) - A3.png",
                        "De Vaart - Huidige situatie (bouwjaar) - scherm.png",
                        "De Vaart - Kansen en uitdagingen - A4.pdf",
                        "De Vaart - Kansen en uitdagingen - A4.png",
                        "De Vaart - Kansen en uitdagingen - A3.pdf",
                        "De Vaart - Kansen en uitdagingen - A3.png",
                        "De Vaart - Kansen en uitdagingen - scherm.png");
        assertThat(files).allSatisfy(f -> assertThat(f).isRegularFile().isNotEmptyFile());
    }

    @Test
    void pngs_have_the_page_size_in_pixels_and_record_their_resolution() throws Exception {
        assertPng(file("Huidige situatie - A3.png"), 4961, 3508, 300);
        assertPng(file("Huidige situatie - A4.png"), 3508, 2480, 300);
        assertPng(file("Kansen en uitdagingen - A3.png"), 4961, 3508, 300);
        assertPng(file("Kansen en uitdagingen - scherm.png"), 1920, 1080, 96);
    }

    @Test
    void the_a3_map_is_not_blank_and_shows_every_building_colour_of_its_legend() throws Exception {
        BufferedImage image = ImageIO.read(file("Huidige situatie - A3.png").toFile());
        PageLayout layout = PageLayout.of(PageSpec.A3);
        Map<Integer, Integer> frameColours = histogram(image, layout.mapFrame());
        // A real map: many colours (antialiased edges), and a good share of it is not background.
        assertThat(frameColours.size()).isGreaterThan(50);
        int background = frameColours.getOrDefault(nl.kansenkaart.app.map.PngExport.BACKGROUND.getRGB(), 0);
        long total = (long) layout.mapFrame().width * layout.mapFrame().height;
        assertThat(background).isLessThan((int) (total * 0.6));

        MapTheme theme = MapExport.themes(analyses).get(0);
        LayerStyle buildings = theme.layers().stream()
                .filter(l -> l.layer() == MapLayer.BUILDINGS && l.title().startsWith("Panden"))
                .findFirst()
                .orElseThrow();
        Map<Integer, Integer> panelColours = histogram(image, layout.panel());
        Set<StyleClass> used = usedClasses(buildings, MapContent.of(park));
        assertThat(used).hasSizeGreaterThan(2);
        for (StyleClass c : used) {
            int rgb = c.fill().getRGB();
            assertThat(frameColours.getOrDefault(rgb, 0))
                    .as("pixels of %s on the map", c.legendLabel())
                    .isGreaterThan(1000);
            assertThat(panelColours.getOrDefault(rgb, 0))
                    .as("legend swatch of %s", c.legendLabel())
                    .isGreaterThan(100);
        }
    }

    @Test
    void the_construction_year_map_colours_the_buildings_by_their_bouwjaar_class() throws Exception {
        BufferedImage image =
                ImageIO.read(file("Huidige situatie (bouwjaar) - scherm.png").toFile());
        Map<Integer, Integer> frame =
                histogram(image, PageLayout.of(PageSpec.SCREEN).mapFrame());
        MapTheme theme = MapExport.themes(analyses).get(1);
        assertThat(theme.subtitle()).isEqualTo("panden naar bouwjaar");
        LayerStyle buildings = theme.layers().stream()
                .filter(l -> l.layer() == MapLayer.BUILDINGS)
                .findFirst()
                .orElseThrow();
        Set<StyleClass> used = usedClasses(buildings, MapContent.of(park));
        assertThat(used).hasSizeGreaterThan(1);
        for (StyleClass c : used) {
            assertThat(frame.getOrDefault(c.fill().getRGB(), 0))
                    .as(c.legendLabel())
                    .isGreaterThan(50);
        }
    }

    @Test
    void the_legend_never_overlaps_the_map_frame() {
        MapContent content = MapContent.of(park);
        for (PageSpec spec : List.of(PageSpec.A4, PageSpec.A3, PageSpec.SCREEN)) {
            for (MapTheme theme : MapExport.themes(analyses)) {
                BufferedImage image = new BufferedImage(spec.widthPx(), spec.heightPx(), BufferedImage.TYPE_INT_RGB);
                var g = image.createGraphics();
                var page = PageRenderer.draw(g, spec, MapSheet.of(content, theme, SamplePark.DATE));
                g.dispose();
                Rectangle frame = page.layout().mapFrame();
                assertThat(page.legend().intersects(frame))
                        .as("%s on %s", theme.name(), spec.name())
                        .isFalse();
                assertThat(page.layout().panel().contains(page.legend().getBounds2D()))
                        .as("legend inside the panel, %s on %s", theme.name(), spec.name())
                        .isTrue();
                // The whole park fits in the frame at the chosen round scale.
                assertThat(page.viewport().visibleWorld().contains(content.extent()))
                        .isTrue();
            }
        }
    }

    @Test
    void the_sample_park_prints_at_one_to_five_thousand_on_a3() {
        MapContent content = MapContent.of(park);
        var frame = PageLayout.of(PageSpec.A3).mapFrame();
        var v = PrintScale.fit(content.extent(), frame.width, frame.height, 300, PageSpec.A3.px(6));
        assertThat(PrintScale.text(v, 300)).isEqualTo("1 : 5.000");
    }

    @Test
    void pdfs_have_one_landscape_page_of_the_paper_size() throws Exception {
        assertPdfSize(file("Huidige situatie - A4.pdf"), 297, 210);
        assertPdfSize(file("Huidige situatie - A3.pdf"), 420, 297);
        assertPdfSize(file("Kansen en uitdagingen - A3.pdf"), 420, 297);
    }

    @Test
    void pdfs_carry_the_title_and_the_sources_as_text() throws Exception {
        String operator =
                park.gridAreas().stream().map(GridArea::operator).findFirst().orElseThrow();
        for (String name : List.of("Huidige situatie - A3.pdf", "Kansen en uitdagingen - A4.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file(name).toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text)
                        .contains("De Vaart")
                        .contains(name.substring(0, name.indexOf(" - ")))
                        .contains("24 november 2026")
                        .contains("Legenda")
                        .contains("Kadaster")
                        .contains("3DBAG by tudelft3d and 3DGI")
                        .contains("EP-Online (RVO)")
                        .contains(operator)
                        .contains("1 : ");
            }
        }
    }

    @Test
    void the_opportunities_map_outlines_the_collective_kansen_of_the_analysis() throws Exception {
        var kansen = analyses.kansen().orElseThrow();
        assertThat(kansen.collective()).isNotEmpty();
        MapContent content = MapContent.of(park, analyses);
        assertThat(content.features(MapLayer.OPPORTUNITIES)).hasSameSizeAs(kansen.collective());
        MapTheme theme = MapExport.themes(analyses).get(2);
        assertThat(theme.shows(MapLayer.OPPORTUNITIES)).isTrue();
        try (PDDocument pdf =
                Loader.loadPDF(file("Kansen en uitdagingen - A3.pdf").toFile())) {
            // Long legend labels wrap onto a second line; compare the words, not the line breaks.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Collectieve kansen");
            for (var c : kansen.collective()) {
                assertThat(text).contains(c.type().dutch());
            }
        }
        // The first collective's outline colour is on the A3 image.
        var first = AnalysisClassifiersAccess.outline(
                theme, kansen.collective().get(0).type().code());
        Map<Integer, Integer> colours = histogram(
                ImageIO.read(file("Kansen en uitdagingen - A3.png").toFile()),
                PageLayout.of(PageSpec.A3).mapFrame());
        assertThat(colours.getOrDefault(first | 0xFF000000, 0)).isGreaterThan(500);
    }

    @Test
    void every_collective_opportunity_gets_its_numbered_tag_on_the_map_and_in_the_key_beside_it() throws Exception {
        var collective = analyses.kansen().orElseThrow().collective();
        try (PDDocument pdf =
                Loader.loadPDF(file("Kansen en uitdagingen - A3.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Nummers op de kaart");
            for (var c : collective) {
                String tag = nl.kansenkaart.app.map.CollectiveLabels.tag(c);
                // Once on the map and once in the key: a tag alone in the key would point nowhere.
                assertThat(text.split("\\b" + tag + "\\b", -1).length - 1)
                        .as(tag)
                        .isGreaterThanOrEqualTo(2);
                assertThat(text)
                        .contains(tag + " " + c.members().size() + (c.members().size() == 1 ? " pand" : " panden"));
            }
        }
        // The legend names each kind's code and its range of numbers, e.g. "(E1-E19)".
        MapTheme theme = MapExport.themes(analyses).get(2);
        LayerStyle opportunities = theme.layers().stream()
                .filter(l -> l.layer() == MapLayer.OPPORTUNITIES)
                .findFirst()
                .orElseThrow();
        var hubs = collective.stream()
                .filter(c -> c.type() == nl.kansenkaart.core.kansen.OpportunityType.ENERGY_HUB)
                .count();
        assertThat(opportunities.classifier().classes())
                .extracting(StyleClass::legendLabel)
                .anyMatch(l -> l.startsWith("E ") && l.endsWith(hubs > 1 ? "(E1-E" + hubs + ")" : "(E1)"));
        // Each kind has its own line pattern, so overlapping outlines stay apart in grey too.
        assertThat(opportunities.classifier().classes())
                .extracting(StyleClass::dash)
                .doesNotHaveDuplicates();
    }

    @Test
    void an_a4_key_that_runs_out_of_room_says_where_the_other_numbers_are() throws Exception {
        try (PDDocument pdf =
                Loader.loadPDF(file("Kansen en uitdagingen - A4.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int shown = 0;
            for (var c : analyses.kansen().orElseThrow().collective()) {
                if (text.contains(nl.kansenkaart.app.map.CollectiveLabels.tag(c) + " "
                        + c.members().size() + " pand")) {
                    shown++;
                }
            }
            int total = analyses.kansen().orElseThrow().collective().size();
            if (shown < total) {
                assertThat(text).contains((total - shown) + " meer in het werkboek (blad Kansen collectief)");
            }
        }
    }

    @Test
    void pdfs_draw_the_map_as_vector_paths_without_images() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file("Huidige situatie - A3.pdf").toFile())) {
            List<String> operators = new ArrayList<>();
            int images = collect(pdf.getPage(0).getResources(), operators, 0);
            Map<String, Long> counts = new TreeMap<>();
            operators.forEach(o -> counts.merge(o, 1L, Long::sum));
            assertThat(images).isZero();
            // Building outlines are path segments, filled and stroked; text is shown with Tj/TJ.
            assertThat(counts.getOrDefault("l", 0L)).isGreaterThan(500);
            assertThat(counts.getOrDefault("f", 0L) + counts.getOrDefault("f*", 0L))
                    .isGreaterThan(10);
            assertThat(counts.getOrDefault("S", 0L)).isGreaterThan(5);
            assertThat(counts.getOrDefault("Tj", 0L) + counts.getOrDefault("TJ", 0L))
                    .isGreaterThan(10);
        }
    }

    @Test
    void pdf_text_is_set_in_the_embedded_dejavu_sans_not_a_fallback_font() throws Exception {
        try (PDDocument pdf =
                Loader.loadPDF(file("Kansen en uitdagingen - A3.pdf").toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            collectFonts(pdf.getPage(0).getResources(), fonts, 0);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> {
                // A subset carries a six-letter tag: "ABCDEF+DejaVuSans-Bold".
                assertThat(f.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
            });
            assertThat(fonts.stream().map(PDFont::getName).map(n -> n.substring(7)))
                    .contains("DejaVuSans", "DejaVuSans-Bold");
        }
    }

    @Test
    void pdffonts_lists_only_embedded_dejavu_sans() throws Exception {
        assumeTrue(onPath("pdffonts"), "pdffonts (poppler-utils) staat niet op het PATH");
        Process p = new ProcessBuilder(
                        "pdffonts", file("Huidige situatie - A4.pdf").toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines =
                new String(p.getInputStream().readAllBytes()).lines().toList();
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        // Header, dashes, then one line per font: name type encoding emb sub uni object ID.
        List<String> fonts = lines.subList(2, lines.size());
        assertThat(fonts).isNotEmpty().allSatisfy(l -> assertThat(l)
                .matches("[A-Z]{6}\\+DejaVuSans(-Bold)?\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes.*"));
    }

    @Test
    void the_pdf_renders_to_a_picture_that_is_not_blank_with_poppler() throws Exception {
        assumeTrue(onPath("pdftoppm"), "pdftoppm (poppler-utils) staat niet op het PATH");
        Path pdf = file("Kansen en uitdagingen - A4.pdf");
        Path prefix = dir.resolve("poppler");
        Process p = new ProcessBuilder("pdftoppm", "-r", "50", "-png", "-singlefile", pdf.toString(), prefix.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.exitValue()).as(output).isZero();
        BufferedImage image = ImageIO.read(dir.resolve("poppler.png").toFile());
        // 297 x 210 mm at 50 dpi.
        assertThat(image.getWidth()).isBetween(583, 586);
        Map<Integer, Integer> colours = histogram(image, new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        int white = colours.getOrDefault(0xFFFFFFFF, 0);
        assertThat(colours.size()).isGreaterThan(50);
        assertThat(white).isLessThan(image.getWidth() * image.getHeight() / 2);
    }

    private static Path file(String suffix) {
        return files.stream()
                .filter(f -> f.getFileName().toString().endsWith(suffix))
                .findFirst()
                .orElseThrow();
    }

    private static void assertPng(Path png, int width, int height, int dpi) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(width);
            assertThat(reader.getHeight(0)).isEqualTo(height);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            Node phys = child(root, "pHYs");
            assertThat(phys).as("pHYs chunk").isNotNull();
            long perMetre = Long.parseLong(
                    phys.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
            assertThat(perMetre * 0.0254).isCloseTo(dpi, org.assertj.core.data.Offset.offset(0.05));
            assertThat(phys.getAttributes().getNamedItem("unitSpecifier").getNodeValue())
                    .isEqualTo("meter");
            reader.dispose();
        }
    }

    private static Node child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return n;
            }
        }
        return null;
    }

    private static void assertPdfSize(Path file, double widthMm, double heightMm) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat((double) page.getMediaBox().getWidth())
                    .isCloseTo(widthMm * MM_TO_PT, org.assertj.core.data.Offset.offset(0.5));
            assertThat((double) page.getMediaBox().getHeight())
                    .isCloseTo(heightMm * MM_TO_PT, org.assertj.core.data.Offset.offset(0.5));
        }
    }

    /** Collects the content operators of every form in the resources; returns the number of images. */
    private static int collect(PDResources resources, List<String> operators, int depth) throws Exception {
        int images = 0;
        if (resources == null || depth > 5) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                images++;
            } else if (x instanceof PDFormXObject form) {
                for (Object token : new PDFStreamParser(form).parse()) {
                    if (token instanceof Operator op) {
                        operators.add(op.getName());
                    }
                }
                images += collect(form.getResources(), operators, depth + 1);
            }
        }
        return images;
    }

    /** Collects the fonts of the resources and of every form inside them. */
    private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws Exception {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    private static Set<StyleClass> usedClasses(LayerStyle style, MapContent content) {
        Set<StyleClass> used = new HashSet<>();
        for (MapFeature f : content.features(MapLayer.BUILDINGS)) {
            style.classifier().classify(f).ifPresent(used::add);
        }
        return used;
    }

    private static Map<Integer, Integer> histogram(BufferedImage image, Rectangle r) {
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        int[] row = new int[r.width];
        for (int y = r.y; y < r.y + r.height; y++) {
            image.getRGB(r.x, y, r.width, 1, row, 0, r.width);
            for (int rgb : row) {
                counts.merge(rgb | 0xFF000000, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
