package nl.kansenkaart.app.map.print;

import java.text.NumberFormat;
import java.util.Locale;
import nl.kansenkaart.app.map.Viewport;
import org.locationtech.jts.geom.Envelope;

/** Picks a round map scale (1 : 5.000) at which an area fits a map frame, and the viewport for it. */
public final class PrintScale {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final double METRES_PER_INCH = 0.0254;

    /** The mantissas of the scales a map maker uses: 1 : 1.000, 1.250, 1.500, 2.000, 2.500 ... */
    private static final double[] STEPS = {1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5};

    private PrintScale() {}

    /** The smallest round scale denominator that is at least the given one. */
    public static long roundUp(double denominator) {
        if (!(denominator > 0) || !Double.isFinite(denominator)) {
            throw new IllegalArgumentException("ongeldige schaal 1 : " + denominator);
        }
        double power = Math.pow(10, Math.floor(Math.log10(denominator)));
        for (double step : STEPS) {
            if (step * power >= denominator * (1 - 1e-9)) {
                return Math.round(step * power);
            }
        }
        return Math.round(10 * power);
    }

    /**
     * The viewport showing the area centred in a frame at the round scale that fits it with a margin.
     *
     * @param world the area to show, RD metres
     * @param widthPx frame width in pixels
     * @param heightPx frame height in pixels
     * @param dpi pixels per inch of the output
     * @param insetPx free pixels kept inside the frame on every side
     */
    public static Viewport fit(Envelope world, int widthPx, int heightPx, double dpi, double insetPx) {
        Viewport tight = Viewport.fit(world, widthPx, heightPx, insetPx);
        long denominator = roundUp(tight.scaleDenominator(dpi));
        double metresPerPixel = denominator * METRES_PER_INCH / dpi;
        return new Viewport(tight.centerX(), tight.centerY(), metresPerPixel, widthPx, heightPx);
    }

    /** The scale of a viewport at a resolution, as "1 : 5.000". */
    public static String text(Viewport v, double dpi) {
        return "1 : " + NumberFormat.getIntegerInstance(DUTCH).format(Math.round(v.scaleDenominator(dpi)));
    }
}
