package nl.kansenkaart.app.map.print;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import nl.kansenkaart.app.map.MapAnalyses;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.TestParks;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;

/**
 * Not a test: how long an A3 300 dpi map of a synthetic park takes (10,000 buildings by default):
 * the page drawing, the PNG encoding and the vector PDF, best of a few rounds after a warm-up. Run
 * with the test classpath: {@code java -cp ... nl.kansenkaart.app.map.print.PrintBenchmark [n] [outDir]}.
 */
public final class PrintBenchmark {
    private PrintBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-print"));
        var park = TestParks.synthetic(n, 42);
        long t0 = System.nanoTime();
        MapContent content = MapContent.of(park);
        var analyses =
                MapAnalyses.of(SolarAnalysis.analyse(park, SolarAssumptions.LEIDRAAD_DRENTHE), java.util.List.of());
        System.out.printf(Locale.ROOT, "%d panden: inhoud en zonanalyse %.0f ms%n", n, (System.nanoTime() - t0) / 1e6);
        LocalDate date = LocalDate.of(2026, 11, 24);
        for (var theme : MapExport.themes(analyses)) {
            MapSheet sheet = MapSheet.of(content, theme, date);
            double draw = Double.MAX_VALUE, png = Double.MAX_VALUE, pdf = Double.MAX_VALUE;
            for (int round = 0; round < 4; round++) {
                long a = System.nanoTime();
                BufferedImage image = PngPageWriter.render(PageSpec.A3, sheet);
                long b = System.nanoTime();
                PngPageWriter.write(image, 300, out.resolve("bench.png"));
                long c = System.nanoTime();
                PdfPageWriter.write(PageSpec.A3, sheet, out.resolve("bench.pdf"));
                long d = System.nanoTime();
                if (round > 0) {
                    draw = Math.min(draw, (b - a) / 1e6);
                    png = Math.min(png, (c - b) / 1e6);
                    pdf = Math.min(pdf, (d - c) / 1e6);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s, A3 300 dpi: tekenen %.0f ms, PNG schrijven %.0f ms (samen %.0f ms), PDF %.0f ms (%d kB)%n",
                    theme.name(),
                    draw,
                    png,
                    draw + png,
                    pdf,
                    Files.size(out.resolve("bench.pdf")) / 1024);
        }
    }
}
