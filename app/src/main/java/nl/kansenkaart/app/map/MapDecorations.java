package nl.kansenkaart.app.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a printed or exported map carries besides the layers: title, legend, scale bar, north arrow
 * and the source attribution. All sizes are at screen resolution and multiplied by a pixel scale
 * (dpi / 96) so an A3 map at 300 dpi looks like its screen preview.
 */
public final class MapDecorations {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Color PANEL = new Color(255, 255, 255, 225);
    private static final Color INK = new Color(33, 33, 33);
    private static final Color FRAME = new Color(150, 150, 150);

    private MapDecorations() {}

    /**
     * Draws title (top left), north arrow (top right), legend (bottom right above the
     * attribution), scale bar (bottom left) and attribution (bottom edge).
     *
     * @param title the map title, e.g. park name and theme
     * @param pixelScale dpi / 96
     */
    public static void drawAll(Graphics2D g, Viewport v, MapTheme theme, String title, double pixelScale) {
        Graphics2D g2 = prepare(g);
        try {
            double m = 12 * pixelScale;
            double attributionHeight = drawAttribution(g2, v, pixelScale);
            drawTitle(g2, title, theme.subtitle(), m, m, pixelScale);
            drawNorthArrow(g2, v.widthPx() - m - 26 * pixelScale, m, pixelScale);
            Rectangle2D legend = legendSize(g2, theme, pixelScale);
            drawLegend(
                    g2,
                    theme,
                    v.widthPx() - m - legend.getWidth(),
                    v.heightPx() - attributionHeight - m - legend.getHeight(),
                    pixelScale);
            drawScaleBar(g2, v, m, v.heightPx() - attributionHeight - m, pixelScale);
        } finally {
            g2.dispose();
        }
    }

    /** Draws the title and subtitle in a white box with its top-left corner at (x, y). */
    public static void drawTitle(Graphics2D g, String title, String subtitle, double x, double y, double pixelScale) {
        Font big = font(Font.BOLD, 18, pixelScale);
        Font small = font(Font.PLAIN, 13, pixelScale);
        FontMetrics fb = g.getFontMetrics(big);
        FontMetrics fs = g.getFontMetrics(small);
        double pad = 8 * pixelScale;
        double w = Math.max(fb.stringWidth(title), subtitle.isEmpty() ? 0 : fs.stringWidth(subtitle)) + 2 * pad;
        double h = fb.getHeight() + (subtitle.isEmpty() ? 0 : fs.getHeight()) + 2 * pad;
        panel(g, x, y, w, h, pixelScale);
        g.setColor(INK);
        g.setFont(big);
        g.drawString(title, (float) (x + pad), (float) (y + pad + fb.getAscent()));
        if (!subtitle.isEmpty()) {
            g.setFont(small);
            g.drawString(subtitle, (float) (x + pad), (float) (y + pad + fb.getHeight() + fs.getAscent()));
        }
    }

    /** The size the legend of this theme takes, for placing it. */
    public static Rectangle2D legendSize(Graphics2D g, MapTheme theme, double pixelScale) {
        return layoutLegend(g, theme, 0, 0, pixelScale, false);
    }

    /** Draws the legend box with its top-left corner at (x, y); returns the box. */
    public static Rectangle2D drawLegend(Graphics2D g, MapTheme theme, double x, double y, double pixelScale) {
        return layoutLegend(g, theme, x, y, pixelScale, true);
    }

