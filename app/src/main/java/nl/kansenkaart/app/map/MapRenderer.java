package nl.kansenkaart.app.map;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * Draws a theme's layers of a park's map content with Java2D: for the workbench (into an image on a
 * background thread), for PNG and for print. Features are batched per class into one path each,
 * so a frame costs a few fills however many buildings are in view.
 */
public final class MapRenderer {
    /** Outlines are drawn only around features at least this big on screen, in pixels. */
    private static final double MIN_OUTLINED_PX = 4.0;

    /** Areas smaller than this on screen (pixels) are drawn as plain pixel blocks, not as paths. */
    private static final double TINY_PX = 2.5;

    /** Above this many points in view, points become plain squares without outline. */
    private static final int MANY_POINTS = 5_000;

    private MapRenderer() {}

    /** Draws at screen resolution (one pixel = one 96 dpi pixel). */
    public static void render(Graphics2D g, Viewport viewport, MapContent content, MapTheme theme) {
        render(g, viewport, content, theme, 1.0, () -> false);
    }

    /**
     * Draws the theme's layers, bottom first, clipped to the viewport.
     *
     * @param g where to draw; its transform maps the viewport's pixels (identity for an image)
     * @param pixelScale line widths and symbol sizes are multiplied by this (dpi / 96 for print)
     * @param cancelled checked between layers so a superseded frame stops early
     */
    public static void render(
            Graphics2D g,
            Viewport viewport,
            MapContent content,
            MapTheme theme,
            double pixelScale,
            BooleanSupplier cancelled) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
            g2.clipRect(0, 0, viewport.widthPx(), viewport.heightPx());
            ScreenPaths paths = new ScreenPaths(viewport);
            // A little margin so outlines of features just outside still reach into view.
            Envelope world = viewport.visibleWorld();
            world.expandBy(viewport.metresPerPixel() * 8);
            for (LayerStyle style : theme.layers()) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                List<MapFeature> visible = content.query(style.layer(), world);
                if (visible.isEmpty()) {
                    continue;
                }
                if (viewport.metresPerPixel() / pixelScale > style.maxMetresPerPixel()) {
                    continue;
                }
                if (visible.get(0).geometry() instanceof Point) {
                    drawPoints(g2, paths, visible, style, pixelScale);
                } else {
                    drawAreas(g2, paths, visible, style, pixelScale);
                }
            }
        } finally {
            g2.dispose();
        }
    }

    /** Colour of the selection outline: a cyan that no theme class uses. */
    public static final Color HIGHLIGHT = new Color(0, 200, 255);

    /** Outlines a selected feature thickly on top of the map. */
    public static void highlight(Graphics2D g, Viewport viewport, MapFeature feature) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Path2D.Float p = new Path2D.Float();
            new ScreenPaths(viewport).append(p, feature.geometry());
            g2.setStroke(stroke(5));
            g2.setColor(new Color(255, 255, 255, 200));
            g2.draw(p);
            g2.setStroke(stroke(3));
            g2.setColor(HIGHLIGHT);
            g2.draw(p);
        } finally {
            g2.dispose();
        }
    }

    private static void drawAreas(
            Graphics2D g, ScreenPaths paths, List<MapFeature> features, LayerStyle style, double pixelScale) {
        Map<StyleClass, Path2D.Float> fills = new IdentityHashMap<>();
        Map<StyleClass, PixelBlocks> tiny = new IdentityHashMap<>();
        Path2D.Float outlines = new Path2D.Float(Path2D.WIND_NON_ZERO);
        boolean outlined = style.stroke().getAlpha() > 0 && style.strokeWidthPx() > 0;
        boolean byClass = style.outlinesByClass();
        Map<StyleClass, Path2D.Float> classOutlines = new IdentityHashMap<>();
        for (MapFeature f : features) {
            Optional<StyleClass> c = style.classifier().classify(f);
            if (c.isEmpty()) {
                continue;
            }
            double size = paths.sizePx(f.geometry());
            if (size < TINY_PX && c.get().fill().getAlpha() > 0) {
                var e = f.geometry().getEnvelopeInternal();
                tiny.computeIfAbsent(c.get(), k -> new PixelBlocks())
                        .add(paths.x((e.getMinX() + e.getMaxX()) / 2), paths.y((e.getMinY() + e.getMaxY()) / 2), size);
                continue;
            }
            if (c.get().fill().getAlpha() > 0) {
                paths.append(
                        fills.computeIfAbsent(c.get(), k -> new Path2D.Float(Path2D.WIND_NON_ZERO, 1024)),
                        f.geometry());
            }
            if (byClass && size >= MIN_OUTLINED_PX) {
                paths.append(classOutlines.computeIfAbsent(c.get(), k -> new Path2D.Float()), f.geometry());
            } else if (outlined && size >= MIN_OUTLINED_PX) {
                paths.append(outlines, f.geometry());
            }
        }
        Composite before = g.getComposite();
        if (style.opacity() < 1f) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, style.opacity()));
        }
        // Fill in legend order so the drawing does not depend on the index's order.
        for (StyleClass c : style.classifier().classes()) {
            Path2D.Float p = fills.get(c);
            if (p != null) {
                g.setColor(c.fill());
                g.fill(p);
            }
        }
        if (!tiny.isEmpty()) {
            Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            // Antialiasing a one-pixel block only blurs it, and costs a path per block.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            for (StyleClass c : style.classifier().classes()) {
                PixelBlocks blocks = tiny.get(c);
                if (blocks != null) {
                    g.setColor(c.fill());
                    blocks.fill(g);
                }
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        }
        if (outlined) {
            g.setColor(style.stroke());
            g.setStroke(stroke(style.strokeWidthPx() * pixelScale));
            g.draw(outlines);
        }
        if (byClass) {
            g.setStroke(stroke(style.strokeWidthPx() * pixelScale));
            for (StyleClass c : style.classifier().classes()) {
                Path2D.Float p = classOutlines.get(c);
                if (p != null) {
                    g.setColor(style.outlineOf(c));
                    g.draw(p);
                }
            }
        }
        g.setComposite(before);
    }

    private static void drawPoints(
            Graphics2D g, ScreenPaths paths, List<MapFeature> features, LayerStyle style, double pixelScale) {
        double r = style.pointRadiusPx() * pixelScale;
        if (features.size() > MANY_POINTS) {
            drawManyPoints(g, paths, features, style, Math.max(1, Math.round(r)));
            return;
        }
        Map<StyleClass, Path2D.Float> symbols = new LinkedHashMap<>();
        Ellipse2D.Double dot = new Ellipse2D.Double();
        for (MapFeature f : features) {
            Optional<StyleClass> c = style.classifier().classify(f);
            if (c.isEmpty()) {
                continue;
            }
            Point p = (Point) f.geometry();
            dot.setFrame(paths.x(p.getX()) - r, paths.y(p.getY()) - r, 2 * r, 2 * r);
            symbols.computeIfAbsent(c.get(), k -> new Path2D.Float()).append(dot, false);
        }
        Composite before = g.getComposite();
        if (style.opacity() < 1f) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, style.opacity()));
        }
        boolean outlined = style.stroke().getAlpha() > 0 && style.strokeWidthPx() > 0;
        g.setStroke(stroke(style.strokeWidthPx() * pixelScale));
        for (StyleClass c : style.classifier().classes()) {
            Path2D.Float p = symbols.get(c);
            if (p == null) {
                continue;
            }
            g.setColor(c.fill());
            g.fill(p);
            if (outlined) {
                g.setColor(style.stroke());
                g.draw(p);
            }
        }
        g.setComposite(before);
    }

    private static void drawManyPoints(
            Graphics2D g, ScreenPaths paths, List<MapFeature> features, LayerStyle style, long sizePx) {
        Map<StyleClass, PixelBlocks> blocks = new IdentityHashMap<>();
        for (MapFeature f : features) {
            Optional<StyleClass> c = style.classifier().classify(f);
            if (c.isPresent()) {
                Point p = (Point) f.geometry();
                blocks.computeIfAbsent(c.get(), k -> new PixelBlocks())
                        .add(paths.x(p.getX()), paths.y(p.getY()), sizePx);
            }
        }
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        Composite before = g.getComposite();
        if (style.opacity() < 1f) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, style.opacity()));
        }
        for (StyleClass c : style.classifier().classes()) {
            PixelBlocks b = blocks.get(c);
            if (b != null) {
                g.setColor(c.fill());
                b.fill(g);
            }
        }
        g.setComposite(before);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    }

    /** Square pixel blocks (centre and size) collected per class and filled without antialiasing. */
    private static final class PixelBlocks {
        private int[] xys = new int[3 * 256];
        private int n;

        void add(double cx, double cy, double sizePx) {
            int s = (int) Math.max(1, Math.round(sizePx));
            if (n + 3 > xys.length) {
                xys = java.util.Arrays.copyOf(xys, xys.length * 2);
            }
            xys[n++] = (int) Math.floor(cx - s / 2.0 + 0.5);
            xys[n++] = (int) Math.floor(cy - s / 2.0 + 0.5);
            xys[n++] = s;
        }

        void fill(Graphics2D g) {
            for (int i = 0; i < n; i += 3) {
                g.fillRect(xys[i], xys[i + 1], xys[i + 2], xys[i + 2]);
            }
        }
    }

    private static BasicStroke stroke(double widthPx) {
        // Round joins on a line of a pixel or less look the same as bevels but cost an arc per vertex.
        return widthPx <= 1.5
                ? new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL)
                : new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A colour's alpha multiplied by an opacity; handy for legends that mimic a layer. */
    public static Color faded(Color c, float opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(c.getAlpha() * opacity));
    }
}
