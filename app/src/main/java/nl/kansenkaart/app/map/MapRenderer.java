package nl.kansenkaart.app.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Envelope;

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
            ScreenPaths paths = new ScreenPaths(viewport, Optional.of(content.simplified()));
            // A little margin so outlines of features just outside still reach into view.
            Envelope world = viewport.visibleWorld();
            world.expandBy(viewport.metresPerPixel() * 8);
            Optional<int[]> tags = Optional.empty();
            Optional<LayerStyle> tagStyle = Optional.empty();
            for (LayerStyle style : theme.layers()) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                if (viewport.metresPerPixel() / pixelScale > style.maxMetresPerPixel()) {
                    continue;
                }
                int[] visible = content.queryPositions(style.layer(), world);
                if (visible.length == 0) {
                    continue;
                }
                FlatLayer layer = content.flat(style.layer());
                if (layer.isPoints()) {
                    drawPoints(g2, paths, layer, visible, style, pixelScale);
                } else {
                    drawAreas(g2, paths, layer, visible, style, pixelScale);
                }
                if (style.layer() == MapLayer.OPPORTUNITIES) {
                    tags = Optional.of(visible);
                    tagStyle = Optional.of(style);
                }
            }
            // The numbers of the collective opportunities go on top of everything, buildings included.
            if (tags.isPresent() && !cancelled.getAsBoolean()) {
                CollectiveLabels.draw(
                        g2,
                        viewport,
                        paths,
                        content.simplified(),
                        content.flat(MapLayer.OPPORTUNITIES),
                        tags.get(),
                        tagStyle.get(),
                        pixelScale);
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
            Graphics2D g, ScreenPaths paths, FlatLayer layer, int[] visible, LayerStyle style, double pixelScale) {
        List<StyleClass> classes = style.classifier().classes();
        short[] classOf = layer.classes(style.classifier());
        int k = classes.size();
        Path2D.Float[] fills = new Path2D.Float[k];
        PixelBlocks[] tiny = new PixelBlocks[k];
        Path2D.Float[] classOutlines = new Path2D.Float[k];
        Path2D.Float outlines = new Path2D.Float(Path2D.WIND_NON_ZERO, 16 + 6 * visible.length);
        boolean outlined = style.stroke().getAlpha() > 0 && style.strokeWidthPx() > 0;
        boolean byClass = style.outlinesByClass();
        boolean anyTiny = false;
        // Each path sized for its class at once: growing a path of 100,000 buildings copies it ~10 times.
        int[] perClass = new int[k];
        for (int i : visible) {
            if (classOf[i] >= 0) {
                perClass[classOf[i]]++;
            }
        }
        for (int i : visible) {
            int c = classOf[i];
            if (c < 0) {
                continue;
            }
            boolean filled = classes.get(c).fill().getAlpha() > 0;
            double size = layer.sizeM(i) * paths.scale();
            if (size < TINY_PX && filled) {
                if (tiny[c] == null) {
                    tiny[c] = new PixelBlocks();
                }
                tiny[c].add(
                        paths.x((layer.minX(i) + layer.maxX(i)) / 2),
                        paths.y((layer.minY(i) + layer.maxY(i)) / 2),
                        size);
                anyTiny = true;
                continue;
            }
            if (filled) {
                if (fills[c] == null) {
                    fills[c] = new Path2D.Float(Path2D.WIND_NON_ZERO, 16 + 6 * perClass[c]);
                }
                paths.append(fills[c], layer, i);
            }
            if (byClass && size >= MIN_OUTLINED_PX) {
                if (classOutlines[c] == null) {
                    classOutlines[c] = new Path2D.Float();
                }
                paths.append(classOutlines[c], layer, i);
            } else if (outlined && size >= MIN_OUTLINED_PX) {
                paths.append(outlines, layer, i);
            }
        }
        // Fill in legend order so the drawing does not depend on the index's order.
        for (int c = 0; c < k; c++) {
            if (fills[c] != null) {
                g.setColor(layered(classes.get(c).fill(), style));
                g.fill(fills[c]);
            }
        }
        if (anyTiny) {
            Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            // Antialiasing a one-pixel block only blurs it, and costs a path per block.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            for (int c = 0; c < k; c++) {
                if (tiny[c] != null) {
                    g.setColor(layered(classes.get(c).fill(), style));
                    tiny[c].fill(g);
                }
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        }
        if (outlined) {
            g.setColor(layered(style.stroke(), style));
            g.setStroke(stroke(style.strokeWidthPx() * pixelScale));
            g.draw(outlines);
        }
        if (byClass) {
            for (int c = 0; c < k; c++) {
                if (classOutlines[c] != null) {
                    g.setStroke(stroke(
                            style.strokeWidthPx() * pixelScale, classes.get(c).dash()));
                    g.setColor(layered(style.outlineOf(classes.get(c)), style));
                    g.draw(classOutlines[c]);
                }
            }
        }
    }

    private static void drawPoints(
            Graphics2D g, ScreenPaths paths, FlatLayer layer, int[] visible, LayerStyle style, double pixelScale) {
        double r = style.pointRadiusPx() * pixelScale;
        List<StyleClass> classes = style.classifier().classes();
        short[] classOf = layer.classes(style.classifier());
        if (visible.length > MANY_POINTS) {
            drawManyPoints(g, paths, layer, visible, style, Math.max(1, Math.round(r)));
            return;
        }
        Path2D.Float[] symbols = new Path2D.Float[classes.size()];
        Ellipse2D.Double dot = new Ellipse2D.Double();
        for (int i : visible) {
            int c = classOf[i];
            if (c < 0) {
                continue;
            }
            dot.setFrame(paths.x(layer.minX(i)) - r, paths.y(layer.minY(i)) - r, 2 * r, 2 * r);
            if (symbols[c] == null) {
                symbols[c] = new Path2D.Float();
            }
            symbols[c].append(dot, false);
        }
        boolean outlined = style.stroke().getAlpha() > 0 && style.strokeWidthPx() > 0;
        g.setStroke(stroke(style.strokeWidthPx() * pixelScale));
        for (int c = 0; c < symbols.length; c++) {
            if (symbols[c] == null) {
                continue;
            }
            g.setColor(layered(classes.get(c).fill(), style));
            g.fill(symbols[c]);
            if (outlined) {
                g.setColor(layered(style.stroke(), style));
                g.draw(symbols[c]);
            }
        }
    }

    private static void drawManyPoints(
            Graphics2D g, ScreenPaths paths, FlatLayer layer, int[] visible, LayerStyle style, long sizePx) {
        List<StyleClass> classes = style.classifier().classes();
        short[] classOf = layer.classes(style.classifier());
        PixelBlocks[] blocks = new PixelBlocks[classes.size()];
        for (int i : visible) {
            int c = classOf[i];
            if (c >= 0) {
                if (blocks[c] == null) {
                    blocks[c] = new PixelBlocks();
                }
                blocks[c].add(paths.x(layer.minX(i)), paths.y(layer.minY(i)), sizePx);
            }
        }
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int c = 0; c < blocks.length; c++) {
            if (blocks[c] != null) {
                g.setColor(layered(classes.get(c).fill(), style));
                blocks[c].fill(g);
            }
        }
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

    /** The stroke of a class outline: solid, or dashed in proportion to its width. */
    public static BasicStroke stroke(double widthPx, StyleClass.Dash dash) {
        if (dash == StyleClass.Dash.SOLID) {
            return stroke(widthPx);
        }
        return new BasicStroke(
                (float) widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash.pattern(widthPx), 0f);
    }

    private static BasicStroke stroke(double widthPx) {
        // Round joins on a line of a pixel or less look the same as bevels but cost an arc per vertex.
        return widthPx <= 1.5
                ? new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL)
                : new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * A class colour with the layer's opacity folded into its alpha: the same pixels as an
     * AlphaComposite with that extra alpha (each fill and stroke is one call either way), without
     * the slower compositing loops.
     */
    private static Color layered(Color c, LayerStyle style) {
        return style.opacity() < 1f ? faded(c, style.opacity()) : c;
    }

    /** A colour's alpha multiplied by an opacity; handy for legends that mimic a layer. */
    public static Color faded(Color c, float opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(c.getAlpha() * opacity));
    }
}
