package nl.kansenkaart.core.solar;

/** Why a roof part carries no panels. */
public enum PartExclusion {
    NORTH_FACE("noordvlak", "noordvlakken"),
    TOO_SMALL("dakvlak te klein", "dakvlakken te klein");

    private final String singular;
    private final String plural;

    PartExclusion(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** The Dutch words for one or for several parts. */
    public String dutch(long count) {
        return count == 1 ? singular : count + " " + plural;
    }
}
