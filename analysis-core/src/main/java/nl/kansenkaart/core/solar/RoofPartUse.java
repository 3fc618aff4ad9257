package nl.kansenkaart.core.solar;

import java.util.Optional;

/**
 * How one 3D BAG roof part was used: its inputs, its yield factor and what it carries, or why it
 * was excluded.
 *
 * @param index the part's number within its pand
 * @param areaM2 the part's true (sloped) area in m2, as 3D BAG gives it
 * @param slopeDegrees 0 = flat, 90 = vertical
 * @param azimuthDegrees compass direction the part faces, 0 = north, 180 = south
 * @param flat whether the part counts as flat (east-west layout, orientation ignored)
 * @param yieldFactor relative yield, 1.00 at 35 degrees south; 0 when excluded
 * @param panels panels on the part, 0 when excluded
 * @param peakPowerKwp peak power on the part in kWp
 * @param yieldKwhPerYear yearly yield of the part in kWh
 * @param exclusion why the part carries nothing, empty when it is used
 */
public record RoofPartUse(
        int index,
        double areaM2,
        double slopeDegrees,
        double azimuthDegrees,
        boolean flat,
        double yieldFactor,
        int panels,
        double peakPowerKwp,
        double yieldKwhPerYear,
        Optional<PartExclusion> exclusion) {

    public RoofPartUse {
        if (exclusion == null) {
            throw new IllegalArgumentException("uitsluitingsreden ontbreekt (gebruik Optional.empty())");
        }
    }

    /** Whether the part carries panels in the design (it may still hold 0 when very small). */
    public boolean isUsable() {
        return exclusion.isEmpty();
    }
}
