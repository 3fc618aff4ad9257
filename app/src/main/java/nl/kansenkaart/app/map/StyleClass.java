package nl.kansenkaart.app.map;

import java.awt.Color;

/**
 * One class of a thematic layer: the colour its features get and the line the legend shows.
 *
 * @param key a stable code for tests and the layer list ("kantoor", "label-C")
 * @param fill the fill (or point) colour; alpha 0 draws the outline only
 * @param legendLabel the Dutch legend text
 */
public record StyleClass(String key, Color fill, String legendLabel) {

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
    }

    /** Parses "#rrggbb" into a colour with the given opacity (0..1). */
    public static Color hex(String rrggbb, double opacity) {
        Color c = Color.decode(rrggbb);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * opacity));
    }
}
