package nl.kansenkaart.core.solar;

import java.util.Optional;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * Today's modules on the footprint: a usable share of the footprint (smaller for small pitched
 * roofs) filled with whole panels, and a yield factor for the unknown orientation.
 *
 * @param footprintM2 the footprint in m2
 * @param roofShape what is known about the roof
 * @param small whether the footprint is below the small-building limit
 * @param usableShare the share of the footprint used, 0..1
 * @param usableRoofAreaM2 footprint x share, in m2
 * @param panels whole panels that fit on the usable area
 * @param peakPowerKwp peak power in kWp
 * @param orientationFactor the yield factor for unknown orientation used
 * @param yieldKwhPerYear yearly yield in kWh
 * @param fallback why this method stands in for the roof-part method, if it does
 */
public record ActueelSizing(
        double footprintM2,
        RoofShape roofShape,
        boolean small,
        double usableShare,
        double usableRoofAreaM2,
        int panels,
        double peakPowerKwp,
        double orientationFactor,
        double yieldKwhPerYear,
        Optional<FootprintFallback> fallback)
        implements Sizing {

    public ActueelSizing {
        if (roofShape == null || fallback == null) {
            throw new IllegalArgumentException("daktype of terugvalreden ontbreekt");
        }
    }

    /** Sizes a footprint of {@code footprintM2} m2 (positive) with today's modules. */
    public static ActueelSizing of(
            double footprintM2, RoofShape shape, Optional<FootprintFallback> fallback, SolarAssumptions a) {
        boolean small = footprintM2 < a.smallBuildingMaxM2();
        double share = usableShare(footprintM2, shape, a);
        double usable = footprintM2 * share;
        int panels = panels(usable, a);
        double kwp = panels * a.panelPeakPowerWp() / 1000.0;
        return new ActueelSizing(
                footprintM2,
                shape,
                small,
                share,
                usable,
                panels,
                kwp,
                a.unknownOrientationFactor(),
                kwp * (a.specificYieldKwhPerKwp() * a.unknownOrientationFactor()),
                fallback);
    }

    /**
     * The usable share: small buildings whose roof is pitched or unknown get the small-pitched
     * share (area studies count small buildings as mostly pitched); all others the other share.
     */
    static double usableShare(double footprintM2, RoofShape shape, SolarAssumptions a) {
        boolean smallPitched = footprintM2 < a.smallBuildingMaxM2() && shape != RoofShape.FLAT;
        return smallPitched ? a.usableShareSmallPitched() : a.usableShareOther();
    }

    /** Whole panels on an area; the nudge keeps 195.0000001 / 1.95 from becoming 99. */
    static int panels(double usableM2, SolarAssumptions a) {
        return (int) Math.floor(usableM2 / a.panelAreaM2() + 1e-9);
    }

    @Override
    public SolarMethod method() {
        return SolarMethod.ACTUEEL;
    }

    @Override
    public String reason() {
        String what = (small ? "klein pand, " : "") + roofShape.dutch();
        return "actueel: " + DutchNumbers.percent(usableShare) + " van " + DutchNumbers.whole(footprintM2) + " m2 ("
                + what + ") = " + DutchNumbers.whole(usableRoofAreaM2) + " m2 bruikbaar, "
                + DutchNumbers.whole(panels) + (panels == 1 ? " paneel, " : " panelen, ")
                + DutchNumbers.upTo(peakPowerKwp, 1) + " kWp, oriëntatie onbekend (factor "
                + DutchNumbers.fixed(orientationFactor, 2) + ")"
                + (panels == 0 ? "; te klein voor één paneel" : "");
    }
}
