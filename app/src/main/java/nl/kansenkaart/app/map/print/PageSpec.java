package nl.kansenkaart.app.map.print;

import java.util.Locale;

/**
 * A page to draw a map on: its size in millimetres and the resolution its pixels are made at. All
 * page elements are sized in millimetres and points and converted with {@link #px(double)} and
 * {@link #ptPx(double)}, so an A4 and an A3 page look alike at any resolution.
 *
 * @param name the name in file names and the scale note ("A3", "scherm")
 * @param widthMm page width in millimetres
 * @param heightMm page height in millimetres
 * @param dpi pixels per inch of the raster version (and of the PDF's drawing units)
 * @param paper whether this is a sheet of paper (the scale holds on paper) or a screen
 */
public record PageSpec(String name, double widthMm, double heightMm, double dpi, boolean paper) {
    private static final double MM_PER_INCH = 25.4;

    /** A4 landscape at 300 dpi: 3508 x 2480 pixels. */
    public static final PageSpec A4 = new PageSpec("A4", 297, 210, 300, true);

    /** A3 landscape at 300 dpi: 4961 x 3508 pixels. */
    public static final PageSpec A3 = new PageSpec("A3", 420, 297, 300, true);

    /** Full HD screen or projector: 1920 x 1080 pixels at 96 dpi. */
    public static final PageSpec SCREEN = screen(1920, 1080);

    public PageSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("paginaformaat zonder naam");
        }
        if (!(widthMm >= 50 && heightMm >= 50 && widthMm <= 5000 && heightMm <= 5000)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "ongeldig paginaformaat %s: %.1f x %.1f mm", name, widthMm, heightMm));
        }
        if (!(dpi >= 36 && dpi <= 1200)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "ongeldige resolutie %.1f dpi voor %s", dpi, name));
        }
    }

    /** A screen-sized page of the given pixels at 96 dpi. */
    public static PageSpec screen(int widthPx, int heightPx) {
        return new PageSpec("scherm", widthPx * MM_PER_INCH / 96, heightPx * MM_PER_INCH / 96, 96, false);
    }

    /** Page width in pixels. */
    public int widthPx() {
        return (int) Math.round(widthMm / MM_PER_INCH * dpi);
    }

    /** Page height in pixels. */
    public int heightPx() {
        return (int) Math.round(heightMm / MM_PER_INCH * dpi);
    }

    /** Pixels for a length in millimetres. */
    public double px(double mm) {
        return mm / MM_PER_INCH * dpi;
    }

    /** Pixels for a font size or line width in points (1/72 inch). */
    public double ptPx(double points) {
        return points / 72 * dpi;
    }

    /** The renderer's pixel scale: line widths and symbols are given for a 96 dpi screen. */
    public double pixelScale() {
        return dpi / 96;
    }

    /** Page width in PDF points. */
    public float widthPt() {
        return (float) (widthMm / MM_PER_INCH * 72);
    }

    /** Page height in PDF points. */
    public float heightPt() {
        return (float) (heightMm / MM_PER_INCH * 72);
    }
}
