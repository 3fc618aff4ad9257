package nl.kansenkaart.app.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Not a test: prints how long a frame of 100,000 synthetic buildings takes at 1600 x 1000, full view
 * and zoomed in, and writes both frames as PNG for a look. Run with the test classpath:
 * {@code java -cp ... nl.kansenkaart.app.map.RenderBenchmark [buildings] [outDir]}.
 */
public final class RenderBenchmark {
    // CPU time of the rendering thread: the machine is shared, so wall time mostly measures others.
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private RenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench");
        long t0 = System.nanoTime();
        var snapshot = TestParks.synthetic(n, 42);
        long t1 = System.nanoTime();
        MapContent content = MapContent.of(snapshot);
        long t2 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "%d buildings, %d units: snapshot %.0f ms, content+index %.0f ms%n",
                n,
                snapshot.units().size(),
                (t1 - t0) / 1e6,
                (t2 - t1) / 1e6);
        MapTheme theme = Themes.currentSituation(BuildingColouring.FUNCTION).without(Themes.HIDDEN_BY_DEFAULT);
        Viewport full = Viewport.fit(content.extent(), 1600, 1000, 20);
        Viewport zoomed = full.zoomAbout(16, 800, 500);
        for (var entry : new Object[][] {{"volledig", full}, {"ingezoomd", zoomed}}) {
            Viewport v = (Viewport) entry[1];
            BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_ARGB_PRE);
            double best = Double.MAX_VALUE;
            double sum = 0;
            int runs = 8;
            for (int i = 0; i < runs + 2; i++) {
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 1600, 1000);
                long s = CPU.getCurrentThreadCpuTime();
                MapRenderer.render(g, v, content, theme);
                double ms = (CPU.getCurrentThreadCpuTime() - s) / 1e6;
                g.dispose();
                if (i >= 2) {
                    best = Math.min(best, ms);
                    sum += ms;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s (%d panden in beeld): best %.1f ms, mean %.1f ms CPU per frame%n",
                    entry[0],
                    content.query(MapLayer.BUILDINGS, v.visibleWorld()).size(),
                    best,
                    sum / runs);
            PngExport.write(image, out.resolve(entry[0] + ".png"));
        }
        for (Viewport view : new Viewport[] {full, zoomed})
            for (LayerStyle layer : theme.layers()) {
                MapTheme one = new MapTheme(theme.name(), "", java.util.List.of(layer));
                BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_ARGB_PRE);
                double best = Double.MAX_VALUE;
                for (int i = 0; i < 4; i++) {
                    Graphics2D g = image.createGraphics();
                    long s = CPU.getCurrentThreadCpuTime();
                    MapRenderer.render(g, view, content, one);
                    best = Math.min(best, (CPU.getCurrentThreadCpuTime() - s) / 1e6);
                    g.dispose();
                }
                System.out.printf(
                        Locale.ROOT,
                        "  layer %s alone, %s: best %.1f ms CPU%n",
                        layer.layer(),
                        view == full ? "volledig" : "ingezoomd",
                        best);
            }
        PngExport.writePng(content, theme, 1600, 1000, 1.0, snapshot.park().name(), out.resolve("export.png"));
    }
}
