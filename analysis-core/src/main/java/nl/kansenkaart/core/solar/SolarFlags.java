package nl.kansenkaart.core.solar;

import java.util.Optional;
import nl.kansenkaart.core.model.CapacityStatus;

/**
 * What a consultant should know about a roof besides its numbers.
 *
 * @param gh1SizeRoof EML measure GH1 fits: suitable roof area and peak power both at least the
 *     GH1 thresholds (2,000 m2 and 300 kWp by default)
 * @param existingPv whether panels are already there, empty when unknown
 * @param feedInStatus the feed-in status of the grid area holding the footprint's interior point,
 *     empty when no grid area covers it
 * @param structuralCheckAdvised a large old hall (or one of unknown age): have the roof's bearing
 *     capacity checked before planning panels
 */
public record SolarFlags(
        boolean gh1SizeRoof,
        Optional<Boolean> existingPv,
        Optional<CapacityStatus> feedInStatus,
        boolean structuralCheckAdvised) {

    public SolarFlags {
        if (existingPv == null || feedInStatus == null) {
            throw new IllegalArgumentException(
                    "bestaande zonnepanelen of invoedingsstatus ontbreekt (gebruik Optional.empty())");
        }
    }

    /** Whether feed-in is hindered: the grid area is orange or red for invoeding. */
    public boolean feedInConstrained() {
        return feedInStatus.map(CapacityStatus::isCongested).orElse(false);
    }
}
