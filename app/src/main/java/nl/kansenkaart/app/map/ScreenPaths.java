package nl.kansenkaart.app.map;

import java.awt.geom.Path2D;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Appends JTS geometries to a Java2D path in pixel coordinates, straight from the coordinate
 * sequences: no per-feature Shape objects, and vertices closer than a fraction of a pixel are
 * dropped, so a zoomed-out map of 100,000 buildings stays cheap.
 */
final class ScreenPaths {
    /**
     * Vertices closer than this to the previous one (in pixels, Manhattan) are skipped: under a pixel
     * the eye cannot tell, and it halves the path of finely curved areas (grid areas of a few hundred
     * vertices) at park scale.
     */
    private static final double MIN_STEP_PX = 1.0;

    /** Polygons smaller than this on screen (pixels) become one pixel square. */
    private static final double SUB_PIXEL_PX = 1.5;

    private final double scale;
    private final double offsetX;
    private final double offsetY;
    private final double metresPerPixel;
    private final Optional<SimplifiedShapes> simplified;

    /** Pixel x = worldX * scale + offsetX; pixel y = -worldY * scale + offsetY. */
    ScreenPaths(Viewport v) {
        this(v, Optional.empty());
    }

    /** As {@link #ScreenPaths(Viewport)}, drawing large geometries from their cached simplification. */
    ScreenPaths(Viewport v, Optional<SimplifiedShapes> simplified) {
        this.simplified = simplified;
        this.metresPerPixel = v.metresPerPixel();
        this.scale = 1.0 / v.metresPerPixel();
        this.offsetX = v.widthPx() / 2.0 - v.centerX() * scale;
        this.offsetY = v.heightPx() / 2.0 + v.centerY() * scale;
    }

    double x(double worldX) {
        return worldX * scale + offsetX;
    }

    double y(double worldY) {
        return -worldY * scale + offsetY;
    }

    /** Pixels per metre. */
    double scale() {
        return scale;
    }

    /**
     * Appends feature i of a flat layer: from its arrays when it has them, else from its geometry.
     * The same path as {@link #append} would give for the feature's geometry.
     */
    void append(Path2D.Float path, FlatLayer layer, int i) {
        if (!layer.isFlat(i)) {
            append(path, layer.feature(i).geometry());
            return;
        }
        if (layer.sizeM(i) * scale < SUB_PIXEL_PX) {
            subPixel(path, (layer.minX(i) + layer.maxX(i)) / 2, (layer.minY(i) + layer.maxY(i)) / 2);
            return;
        }
        for (int r = layer.firstRing(i); r < layer.endRing(i); r++) {
            int from = layer.ringStart(r);
            int to = layer.ringStart(r + 1);
            if (to == from) {
                continue;
            }
            double lastX = x(layer.x(from));
            double lastY = y(layer.y(from));
            path.moveTo(lastX, lastY);
            for (int v = from + 1; v < to; v++) {
                double px = x(layer.x(v));
                double py = y(layer.y(v));
                if (v == to - 1 || Math.abs(px - lastX) + Math.abs(py - lastY) >= MIN_STEP_PX) {
                    path.lineTo(px, py);
                    lastX = px;
                    lastY = py;
                }
            }
            path.closePath();
        }
    }

    /** The larger side of the geometry's bounding box in pixels. */
    double sizePx(Geometry g) {
        var e = g.getEnvelopeInternal();
        return Math.max(e.getWidth(), e.getHeight()) * scale;
    }

    /**
     * Appends the rings of a (multi)polygon, or the lines of a (multi)linestring. Holes are emitted
     * against their shell's direction so the non-zero winding rule cuts them out.
     */
    void append(Path2D.Float path, Geometry g) {
        appendExact(path, simplified.isPresent() ? simplified.get().at(g, metresPerPixel) : g);
    }

    private void appendExact(Path2D.Float path, Geometry g) {
        if (g instanceof Polygon p) {
            appendPolygon(path, p);
        } else if (g instanceof LineString l) {
            appendRing(path, l.getCoordinateSequence(), false, false);
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g) {
                    appendExact(path, part);
                }
            }
        }
    }

    private void appendPolygon(Path2D.Float path, Polygon p) {
        CoordinateSequence shell = p.getExteriorRing().getCoordinateSequence();
        if (sizePx(p) < SUB_PIXEL_PX) {
            var e = p.getEnvelopeInternal();
            subPixel(path, (e.getMinX() + e.getMaxX()) / 2, (e.getMinY() + e.getMaxY()) / 2);
            return;
        }
        appendRing(path, shell, true, false);
        if (p.getNumInteriorRing() > 0) {
            boolean shellCcw = Orientation.isCCW(shell);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                CoordinateSequence hole = p.getInteriorRingN(i).getCoordinateSequence();
                appendRing(path, hole, true, Orientation.isCCW(hole) == shellCcw);
            }
        }
    }

    /** A sub-pixel building as one pixel square: visible, without walking its vertices. */
    private void subPixel(Path2D.Float path, double worldX, double worldY) {
        float cx = (float) x(worldX);
        float cy = (float) y(worldY);
        path.moveTo(cx - 0.5f, cy - 0.5f);
        path.lineTo(cx + 0.5f, cy - 0.5f);
        path.lineTo(cx + 0.5f, cy + 0.5f);
        path.lineTo(cx - 0.5f, cy + 0.5f);
        path.closePath();
    }

    private void appendRing(Path2D.Float path, CoordinateSequence seq, boolean close, boolean reverse) {
        int n = seq.size();
        if (n == 0) {
            return;
        }
        int first = reverse ? n - 1 : 0;
        int step = reverse ? -1 : 1;
        double lastX = x(seq.getX(first));
        double lastY = y(seq.getY(first));
        path.moveTo(lastX, lastY);
        for (int k = 1; k < n; k++) {
            int i = first + k * step;
            double px = x(seq.getX(i));
            double py = y(seq.getY(i));
            boolean lastVertex = k == n - 1;
            if (lastVertex || Math.abs(px - lastX) + Math.abs(py - lastY) >= MIN_STEP_PX) {
                path.lineTo(px, py);
                lastX = px;
                lastY = py;
            }
        }
        if (close) {
            path.closePath();
        }
    }
}
