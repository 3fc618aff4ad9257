package nl.kansenkaart.core.obligations;

/** The likely energy-saving obligation of a pand; "likely" because the law counts per location and use is estimated. */
public enum ObligationLevel {
    /** Below both thresholds of the energiebesparingsplicht. */
    NONE_LIKELY("waarschijnlijk geen energiebesparingsplicht"),
    /** At or above 50.000 kWh or 25.000 m3. */
    SAVING_LIKELY("energiebesparingsplicht waarschijnlijk"),
    /** At or above 10.000.000 kWh or 170.000 m3 (includes the energiebesparingsplicht). */
    RESEARCH_LIKELY("onderzoeksplicht waarschijnlijk"),
    /** No floor area and no measured value: nothing to estimate from. */
    UNKNOWN("onbekend");

    private final String dutch;

    ObligationLevel(String dutch) {
        this.dutch = dutch;
    }

    /** The Dutch wording for legends and sheets. */
    public String dutch() {
        return dutch;
    }

    /** Whether at least the energiebesparingsplicht is likely. */
    public boolean isLikelyObliged() {
        return this == SAVING_LIKELY || this == RESEARCH_LIKELY;
    }
}