    private static Rectangle2D layoutLegend(Graphics2D g, MapTheme theme, double x, double y, double s, boolean draw) {
        Font heading = font(Font.BOLD, 12, s);
        Font item = font(Font.PLAIN, 12, s);
        Font titleFont = font(Font.BOLD, 14, s);
        FontMetrics fh = g.getFontMetrics(heading);
        FontMetrics fi = g.getFontMetrics(item);
        FontMetrics ft = g.getFontMetrics(titleFont);
        double pad = 8 * s;
        double swatch = 14 * s;
        double gap = 6 * s;
        double row = Math.max(fi.getHeight(), swatch + 3 * s);
        // Top layers first: the legend reads from what lies on top of the map.
        List<LayerStyle> layers = new ArrayList<>(theme.layers());
        java.util.Collections.reverse(layers);
        double width = ft.stringWidth(MapText.get("decor.legend"));
        double height = ft.getHeight() + gap / 2;
        for (LayerStyle l : layers) {
            width = Math.max(width, fh.stringWidth(l.title()));
            height += fh.getHeight();
            for (StyleClass c : l.classifier().classes()) {
                width = Math.max(width, swatch + gap + fi.stringWidth(c.legendLabel()));
                height += row;
            }
            height += gap / 2;
        }
        Rectangle2D box = new Rectangle2D.Double(x, y, width + 2 * pad, height + 2 * pad);
        if (!draw) {
            return box;
        }
        panel(g, x, y, box.getWidth(), box.getHeight(), s);
        double cy = y + pad;
        g.setColor(INK);
        g.setFont(titleFont);
        g.drawString(MapText.get("decor.legend"), (float) (x + pad), (float) (cy + ft.getAscent()));
        cy += ft.getHeight() + gap / 2;
        for (LayerStyle l : layers) {
            g.setColor(INK);
            g.setFont(heading);
            g.drawString(l.title(), (float) (x + pad), (float) (cy + fh.getAscent()));
            cy += fh.getHeight();
            boolean point = l.pointRadiusPx() > 0;
            for (StyleClass c : l.classifier().classes()) {
                double sx = x + pad;
                double sy = cy + (row - swatch) / 2;
                swatch(g, l, c, sx, sy, swatch, point, s);
                g.setColor(INK);
                g.setFont(item);
                g.drawString(c.legendLabel(), (float) (sx + swatch + gap), (float)
                        (cy + (row - fi.getHeight()) / 2 + fi.getAscent()));
                cy += row;
            }
            cy += gap / 2;
        }
        return box;
    }

    private static void swatch(
            Graphics2D g, LayerStyle l, StyleClass c, double x, double y, double size, boolean point, double s) {
        var shape = point
                ? new Ellipse2D.Double(x + size * 0.2, y + size * 0.2, size * 0.6, size * 0.6)
                : new Rectangle2D.Double(x, y, size, size);
        g.setColor(MapRenderer.faded(c.fill(), l.opacity()));
        g.fill(shape);
        Color line = l.stroke().getAlpha() > 0 && l.strokeWidthPx() > 0 ? l.stroke() : FRAME;
        g.setColor(line);
        float width = c.fill().getAlpha() == 0 ? Math.max(1f, Math.min(l.strokeWidthPx(), 2.5f)) : 0.8f;
        g.setStroke(new BasicStroke((float) (width * s)));
        g.draw(shape);
    }

