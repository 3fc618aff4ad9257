package nl.kansenkaart.app.map;

import java.util.ResourceBundle;

/** The Dutch texts of maps (layer names, legend labels, attribution), from one resource bundle. */
public final class MapText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("nl.kansenkaart.app.map.MapMessages");

    private MapText() {}

    /** The text for a key; a missing key is a programming error and throws. */
    public static String get(String key) {
        return BUNDLE.getString(key);
    }
}
