package nl.kansenkaart.core.solar;

import java.util.Optional;
import nl.kansenkaart.core.model.RoofSummary;

/** What the footprint methods know about a roof: pitched, flat or unknown. */
public enum RoofShape {
    PITCHED("schuin dak"),
    FLAT("plat dak"),
    UNKNOWN("daktype onbekend");

    private final String dutch;

    RoofShape(String dutch) {
        this.dutch = dutch;
    }

    /** The Dutch words for reason lines. */
    public String dutch() {
        return dutch;
    }

    /** From the 3D BAG b3_dak_type: slanted is pitched, (multiple) horizontal is flat, the rest unknown. */
    public static RoofShape of(Optional<RoofSummary> roof) {
        return roof.map(r -> switch (r.roofType()) {
                    case SLANTED -> PITCHED;
                    case MULTIPLE_HORIZONTAL, SINGLE_HORIZONTAL -> FLAT;
                    default -> UNKNOWN;
                })
                .orElse(UNKNOWN);
    }
}
