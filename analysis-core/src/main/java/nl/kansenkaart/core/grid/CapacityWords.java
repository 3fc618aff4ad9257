package nl.kansenkaart.core.grid;

import nl.kansenkaart.core.model.CapacityStatus;

/** The Dutch words for a capacity status, as the capaciteitskaart's legend says them. */
public final class CapacityWords {
    private CapacityWords() {}

    /** "beschikbaar", "schaarste dreigt", "congestiemanagement", "congestie", "onbekend". */
    public static String dutch(CapacityStatus status) {
        return switch (status) {
            case AVAILABLE -> "capaciteit beschikbaar";
            case SCARCE -> "schaarste dreigt (geel)";
            case CONGESTION_MANAGEMENT -> "congestiemanagement (oranje)";
            case CONGESTED -> "congestie (rood)";
            case UNKNOWN -> "onbekend";
        };
    }

    /** Severity for combining statuses: UNKNOWN lowest, then available .. congested. */
    static int severity(CapacityStatus status) {
        return switch (status) {
            case UNKNOWN -> 0;
            case AVAILABLE -> 1;
            case SCARCE -> 2;
            case CONGESTION_MANAGEMENT -> 3;
            case CONGESTED -> 4;
        };
    }

    /** The more severe of two statuses (a known one beats UNKNOWN). */
    static CapacityStatus worse(CapacityStatus a, CapacityStatus b) {
        return severity(b) > severity(a) ? b : a;
    }
}