    /**
     * Draws a scale bar with its bottom-left corner at (x, y): a round length (1, 2 or 5 times a
     * power of ten) of at most about a fifth of the image width.
     */
    public static void drawScaleBar(Graphics2D g, Viewport v, double x, double y, double pixelScale) {
        double metres = niceLength(v.widthPx() / 5.0 * v.metresPerPixel());
        double lengthPx = metres / v.metresPerPixel();
        Font f = font(Font.PLAIN, 12, pixelScale);
        FontMetrics fm = g.getFontMetrics(f);
        double pad = 6 * pixelScale;
        double barH = 6 * pixelScale;
        String label = lengthText(metres);
        String scale = MessageFormat.format(MapText.get("decor.scale"), roundedScale(v, pixelScale));
        double w = lengthPx + fm.stringWidth(label) / 2.0 + 2 * pad + fm.stringWidth("0") / 2.0;
        w = Math.max(w, fm.stringWidth(scale) + 2 * pad);
        double h = fm.getHeight() * 2 + barH + 3 * pad;
        double top = y - h;
        panel(g, x, top, w, h, pixelScale);
        double bx = x + pad + fm.stringWidth("0") / 2.0;
        double by = top + pad + fm.getHeight();
        for (int i = 0; i < 4; i++) {
            g.setColor(i % 2 == 0 ? INK : Color.WHITE);
            g.fill(new Rectangle2D.Double(bx + i * lengthPx / 4, by, lengthPx / 4, barH));
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) pixelScale));
        g.draw(new Rectangle2D.Double(bx, by, lengthPx, barH));
        g.setFont(f);
        g.drawString("0", (float) (bx - fm.stringWidth("0") / 2.0), (float) (by - 2 * pixelScale));
        g.drawString(label, (float) (bx + lengthPx - fm.stringWidth(label) / 2.0), (float) (by - 2 * pixelScale));
        g.drawString(scale, (float) (x + pad), (float) (by + barH + pad + fm.getAscent()));
    }

    /** The scale denominator rounded to two significant digits, formatted the Dutch way ("1 : 2.500"). */
    private static String roundedScale(Viewport v, double pixelScale) {
        double d = v.scaleDenominator(Viewport.SCREEN_DPI * pixelScale);
        double p = Math.pow(10, Math.floor(Math.log10(d)) - 1);
        return NumberFormat.getIntegerInstance(DUTCH).format(Math.round(d / p) * p);
    }

    /** The largest 1, 2 or 5 times a power of ten that is not longer than the given length. */
    public static double niceLength(double maxMetres) {
        if (!(maxMetres > 0)) {
            throw new IllegalArgumentException("ongeldige lengte " + maxMetres);
        }
        double power = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= maxMetres * (1 + 1e-9)) {
                return step * power;
            }
        }
        return power;
    }

    /** "250 m", "1 km", "2,5 km" the Dutch way. */
    public static String lengthText(double metres) {
        NumberFormat nf = NumberFormat.getNumberInstance(DUTCH);
        nf.setMaximumFractionDigits(metres < 1 ? 2 : 1);
        return metres >= 1000 ? nf.format(metres / 1000) + " km" : nf.format(metres) + " m";
    }

    /** Draws a north arrow in a box with its top-left corner at (x, y); the map's north is up. */
    public static void drawNorthArrow(Graphics2D g, double x, double y, double pixelScale) {
        double w = 26 * pixelScale;
        double h = 42 * pixelScale;
        panel(g, x, y, w, h, pixelScale);
        Font f = font(Font.BOLD, 12, pixelScale);
        FontMetrics fm = g.getFontMetrics(f);
        String n = MapText.get("decor.north");
        g.setColor(INK);
        g.setFont(f);
        g.drawString(n, (float) (x + (w - fm.stringWidth(n)) / 2), (float) (y + 3 * pixelScale + fm.getAscent()));
        double cx = x + w / 2;
        double top = y + 5 * pixelScale + fm.getHeight();
        double bottom = y + h - 4 * pixelScale;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, top);
        left.lineTo(cx - 7 * pixelScale, bottom);
        left.lineTo(cx, bottom - 5 * pixelScale);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, top);
        right.lineTo(cx + 7 * pixelScale, bottom);
        right.lineTo(cx, bottom - 5 * pixelScale);
        right.closePath();
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) pixelScale));
        g.draw(right);
    }

    /** Draws the source attribution along the bottom edge; returns the height it took. */
    public static double drawAttribution(Graphics2D g, Viewport v, double pixelScale) {
        Font f = font(Font.PLAIN, 10, pixelScale);
        FontMetrics fm = g.getFontMetrics(f);
        String text = MapText.get("decor.attribution");
        double pad = 3 * pixelScale;
        double h = fm.getHeight() + 2 * pad;
        double w = fm.stringWidth(text) + 4 * pad;
        double x = v.widthPx() - w;
        double y = v.heightPx() - h;
        g.setColor(PANEL);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(INK);
        g.setFont(f);
        g.drawString(text, (float) (x + 2 * pad), (float) (y + pad + fm.getAscent()));
        return h;
    }

    private static void panel(Graphics2D g, double x, double y, double w, double h, double s) {
        var r = new RoundRectangle2D.Double(x, y, w, h, 6 * s, 6 * s);
        g.setColor(PANEL);
        g.fill(r);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke((float) s));
        g.draw(r);
    }

    private static Font font(int style, double sizePx, double s) {
        return MapFonts.of(style, sizePx * s);
    }

    private static Graphics2D prepare(Graphics2D g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g2;
    }
}
