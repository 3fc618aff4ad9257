package nl.kansenkaart.app.map.print;

import nl.kansenkaart.app.map.LayerStyle;
import nl.kansenkaart.app.map.MapLayer;
import nl.kansenkaart.app.map.MapTheme;

/** Test helper: the outline colour the collective-kansen layer of a theme gives a class. */
final class AnalysisClassifiersAccess {
    private AnalysisClassifiersAccess() {}

    static int outline(MapTheme theme, String classKey) {
        LayerStyle layer = theme.layers().stream()
                .filter(l -> l.layer() == MapLayer.OPPORTUNITIES)
                .findFirst()
                .orElseThrow();
        var c = layer.classifier().classes().stream()
                .filter(k -> k.key().equals(classKey))
                .findFirst()
                .orElseThrow();
        return layer.outlineOf(c).getRGB();
    }
}
