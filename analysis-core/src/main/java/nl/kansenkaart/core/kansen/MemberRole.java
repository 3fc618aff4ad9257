package nl.kansenkaart.core.kansen;

/** The part a building plays in a collective opportunity. */
public enum MemberRole {
    /** Takes part (collective purchase, shared approach). */
    PARTICIPANT("deelnemer"),
    /** Produces electricity (large solar potential). */
    PRODUCER("producent"),
    /** Uses much electricity. */
    CONSUMER("afnemer"),
    /** Both a producer and a consumer. */
    PRODUCER_AND_CONSUMER("producent en afnemer"),
    /** A large gas user (heat demand or waste heat). */
    HEAT_USER("warmtevrager");

    private final String dutch;

    MemberRole(String dutch) {
        this.dutch = dutch;
    }

    /** The Dutch word for the sheet. */
    public String dutch() {
        return dutch;
    }
}
