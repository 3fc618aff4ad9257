package nl.kansenkaart.app.map;

/** The kinds of layer a park map can show, in their usual drawing order (bottom first). */
public enum MapLayer {
    GRID_OFFTAKE,
    GRID_FEED_IN,
    PLAN_AREA,
    /** The areas of the collective opportunities of the kansen analysis. */
    OPPORTUNITIES,
    BUILDINGS,
    ROOF_PARTS,
    UNITS,
    LABELS;

    /** The layer name a user reads in the layer list and legend. */
    public String dutchName() {
        return MapText.get("layer." + name());
    }
}
