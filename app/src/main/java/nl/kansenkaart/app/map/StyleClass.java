package nl.kansenkaart.app.map;

import java.awt.Color;

/**
 * One class of a thematic layer: the colour its features get and the line the legend shows.
 *
 * @param key a stable code for tests and the layer list ("kantoor", "label-C")
 * @param fill the fill (or point) colour; alpha 0 draws the outline only
 * @param legendLabel the Dutch legend text
 * @param dash how the class's outline is drawn when its layer outlines per class
 */
public record StyleClass(String key, Color fill, String legendLabel, Dash dash) {

    /**
     * Line patterns that tell overlapping outlines apart where colour alone does not (a grey print,
     * a colour-blind reader, five kinds of collective opportunity over one another).
     */
    public enum Dash {
        SOLID(new float[0]),
        DASHED(new float[] {6, 3}),
        DOTTED(new float[] {1.2f, 2.4f}),
        DASH_DOT(new float[] {7, 2.5f, 1.5f, 2.5f}),
        LONG_DASH(new float[] {12, 4});

        private final float[] onOffPerWidth;

        Dash(float[] onOffPerWidth) {
            this.onOffPerWidth = onOffPerWidth;
        }

        /** The on/off lengths for a line of this width (they scale with it); empty for a solid line. */
        public float[] pattern(double lineWidthPx) {
            float[] p = onOffPerWidth.clone();
            for (int i = 0; i < p.length; i++) {
                p[i] *= (float) Math.max(lineWidthPx, 1.0);
            }
            return p;
        }
    }

    /** A class with a solid outline. */
    public StyleClass(String key, Color fill, String legendLabel) {
        this(key, fill, legendLabel, Dash.SOLID);
    }

    public StyleClass {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("stijlklasse zonder sleutel");
        }
        if (fill == null) {
            throw new IllegalArgumentException("stijlklasse " + key + " zonder kleur");
        }
        if (legendLabel == null || legendLabel.isBlank()) {
            throw new IllegalArgumentException("stijlklasse " + key + " zonder legendatekst");
        }
        if (dash == null) {
            throw new IllegalArgumentException("stijlklasse " + key + " zonder lijnsoort");
        }
    }

    /** Parses "#rrggbb" into a colour with the given opacity (0..1). */
    public static Color hex(String rrggbb, double opacity) {
        Color c = Color.decode(rrggbb);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * opacity));
    }
}
