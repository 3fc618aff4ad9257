package nl.kansenkaart.app.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.kansenkaart.core.kansen.CollectiveOpportunity;
import nl.kansenkaart.core.kansen.OpportunityType;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Numbered tags ("E3") on the outlines of the collective opportunities in view, so that a reader can
 * tell twenty overlapping hulls apart and find each in the legend and the workbook (its kind's code
 * and its number there). A tag sits on a corner of its own outline, the highest free one, and never
 * on another tag.
 */
public final class CollectiveLabels {
    /** Tag text size in pixels at screen resolution (scaled for print). */
    private static final double FONT_PX = 11;

    private final List<Rectangle2D> placed = new ArrayList<>();

    private CollectiveLabels() {}

    /** The one-letter map code of a collective kind: Z(on), E(nergiehub), L(abel C), B(esparen), W(armte). */
    public static String code(OpportunityType type) {
        return switch (type) {
            case COLLECTIVE_PV -> "Z";
            case ENERGY_HUB -> "E";
            case SHARED_LABEL_C -> "L";
            case COLLECTIVE_SAVING -> "B";
            case HEAT_EXCHANGE -> "W";
            default -> throw new IllegalArgumentException("geen collectieve kanssoort: " + type);
        };
    }

    /** The tag of one collective opportunity, e.g. "E3". */
    public static String tag(CollectiveOpportunity o) {
        return code(o.type()) + o.number();
    }

    /** Draws the tags of the visible collectives of a layer on top of the map. */
    static void draw(
            Graphics2D g,
            Viewport viewport,
            ScreenPaths paths,
            SimplifiedShapes simplified,
            FlatLayer layer,
            int[] visible,
            LayerStyle style,
            double pixelScale) {
        short[] classOf = layer.classes(style.classifier());
        List<StyleClass> classes = style.classifier().classes();
        List<Integer> order = new ArrayList<>();
        for (int i : visible) {
            if (classOf[i] >= 0 && layer.feature(i) instanceof MapFeature.CollectiveItem) {
                order.add(i);
            }
        }
        // Kind by kind, in number order: the same map always places its tags the same way.
        order.sort(Comparator.<Integer>comparingInt(i -> classOf[i])
                .thenComparingInt(i -> ((MapFeature.CollectiveItem) layer.feature(i))
                        .opportunity()
                        .number()));
        Font font = MapFonts.of(Font.BOLD, FONT_PX * pixelScale);
        FontMetrics fm = g.getFontMetrics(font);
        Rectangle2D frame = new Rectangle2D.Double(
                2 * pixelScale,
                2 * pixelScale,
                viewport.widthPx() - 4 * pixelScale,
                viewport.heightPx() - 4 * pixelScale);
        CollectiveLabels labels = new CollectiveLabels();
        for (int i : order) {
            CollectiveOpportunity o = ((MapFeature.CollectiveItem) layer.feature(i)).opportunity();
            Geometry shape = simplified.at(o.geometry(), viewport.metresPerPixel());
            String text = tag(o);
            double w = fm.stringWidth(text) + 6 * pixelScale;
            double h = fm.getAscent() + fm.getDescent() + 2 * pixelScale;
            labels.place(shape, paths, frame, w, h).ifPresent(box -> {
                Color colour = style.outlineOf(classes.get(classOf[i]));
                drawTag(g, box, text, colour, font, fm, pixelScale);
            });
        }
    }

    /** The box for a tag: on the highest corner of the outline where it is in view and free. */
    private java.util.Optional<Rectangle2D> place(
            Geometry shape, ScreenPaths paths, Rectangle2D frame, double w, double h) {
        List<double[]> corners = new ArrayList<>();
        Polygon largest = null;
        for (int p = 0; p < shape.getNumGeometries(); p++) {
            if (shape.getGeometryN(p) instanceof Polygon poly
                    && (largest == null || poly.getArea() > largest.getArea())) {
                largest = poly;
            }
        }
        Coordinate[] ring = largest != null ? largest.getExteriorRing().getCoordinates() : shape.getCoordinates();
        for (int k = 0; k < ring.length; k++) {
            corners.add(new double[] {paths.x(ring[k].x), paths.y(ring[k].y)});
            if (k + 1 < ring.length) {
                // Midpoints too: a hull of a few corners otherwise offers few free places.
                corners.add(
                        new double[] {paths.x((ring[k].x + ring[k + 1].x) / 2), paths.y((ring[k].y + ring[k + 1].y) / 2)
                        });
            }
        }
        corners.sort(Comparator.<double[]>comparingDouble(c -> c[1]).thenComparingDouble(c -> c[0]));
        Rectangle2D fallback = null;
        for (double[] c : corners) {
            Rectangle2D box = new Rectangle2D.Double(c[0] - w / 2, c[1] - h / 2, w, h);
            if (!frame.contains(box)) {
                continue;
            }
            if (fallback == null) {
                fallback = box;
            }
            if (placed.stream().noneMatch(b -> b.intersects(box))) {
                placed.add(box);
                return java.util.Optional.of(box);
            }
        }
        // Every corner taken: the tag still goes on, over another, rather than leave a hull unnamed.
        if (fallback != null) {
            placed.add(fallback);
        }
        return java.util.Optional.ofNullable(fallback);
    }

    private static void drawTag(
            Graphics2D g, Rectangle2D box, String text, Color colour, Font font, FontMetrics fm, double pixelScale) {
        double arc = 4 * pixelScale;
        RoundRectangle2D shape =
                new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), arc, arc);
        g.setColor(colour);
        g.fill(shape);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (1.2 * pixelScale)));
        g.draw(shape);
        g.setFont(font);
        g.drawString(text, (float) (box.getX() + (box.getWidth() - fm.stringWidth(text)) / 2), (float)
                (box.getY() + pixelScale + fm.getAscent()));
    }
}
