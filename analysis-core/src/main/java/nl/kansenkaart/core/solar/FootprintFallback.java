package nl.kansenkaart.core.solar;

/** Why the roof-part method fell back to the footprint for a building. */
public enum FootprintFallback {
    NO_ROOF_DATA("geen 3D BAG-dakgegevens"),
    NO_ROOF_PARTS("geen dakvlakken in 3D BAG"),
    GREENHOUSE("kas of warenhuis zonder dakvlakken in 3D BAG");

    private final String dutch;

    FootprintFallback(String dutch) {
        this.dutch = dutch;
    }

    /** The Dutch words for reason lines. */
    public String dutch() {
        return dutch;
    }
}
