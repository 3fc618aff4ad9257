package nl.kansenkaart.core.model;

/** The grid capacity of an area for one direction (afname or invoeding), as the capaciteitskaart shows it. */
public enum CapacityStatus {
    /** Transparent on the map: capacity available. */
    AVAILABLE,
    /** Yellow: scarcity looming. */
    SCARCE,
    /** Orange: structural congestion announced, capacity only through congestion management. */
    CONGESTION_MANAGEMENT,
    /** Red: structural congestion, new requests refused. */
    CONGESTED,
    /** The source does not say. */
    UNKNOWN;

    /** Whether new or larger connections are hindered (orange or red). */
    public boolean isCongested() {
        return this == CONGESTION_MANAGEMENT || this == CONGESTED;
    }
}
