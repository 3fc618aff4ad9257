package nl.kansenkaart.core.solar;

import nl.kansenkaart.core.text.DutchNumbers;

/**
 * The leidraad rule on the footprint: panels = round half up (footprint / m2 per panel), kWp =
 * round half up (panels x Wp / 1000). Reproduces the Bitseveld sheet: 410 m2 gives 103 panels and
 * 32 kWp, 755 m2 gives 189 and 58.
 *
 * @param footprintM2 the footprint in m2, also taken as the usable roof area
 * @param footprintM2PerPanel m2 of footprint per panel used
 * @param panelPeakPowerWp Wp per panel used
 * @param panels panels, whole
 * @param peakPowerKwp peak power in kWp, whole as on the sheet
 * @param orientationFactor the yield factor for unknown orientation used
 * @param yieldKwhPerYear yearly yield in kWh
 */
public record LeidraadSizing(
        double footprintM2,
        double footprintM2PerPanel,
        double panelPeakPowerWp,
        int panels,
        double peakPowerKwp,
        double orientationFactor,
        double yieldKwhPerYear)
        implements Sizing {

    /** Sizes a footprint of {@code footprintM2} m2 (positive) by the leidraad rule. */
    public static LeidraadSizing of(double footprintM2, SolarAssumptions a) {
        int panels = panels(footprintM2, a);
        double kwp = peakPowerKwp(panels, a);
        return new LeidraadSizing(
                footprintM2,
                a.footprintM2PerPanel(),
                a.panelPeakPowerWp(),
                panels,
                kwp,
                a.unknownOrientationFactor(),
                kwp * (a.specificYieldKwhPerKwp() * a.unknownOrientationFactor()));
    }

    /** Panels for a footprint: round half up (footprint / m2 per panel). */
    static int panels(double footprintM2, SolarAssumptions a) {
        return (int) roundHalfUp(footprintM2 / a.footprintM2PerPanel());
    }

    /** Whole kWp for a panel count: round half up (panels x Wp / 1000). */
    static double peakPowerKwp(int panels, SolarAssumptions a) {
        return roundHalfUp(panels * a.panelPeakPowerWp() / 1000.0);
    }

    /**
     * Rounds half up like a spreadsheet's ROUND. The tiny nudge keeps an exact half that floating
     * point left just below .5 (103 x 0.308 style products) from rounding down.
     */
    static double roundHalfUp(double value) {
        return Math.floor(value + 0.5 + 1e-9);
    }

    @Override
    public SolarMethod method() {
        return SolarMethod.LEIDRAAD;
    }

    @Override
    public double usableRoofAreaM2() {
        return footprintM2;
    }

    @Override
    public String reason() {
        String head = "leidraad: " + DutchNumbers.whole(footprintM2) + " m2 / "
                + DutchNumbers.upTo(footprintM2PerPanel, 2) + " m2 per paneel = " + DutchNumbers.whole(panels)
                + (panels == 1 ? " paneel" : " panelen");
        if (panels == 0) {
            return head + "; te klein voor één paneel";
        }
        return head + " x " + DutchNumbers.upTo(panelPeakPowerWp, 1) + " Wp = " + DutchNumbers.whole(peakPowerKwp)
                + " kWp";
    }
}
