package nl.kansenkaart.app.gui;

import javafx.scene.paint.Color;

/** Converts the renderer's AWT colours to JavaFX colours for legends. */
final class FxColors {
    private FxColors() {}

    static Color of(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
