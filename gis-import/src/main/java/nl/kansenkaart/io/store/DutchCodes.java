package nl.kansenkaart.io.store;

import java.util.Arrays;
import java.util.Optional;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Override.OverrideTarget;
import nl.kansenkaart.io.SourceKind;

/**
 * The Dutch words the project file uses for enum values that have no BAG or EP-Online text of
 * their own, so a consultant reading the tables in QGIS understands them.
 */
final class DutchCodes {
    private DutchCodes() {}

    static String capacity(CapacityStatus status) {
        return switch (status) {
            case AVAILABLE -> "ruimte beschikbaar";
            case SCARCE -> "schaarste dreigt";
            case CONGESTION_MANAGEMENT -> "congestiemanagement";
            case CONGESTED -> "congestie";
            case UNKNOWN -> "onbekend";
        };
    }

    static Optional<CapacityStatus> capacity(String text) {
        return Arrays.stream(CapacityStatus.values())
                .filter(s -> capacity(s).equals(text))
                .findFirst();
    }

    static String target(OverrideTarget target) {
        return switch (target) {
            case BUILDING -> "pand";
            case UNIT -> "verblijfsobject";
            case COMPANY -> "bedrijf";
            case PARK -> "bedrijventerrein";
        };
    }

    static Optional<OverrideTarget> target(String text) {
        return Arrays.stream(OverrideTarget.values())
                .filter(t -> target(t).equals(text))
                .findFirst();
    }

    static String kind(SourceKind kind) {
        return kind.dutchName();
    }

    static Optional<SourceKind> kind(String text) {
        return Arrays.stream(SourceKind.values())
                .filter(k -> k.dutchName().equals(text))
                .findFirst();
    }
}
