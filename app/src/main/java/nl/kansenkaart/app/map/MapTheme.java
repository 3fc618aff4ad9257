package nl.kansenkaart.app.map;

import java.util.List;
import java.util.Set;

/**
 * A map theme as data plus style: a name and the layer styles drawn bottom to top. The same theme
 * draws the workbench map and the printed map.
 *
 * @param name the Dutch theme name, used as map title ("Huidige situatie")
 * @param subtitle what the theme colours by, shown under the title ("panden naar functie")
 * @param layers the layer styles, bottom first
 */
public record MapTheme(String name, String subtitle, List<LayerStyle> layers) {

    public MapTheme {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("kaartthema zonder naam");
        }
        subtitle = subtitle == null ? "" : subtitle.strip();
        layers = List.copyOf(layers);
    }

    /** This theme without the given layers (the layers panel's visibility boxes). */
    public MapTheme without(Set<MapLayer> hidden) {
        return new MapTheme(
                name,
                subtitle,
                layers.stream().filter(l -> !hidden.contains(l.layer())).toList());
    }

    /** Whether the theme draws the given layer. */
    public boolean shows(MapLayer layer) {
        return layers.stream().anyMatch(l -> l.layer() == layer);
    }
}
