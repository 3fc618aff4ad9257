package nl.kansenkaart.app.gui;

import java.util.Optional;
import nl.kansenkaart.app.map.BuildingColouring;

/**
 * What the map shows: "Huidige situatie" with one of its building colourings, or "Kansen en
 * uitdagingen". The order is the presentation's order of themes.
 */
public enum MapChoice {
    /** Huidige situatie, panden naar hoofdfunctie. */
    FUNCTION(BuildingColouring.FUNCTION),
    /** Huidige situatie, panden naar bouwjaar. */
    CONSTRUCTION_YEAR(BuildingColouring.CONSTRUCTION_YEAR),
    /** Kansen en uitdagingen: solar potential, kansen, label-C task and feed-in congestion. */
    OPPORTUNITIES(null),
    /** Huidige situatie, panden naar energielabel. */
    LABEL(BuildingColouring.LABEL);

    private final BuildingColouring colouring;

    MapChoice(BuildingColouring colouring) {
        this.colouring = colouring;
    }

    /** The building colouring of "Huidige situatie"; empty for the kansen theme. */
    public Optional<BuildingColouring> colouring() {
        return Optional.ofNullable(colouring);
    }

    /** The choice that shows "Huidige situatie" coloured this way. */
    public static MapChoice of(BuildingColouring colouring) {
        for (MapChoice c : values()) {
            if (c.colouring == colouring) {
                return c;
            }
        }
        throw new IllegalArgumentException("onbekende kleuring " + colouring);
    }
}
