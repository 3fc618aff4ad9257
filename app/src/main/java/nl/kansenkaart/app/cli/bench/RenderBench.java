package nl.kansenkaart.app.cli.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.UnaryOperator;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.app.map.BuildingColouring;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.MapLayer;
import nl.kansenkaart.app.map.MapRenderer;
import nl.kansenkaart.app.map.MapTheme;
import nl.kansenkaart.app.map.Themes;
import nl.kansenkaart.app.map.Viewport;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.synthetic.SyntheticPark;

/**
 * {@code bench render}: N synthetic panden drawn by the workbench's map renderer into a 1600 x 1000
 * frame, as the map does after a pan or a zoom (the whole park in view, and zoomed in). CPU time of
 * the drawing thread, best, mean and worst of ten measured frames after four warm-up frames: on a
 * shared machine the wall clock mostly measures the others.
 */
public final class RenderBench {
    /** The default number of buildings. */
    public static final long DEFAULT_N = 100_000;

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int WARM_UP = 4;
    private static final int FRAMES = 10;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private RenderBench() {}

    public static BenchTable run(long n, Progress progress) {
        progress.report(0, 5, Msg.get("bench.analyse.generate"));
        ParkSnapshot park = SyntheticPark.generate(Math.toIntExact(n));
        long start = System.nanoTime();
        MapContent content = MapContent.of(park);
        double indexMs = (System.nanoTime() - start) / 1e6;
        MapTheme theme = Themes.currentSituation(BuildingColouring.FUNCTION).without(Themes.HIDDEN_BY_DEFAULT);
        Viewport full = Viewport.fit(content.extent(), WIDTH, HEIGHT, 24);
        Viewport zoomed = full.zoomAbout(16, WIDTH / 2.0, HEIGHT / 2.0);
        // The JIT compiles the renderer during the first frames: warm it on the whole park first.
        frames(content, theme, full, v -> v.pan(40, 40), Frames.ALL);
        BenchTable table = new BenchTable(Msg.get("bench.render.title", Msg.count(n)))
                .add(Msg.get("bench.render.index"), Msg.decimal(indexMs, 0), "ms", "");
        // A wheel notch in and the notch back out are measured apart: zooming in draws every building
        // as a shape instead of a pixel, the costlier frame, so a mean over both would flatter it.
        Object[][] cases = {
            {"bench.render.full", full, (UnaryOperator<Viewport>) v -> v, Frames.ALL},
            {"bench.render.pan", full, (UnaryOperator<Viewport>) v -> v.pan(120, -80), Frames.ALL},
            {"bench.render.zoom", full, (UnaryOperator<Viewport>) v -> v.zoomAbout(1.25, 700, 450), Frames.MOVED},
            {"bench.render.zoomOut", full, (UnaryOperator<Viewport>) v -> v.zoomAbout(1.25, 700, 450), Frames.BACK},
            {"bench.render.zoomedPan", zoomed, (UnaryOperator<Viewport>) v -> v.pan(120, -80), Frames.ALL},
        };
        int step = 1;
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            UnaryOperator<Viewport> move = (UnaryOperator<Viewport>) c[2];
            Frames which = (Frames) c[3];
            double[] ms = frames(content, theme, (Viewport) c[1], move, which);
            Viewport last = which == Frames.BACK ? (Viewport) c[1] : move.apply((Viewport) c[1]);
            int inView = content.query(MapLayer.BUILDINGS, last.visibleWorld()).size();
            table.add(
                    Msg.get((String) c[0], Msg.count(inView)),
                    Msg.decimal(ms[0], 1) + " / " + Msg.decimal(ms[1], 1) + " / " + Msg.decimal(ms[2], 1),
                    Msg.get("bench.render.unit"),
                    "< 100 ms");
            progress.report(step++, cases.length + 1, Msg.get((String) c[0], Msg.count(inView)));
        }
        return table.add(
                Msg.get("bench.analyse.cores"), Msg.count(Runtime.getRuntime().availableProcessors()), "", "");
    }

    /** Which of the alternating frames count: all, those after the move, or those back at the start. */
    private enum Frames {
        ALL,
        MOVED,
        BACK
    }

    /**
     * Best, mean and worst CPU milliseconds of the counted frames; the view alternates between the
     * start and the moved view, as a drag or a wheel notch and back.
     */
    private static double[] frames(
            MapContent content, MapTheme theme, Viewport from, UnaryOperator<Viewport> move, Frames which) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        double best = Double.MAX_VALUE;
        double worst = 0;
        double sum = 0;
        int counted = 0;
        Viewport v = from;
        for (int i = 0; i < WARM_UP + 2 * FRAMES; i++) {
            boolean moved = i % 2 == 0;
            Viewport target = moved ? move.apply(v) : v;
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            long s = CPU.getCurrentThreadCpuTime();
            MapRenderer.render(g, target, content, theme);
            double ms = (CPU.getCurrentThreadCpuTime() - s) / 1e6;
            g.dispose();
            boolean counts = which == Frames.ALL || (which == Frames.MOVED) == moved;
            if (i >= WARM_UP && counts && counted < FRAMES) {
                best = Math.min(best, ms);
                worst = Math.max(worst, ms);
                sum += ms;
                counted++;
            }
        }
        return new double[] {best, sum / counted, worst};
    }
}
