package nl.kansenkaart.app.map.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.kansenkaart.app.map.CollectiveLabels;
import nl.kansenkaart.app.map.LayerStyle;
import nl.kansenkaart.app.map.MapDecorations;
import nl.kansenkaart.app.map.MapFeature;
import nl.kansenkaart.app.map.MapFonts;
import nl.kansenkaart.app.map.MapLayer;
import nl.kansenkaart.app.map.MapRenderer;
import nl.kansenkaart.app.map.MapText;
import nl.kansenkaart.app.map.StyleClass;
import nl.kansenkaart.app.map.Viewport;
import nl.kansenkaart.core.kansen.CollectiveOpportunity;

/**
 * Draws the side panel of a printed map: title block at the top; north arrow, scale bar, scale and
 * sources at the bottom; the legend in between, shrunk (down to a floor) when a theme has more
 * classes than the page has room for. Sizes are millimetres and points of the page.
 */
final class SidePanel {
    static final Color INK = new Color(33, 33, 33);
    private static final Color MUTED = new Color(95, 95, 95);
    private static final Color RULE = new Color(20, 40, 120);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    /** The legend is never set smaller than this share of its normal size (9 pt becomes 6.3 pt). */
    private static final double MIN_LEGEND_SHRINK = 0.7;

    private final Graphics2D g;
    private final PageSpec spec;
    private final Rectangle panel;

    SidePanel(Graphics2D g, PageSpec spec, Rectangle panel) {
        this.g = g;
        this.spec = spec;
        this.panel = panel;
    }

    /** Draws everything and returns the box the legend took. */
    Rectangle2D draw(MapSheet sheet, Viewport viewport) {
        double top = drawTitle(sheet);
        double bottom = drawFooter(sheet, viewport);
        double available = bottom - top - spec.px(4);
        double shrink = 1.0;
        while (shrink > MIN_LEGEND_SHRINK
                && legend(sheet, top, shrink, false, bottom).getHeight() > available) {
            shrink -= 0.05;
        }
        return legend(sheet, top, Math.max(shrink, MIN_LEGEND_SHRINK), true, bottom);
    }

    private double drawTitle(MapSheet sheet) {
        double x = panel.x;
        double width = panel.width;
        double y = panel.y;
        Font park = font(Font.BOLD, 18);
        y = text(wrap(sheet.parkName(), park, width), park, INK, x, y);
        y += spec.px(1);
        Font theme = font(Font.BOLD, 13);
        y = text(wrap(sheet.theme().name(), theme, width), theme, RULE, x, y);
        Font small = font(Font.PLAIN, 9);
        if (!sheet.theme().subtitle().isEmpty()) {
            y = text(wrap(sheet.theme().subtitle(), small, width), small, MUTED, x, y);
        }
        var park0 = sheet.content().snapshot().park();
        String where = "Gemeente " + park0.municipality() + ", RIN-nummer " + park0.id();
        y = text(wrap(where, small, width), small, MUTED, x, y);
        y = text(List.of(DATE.format(sheet.date())), small, MUTED, x, y);
        y += spec.px(2);
        g.setColor(RULE);
        g.setStroke(new BasicStroke((float) spec.ptPx(1.2)));
        g.draw(new Line2D.Double(x, y, x + width, y));
        return y + spec.px(4);
    }

    /** Draws north arrow, scale bar, scale and sources from the panel's bottom up; returns their top. */
    private double drawFooter(MapSheet sheet, Viewport viewport) {
        double x = panel.x;
        double width = panel.width;
        Font note = font(Font.PLAIN, 7);
        List<String> sources = wrap(sheet.attribution(), note, width);
        double sourcesHeight = sources.size() * lineHeight(note);
        double sourcesTop = panel.getMaxY() - sourcesHeight;
        text(sources, note, MUTED, x, sourcesTop);

        Font label = font(Font.PLAIN, 9);
        String scale = "Schaal " + PrintScale.text(viewport, spec.dpi())
                + (spec.paper() ? " (op " + spec.name() + ")" : " (op het scherm)");
        double scaleTop = sourcesTop - spec.px(2) - lineHeight(label);
        text(List.of(scale), label, INK, x, scaleTop);

        double arrowW = spec.px(9);
        double arrowH = spec.px(15);
        double rowTop = scaleTop - spec.px(2) - arrowH;
        drawNorthArrow(x, rowTop, arrowW, arrowH);
        double barX = x + arrowW + spec.px(6);
        double maxBarPx = x + width - barX - spec.px(8);
        drawScaleBar(viewport, barX, rowTop + arrowH - spec.px(3), maxBarPx);

        double top = rowTop - spec.px(3);
        g.setColor(new Color(200, 200, 200));
        g.setStroke(new BasicStroke((float) spec.ptPx(0.5)));
        g.draw(new Line2D.Double(x, top, x + width, top));
        return top;
    }

