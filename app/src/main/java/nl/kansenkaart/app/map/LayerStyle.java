package nl.kansenkaart.app.map;

import java.awt.Color;
import java.util.Locale;

/**
 * How one layer is drawn: its classifier (fill per class, with a legend label), an outline and an
 * opacity for the whole layer.
 *
 * @param layer which layer of the map content
 * @param title the Dutch heading of this layer in the legend
 * @param classifier feature to class; unclassified features are not drawn
 * @param stroke outline colour; alpha 0 for none; {@link #CLASS_COLOUR} outlines each class in its
 *     own fill colour made opaque
 * @param strokeWidthPx outline width in pixels at screen resolution (scaled for print)
 * @param opacity 0..1 applied on top of the class colours
 * @param pointRadiusPx radius of point symbols in pixels at screen resolution
 * @param maxMetresPerPixel the layer is drawn only when zoomed in at least this far (ground metres
 *     per screen pixel); {@code Double.POSITIVE_INFINITY} for always
 */
public record LayerStyle(
        MapLayer layer,
        String title,
        Classifier classifier,
        Color stroke,
        float strokeWidthPx,
        float opacity,
        float pointRadiusPx,
        double maxMetresPerPixel) {

    /** The stroke that outlines each class in its own (opaque) colour, e.g. overlapping areas. */
    public static final Color CLASS_COLOUR = new Color(1, 2, 3, 0);

    public LayerStyle {
        if (layer == null || classifier == null || stroke == null) {
            throw new IllegalArgumentException("laagstijl onvolledig");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("laagstijl voor " + layer + " zonder titel");
        }
        if (!(maxMetresPerPixel > 0)) {
            throw new IllegalArgumentException(
                    "ongeldige zichtbaarheidsschaal voor " + layer + ": " + maxMetresPerPixel);
        }
        if (!(strokeWidthPx >= 0) || !(opacity >= 0 && opacity <= 1) || !(pointRadiusPx >= 0)) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "ongeldige laagstijl voor %s: lijn %.2f px, dekking %.2f, punt %.2f px",
                    layer,
                    strokeWidthPx,
                    opacity,
                    pointRadiusPx));
        }
    }

    /** A style visible at every scale. */
    public LayerStyle(
            MapLayer layer,
            String title,
            Classifier classifier,
            Color stroke,
            float strokeWidthPx,
            float opacity,
            float pointRadiusPx) {
        this(layer, title, classifier, stroke, strokeWidthPx, opacity, pointRadiusPx, Double.POSITIVE_INFINITY);
    }

    /** Whether each class gets its own outline colour instead of the layer's stroke. */
    public boolean outlinesByClass() {
        return stroke.equals(CLASS_COLOUR) && strokeWidthPx > 0;
    }

    /** The outline colour of a class: the class colour made opaque, or the layer's stroke. */
    public Color outlineOf(StyleClass c) {
        return outlinesByClass() ? new Color(c.fill().getRGB() | 0xFF000000, true) : stroke;
    }

    /** This style at another opacity (the layers panel's slider). */
    public LayerStyle withOpacity(float newOpacity) {
        return new LayerStyle(
                layer, title, classifier, stroke, strokeWidthPx, newOpacity, pointRadiusPx, maxMetresPerPixel);
    }
}
