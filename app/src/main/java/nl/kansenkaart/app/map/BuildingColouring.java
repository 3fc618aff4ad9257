package nl.kansenkaart.app.map;

/** What the buildings of the "Huidige situatie" theme are coloured by. */
public enum BuildingColouring {
    /** The main gebruiksdoel of the pand's units, by floor area. */
    FUNCTION,
    /** The bouwjaar class. */
    CONSTRUCTION_YEAR,
    /** The energy label class. */
    LABEL;

    /** What the map subtitle says this colouring shows, in Dutch. */
    public String dutchName() {
        return MapText.get("colouring." + name());
    }
}