    private void drawNorthArrow(double x, double y, double w, double h) {
        Font f = font(Font.BOLD, 11);
        FontMetrics fm = g.getFontMetrics(f);
        g.setFont(f);
        g.setColor(INK);
        g.drawString("N", (float) (x + (w - fm.stringWidth("N")) / 2), (float) (y + fm.getAscent()));
        double cx = x + w / 2;
        double tip = y + fm.getHeight();
        double base = y + h;
        double half = w * 0.38;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, tip);
        left.lineTo(cx - half, base);
        left.lineTo(cx, base - h * 0.18);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, tip);
        right.lineTo(cx + half, base);
        right.lineTo(cx, base - h * 0.18);
        right.closePath();
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) spec.ptPx(0.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(left);
        g.draw(right);
    }

    /** A bar of a round length (1, 2 or 5 times a power of ten) with its bottom-left at (x, bottom). */
    private void drawScaleBar(Viewport v, double x, double bottom, double maxPx) {
        double metres = MapDecorations.niceLength(maxPx * v.metresPerPixel());
        double lengthPx = metres / v.metresPerPixel();
        double barH = spec.px(2);
        double y = bottom - barH;
        for (int i = 0; i < 4; i++) {
            g.setColor(i % 2 == 0 ? INK : Color.WHITE);
            g.fill(new Rectangle2D.Double(x + i * lengthPx / 4, y, lengthPx / 4, barH));
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) spec.ptPx(0.6)));
        g.draw(new Rectangle2D.Double(x, y, lengthPx, barH));
        Font f = font(Font.PLAIN, 8);
        FontMetrics fm = g.getFontMetrics(f);
        g.setFont(f);
        float labelY = (float) (y - spec.px(1));
        g.drawString("0", (float) (x - fm.stringWidth("0") / 2.0), labelY);
        String half = MapDecorations.lengthText(metres / 2);
        g.drawString(half, (float) (x + lengthPx / 2 - fm.stringWidth(half) / 2.0), labelY);
        String end = MapDecorations.lengthText(metres);
        g.drawString(end, (float) (x + lengthPx - fm.stringWidth(end) / 2.0), labelY);
    }

    /** Lays out (and when asked draws) the legend from the given top; returns its box. */
    private Rectangle2D legend(MapSheet sheet, double top, double s, boolean draw, double bottom) {
        double x = panel.x;
        Font heading = font(Font.BOLD, 11 * s);
        Font layerFont = font(Font.BOLD, 9 * s);
        Font item = font(Font.PLAIN, 9 * s);
        double swatchW = spec.px(6 * s);
        double swatchH = spec.px(4 * s);
        double row = Math.max(lineHeight(item), swatchH + spec.px(1.2 * s));
        double y = top;
        if (draw) {
            text(List.of("Legenda"), heading, INK, x, y);
        }
        y += lineHeight(heading) + spec.px(1.5 * s);
        // Top layers first: the legend reads from what lies on top of the map.
        List<LayerStyle> layers = new ArrayList<>(sheet.theme().layers());
        Collections.reverse(layers);
        for (LayerStyle l : layers) {
            if (!sheet.content().draws(l)) {
                // A group for nothing on this map (no PC6 grid data, no panels) would only mislead.
                continue;
            }
            if (draw) {
                text(List.of(l.title()), layerFont, INK, x, y);
            }
            y += lineHeight(layerFont);
            double textX = x + spec.px(1) + swatchW + spec.px(3 * s);
            for (StyleClass c : l.classifier().classes()) {
                // Long labels wrap under themselves rather than run off the page.
                List<String> wrapped = wrap(c.legendLabel(), item, panel.getMaxX() - textX);
                double height = row + (wrapped.size() - 1) * lineHeight(item);
                if (draw) {
                    swatch(l, c, x + spec.px(1), y + (row - swatchH) / 2, swatchW, swatchH);
                    FontMetrics fm = g.getFontMetrics(item);
                    text(wrapped, item, INK, textX, y + (row - fm.getHeight()) / 2);
                }
                y += height;
            }
            y += spec.px(2 * s);
        }
        if (sheet.theme().shows(MapLayer.OPPORTUNITIES)) {
            y = collectiveTable(sheet, x, y, s, draw, bottom - spec.px(2));
        }
        return new Rectangle2D.Double(x, top, panel.width, y - top);
    }

    /**
     * The key to the numbers on the map: one row per collective opportunity (its tag, members,
     * companies and main figure), as far as the page has room; the rest is in the workbook.
     */
    private double collectiveTable(MapSheet sheet, double x, double top, double s, boolean draw, double bottom) {
        List<CollectiveOpportunity> all = sheet.content().features(MapLayer.OPPORTUNITIES).stream()
                .filter(f -> f instanceof MapFeature.CollectiveItem)
                .map(f -> ((MapFeature.CollectiveItem) f).opportunity())
                .toList();
        if (all.isEmpty()) {
            return top;
        }
        Font heading = font(Font.BOLD, 9 * s);
        Font item = font(Font.PLAIN, 8 * s);
        Font tagFont = font(Font.BOLD, 8 * s);
        double row = lineHeight(item);
        double y = top;
        if (draw) {
            text(List.of(MapText.get("tags.heading")), heading, INK, x, y);
        }
        y += lineHeight(heading);
        double tagWidth = g.getFontMetrics(tagFont).stringWidth("E00") + spec.px(2 * s);
        for (int i = 0; i < all.size(); i++) {
            // Room for this row and, when more follow, the line that says where the rest is.
            boolean last = i == all.size() - 1;
            if (y + row * (last ? 1 : 2) > bottom) {
                if (draw) {
                    String rest = MessageFormat.format(MapText.get("tags.more"), all.size() - i);
                    text(wrap(rest, item, panel.width), item, MUTED, x, y);
                }
                return y + row;
            }
            CollectiveOpportunity o = all.get(i);
            if (draw) {
                text(List.of(CollectiveLabels.tag(o)), tagFont, INK, x + spec.px(1), y);
                text(List.of(summary(o)), item, INK, x + spec.px(1) + tagWidth, y);
            }
            y += row;
        }
        return y + spec.px(2 * s);
    }

    private static String summary(CollectiveOpportunity o) {
        int companies = o.companies().size();
        StringBuilder b = new StringBuilder(
                MessageFormat.format(MapText.get("tags.buildings"), o.members().size()));
        if (companies > 0) {
            b.append(", ").append(MessageFormat.format(MapText.get("tags.companies"), companies));
        }
        java.text.NumberFormat n = java.text.NumberFormat.getIntegerInstance(DUTCH);
        if (o.impact().peakPowerKwp() >= 1) {
            b.append(", ")
                    .append(MessageFormat.format(
                            MapText.get("tags.kwp"),
                            n.format(Math.round(o.impact().peakPowerKwp()))));
        } else if (o.impact().energyMwhPerYear() >= 1) {
            b.append(", ")
                    .append(MessageFormat.format(
                            MapText.get("tags.mwh"),
                            n.format(Math.round(o.impact().energyMwhPerYear()))));
        }
        return b.toString();
    }

    private void swatch(LayerStyle l, StyleClass c, double x, double y, double w, double h) {
        boolean point = l.pointRadiusPx() > 0;
        var shape = point
                ? new Ellipse2D.Double(x + (w - h * 0.8) / 2, y + h * 0.1, h * 0.8, h * 0.8)
                : new Rectangle2D.Double(x, y, w, h);
        if (c.fill().getAlpha() > 0) {
            g.setColor(MapRenderer.faded(c.fill(), l.opacity()));
            g.fill(shape);
        }
        boolean outlined = (l.stroke().getAlpha() > 0 || l.outlinesByClass()) && l.strokeWidthPx() > 0;
        g.setColor(outlined ? l.outlineOf(c) : new Color(150, 150, 150));
        // Outlined classes show their line as drawn on the map; filled ones get a hairline.
        boolean lineShown = c.fill().getAlpha() == 0 || l.outlinesByClass();
        double width = lineShown ? Math.min(l.strokeWidthPx(), 2.5) * spec.pixelScale() : spec.ptPx(0.4);
        g.setStroke(
                lineShown && l.outlinesByClass()
                        ? MapRenderer.stroke(width, c.dash())
                        : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    /** Draws lines from a top y; returns the y below them. */
    private double text(List<String> lines, Font f, Color colour, double x, double top) {
        FontMetrics fm = g.getFontMetrics(f);
        g.setFont(f);
        g.setColor(colour);
        double y = top;
        for (String line : lines) {
            g.drawString(line, (float) x, (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
        return y;
    }

    private double lineHeight(Font f) {
        return g.getFontMetrics(f).getHeight();
    }

    /** Breaks a text at spaces into lines no wider than the width (a long word gets its own line). */
    List<String> wrap(String text, Font f, double width) {
        FontMetrics fm = g.getFontMetrics(f);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private Font font(int style, double points) {
        return MapFonts.of(style, spec.ptPx(points));
    }
}
