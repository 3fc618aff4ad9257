package nl.kansenkaart.app.map;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the world a map shows on a screen or page: world coordinates in RD New metres
 * (EPSG:28992, y north) mapped to pixels (y down). Immutable; every gesture makes a new one.
 *
 * @param centerX world x of the image centre in metres
 * @param centerY world y of the image centre in metres
 * @param metresPerPixel ground size of one pixel in metres, positive
 * @param widthPx image width in pixels, at least 1
 * @param heightPx image height in pixels, at least 1
 */
public record Viewport(double centerX, double centerY, double metresPerPixel, int widthPx, int heightPx) {

    /** Screen resolution assumed by {@link #scaleDenominator()}: the CSS pixel of 96 per inch. */
    public static final double SCREEN_DPI = 96.0;

    private static final double METRES_PER_INCH = 0.0254;

    public Viewport {
        if (!Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "ongeldig kaartmidden %.3f, %.3f", centerX, centerY));
        }
        if (!Double.isFinite(metresPerPixel) || metresPerPixel <= 0) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "ongeldige schaal %.6f m per pixel", metresPerPixel));
        }
        if (widthPx < 1 || heightPx < 1) {
            throw new IllegalArgumentException("ongeldige beeldgrootte " + widthPx + " x " + heightPx);
        }
    }

    /**
     * The viewport that shows the whole envelope inside the image, centred, with a margin.
     *
     * @param world the area to show, RD metres; an empty or degenerate one gets a 100 m minimum size
     * @param widthPx image width in pixels
     * @param heightPx image height in pixels
     * @param marginPx free pixels kept on every side (clamped so some image remains)
     */
    public static Viewport fit(Envelope world, int widthPx, int heightPx, double marginPx) {
        if (world.isNull()) {
            throw new IllegalArgumentException("kan niet inzoomen op een leeg gebied");
        }
        double margin = Math.max(0, Math.min(marginPx, Math.min(widthPx, heightPx) / 2.0 - 1));
        double usableW = Math.max(1, widthPx - 2 * margin);
        double usableH = Math.max(1, heightPx - 2 * margin);
        double w = Math.max(world.getWidth(), 100.0);
        double h = Math.max(world.getHeight(), 100.0);
        double mpp = Math.max(w / usableW, h / usableH);
        return new Viewport(world.centre().x, world.centre().y, mpp, widthPx, heightPx);
    }

    /** The transform from world metres to image pixels (y flipped). */
    public AffineTransform worldToScreen() {
        double s = 1.0 / metresPerPixel;
        AffineTransform t = new AffineTransform(s, 0, 0, -s, widthPx / 2.0, heightPx / 2.0);
        t.translate(-centerX, -centerY);
        return t;
    }

    /** The transform from image pixels to world metres. */
    public AffineTransform screenToWorld() {
        try {
            return worldToScreen().createInverse();
        } catch (NoninvertibleTransformException e) {
            // Cannot happen: the scale is checked positive in the constructor.
            throw new IllegalStateException(e);
        }
    }

    /** The pixel position of a world point. */
    public Point2D toScreen(double worldX, double worldY) {
        return new Point2D.Double(
                widthPx / 2.0 + (worldX - centerX) / metresPerPixel,
                heightPx / 2.0 - (worldY - centerY) / metresPerPixel);
    }

    /** The world point under a pixel position. */
    public Point2D toWorld(double screenX, double screenY) {
        return new Point2D.Double(
                centerX + (screenX - widthPx / 2.0) * metresPerPixel,
                centerY - (screenY - heightPx / 2.0) * metresPerPixel);
    }

    /** The world area the image covers. */
    public Envelope visibleWorld() {
        double halfW = widthPx / 2.0 * metresPerPixel;
        double halfH = heightPx / 2.0 * metresPerPixel;
        return new Envelope(centerX - halfW, centerX + halfW, centerY - halfH, centerY + halfH);
    }

    /**
     * Zooms by a factor while the world point under the given pixel stays under that pixel, as a
     * mouse wheel over the map expects.
     *
     * @param factor greater than 1 zooms in (things get bigger), less than 1 zooms out
     * @param screenX pixel x that stays fixed
     * @param screenY pixel y that stays fixed
     */
    public Viewport zoomAbout(double factor, double screenX, double screenY) {
        if (!Double.isFinite(factor) || factor <= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "ongeldige zoomfactor %.3f", factor));
        }
        Point2D fixed = toWorld(screenX, screenY);
        double mpp = metresPerPixel / factor;
        double cx = fixed.getX() - (screenX - widthPx / 2.0) * mpp;
        double cy = fixed.getY() + (screenY - heightPx / 2.0) * mpp;
        return new Viewport(cx, cy, mpp, widthPx, heightPx);
    }

    /**
     * Moves the map content by a number of pixels, as dragging does.
     *
     * @param dxPx pixels to the right the content moves
     * @param dyPx pixels down the content moves
     */
    public Viewport pan(double dxPx, double dyPx) {
        return new Viewport(
                centerX - dxPx * metresPerPixel, centerY + dyPx * metresPerPixel, metresPerPixel, widthPx, heightPx);
    }

    /** The same centre and scale on an image of another size (a resized window). */
    public Viewport resized(int newWidthPx, int newHeightPx) {
        return new Viewport(centerX, centerY, metresPerPixel, newWidthPx, newHeightPx);
    }

    /** The same view centred on another world point. */
    public Viewport centredOn(double worldX, double worldY) {
        return new Viewport(worldX, worldY, metresPerPixel, widthPx, heightPx);
    }

    /**
     * The map scale 1 : N when one pixel is shown at the given resolution.
     *
     * @param dpi pixels per inch of the output (96 for a screen, 300 for print)
     */
    public double scaleDenominator(double dpi) {
        return metresPerPixel * dpi / METRES_PER_INCH;
    }

    /** The map scale 1 : N on a screen of {@value #SCREEN_DPI} pixels per inch. */
    public double scaleDenominator() {
        return scaleDenominator(SCREEN_DPI);
    }
}
