package nl.kansenkaart.core.solar;

/**
 * The columnar fast path for very many buildings (the {@code kansenkaart bench analyse} goal):
 * footprints in a plain array, no objects per building, the same arithmetic as {@link
 * SolarAnalysis#analyseFootprints}. The roof shape is unknown here.
 */
public final class FootprintBatch {
    private FootprintBatch() {}

    /** The park totals of the footprints, without per-building output. */
    public static SolarTotals run(double[] footprintM2, SolarAssumptions a) {
        return run(footprintM2, a, null, null, null);
    }

    /**
     * Sizes every footprint by the leidraad method when the assumptions ask for it, else by the
     * actueel footprint method, and writes per building into the caller's arrays.
     *
     * @param footprintM2 footprints in m2, each finite and above 0
     * @param panelsOut receives the panels per building, or null
     * @param peakPowerKwpOut receives kWp per building, or null
     * @param yieldKwhOut receives kWh per year per building, or null
     * @return the totals, summed in array order
     * @throws IllegalArgumentException naming the index of the first bad footprint, or when an output
     *     array is shorter than the input
     */
    public static SolarTotals run(
            double[] footprintM2, SolarAssumptions a, int[] panelsOut, double[] peakPowerKwpOut, double[] yieldKwhOut) {
        int n = footprintM2.length;
        checkLength(panelsOut == null ? n : panelsOut.length, n);
        checkLength(peakPowerKwpOut == null ? n : peakPowerKwpOut.length, n);
        checkLength(yieldKwhOut == null ? n : yieldKwhOut.length, n);
        boolean leidraad = a.method() == SolarMethod.LEIDRAAD;
        double yieldPerKwp = a.specificYieldKwhPerKwp() * a.unknownOrientationFactor();
        SolarTotals.Accumulator acc = new SolarTotals.Accumulator();
        for (int i = 0; i < n; i++) {
            double area = footprintM2[i];
            if (!(area > 0) || area == Double.POSITIVE_INFINITY) {
                FootprintInput.requirePositiveFootprint(area, "op regel " + i);
            }
            int panels;
            double kwp;
            double usable;
            if (leidraad) {
                panels = LeidraadSizing.panels(area, a);
                kwp = LeidraadSizing.peakPowerKwp(panels, a);
                usable = area;
            } else {
                usable = area * ActueelSizing.usableShare(area, RoofShape.UNKNOWN, a);
                panels = ActueelSizing.panels(usable, a);
                kwp = panels * a.panelPeakPowerWp() / 1000.0;
            }
            double kwh = kwp * yieldPerKwp;
            if (panelsOut != null) {
                panelsOut[i] = panels;
            }
            if (peakPowerKwpOut != null) {
                peakPowerKwpOut[i] = kwp;
            }
            if (yieldKwhOut != null) {
                yieldKwhOut[i] = kwh;
            }
            acc.add(
                    usable,
                    panels,
                    kwp,
                    kwh,
                    SolarEconomics.investmentEur(kwp, a),
                    SolarEconomics.savingsEur(kwh, a),
                    kwh * a.co2KgPerKwh(),
                    SolarAnalysis.isGh1(usable, kwp, a),
                    false);
        }
        return acc.totals();
    }

    private static void checkLength(int length, int needed) {
        if (length < needed) {
            throw new IllegalArgumentException(
                    "uitvoerrij te kort: " + length + " plaatsen voor " + needed + " panden");
        }
    }
}
