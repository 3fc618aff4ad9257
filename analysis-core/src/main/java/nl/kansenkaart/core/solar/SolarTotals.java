package nl.kansenkaart.core.solar;

import java.util.List;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * The park totals of the solar analysis.
 *
 * @param buildingsAssessed buildings with a potential (including those with 0 panels)
 * @param buildingsNotAssessed buildings left out (not standing, no area)
 * @param usableRoofAreaM2 summed usable roof area in m2
 * @param panels summed panels
 * @param peakPowerKwp summed peak power in kWp
 * @param yieldMwhPerYear summed yearly yield in MWh
 * @param investmentEur summed investment in EUR
 * @param yearlySavingsEur summed yearly savings in EUR
 * @param co2AvoidedKgPerYear summed avoided CO2 in kg per year
 * @param gh1Roofs buildings with a GH1-size roof
 * @param roofsMarkedUnsuitable assessed buildings whose roof the consultant marked unsuitable (they
 *     count as assessed with 0 panels)
 */
public record SolarTotals(
        int buildingsAssessed,
        int buildingsNotAssessed,
        double usableRoofAreaM2,
        long panels,
        double peakPowerKwp,
        double yieldMwhPerYear,
        double investmentEur,
        double yearlySavingsEur,
        double co2AvoidedKgPerYear,
        int gh1Roofs,
        int roofsMarkedUnsuitable) {

    /** The totals of the outcomes, summed in list order (so the same list gives the same sums). */
    public static SolarTotals of(List<? extends SolarOutcome> outcomes) {
        Accumulator acc = new Accumulator();
        for (SolarOutcome o : outcomes) {
            if (o instanceof SolarPotential p) {
                acc.add(
                        p.usableRoofAreaM2(),
                        p.panels(),
                        p.peakPowerKwp(),
                        p.yieldKwhPerYear(),
                        p.economics().investmentEur(),
                        p.economics().yearlySavingsEur(),
                        p.economics().co2AvoidedKgPerYear(),
                        p.flags().gh1SizeRoof(),
                        p.sizing() instanceof UnsuitableRoofSizing);
            } else {
                acc.notAssessed++;
            }
        }
        return acc.totals();
    }

    /** Dutch lines "naam: waarde eenheid" for reports; the unsuitable roofs only when there are any. */
    public List<String> describe() {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "Panden berekend: " + DutchNumbers.whole(buildingsAssessed),
                "Panden niet meegenomen: " + DutchNumbers.whole(buildingsNotAssessed),
                "Bruikbaar dakoppervlak: " + DutchNumbers.whole(usableRoofAreaM2) + " m2",
                "Zonnepanelen: " + DutchNumbers.whole(panels),
                "Piekvermogen: " + DutchNumbers.upTo(peakPowerKwp, 1) + " kWp",
                "Opbrengst: " + DutchNumbers.upTo(yieldMwhPerYear, 1) + " MWh per jaar",
                "Investering: " + DutchNumbers.whole(investmentEur) + " euro",
                "Besparing: " + DutchNumbers.whole(yearlySavingsEur) + " euro per jaar",
                "Vermeden CO2: " + DutchNumbers.upTo(co2AvoidedKgPerYear / 1000, 1) + " ton per jaar",
                "Daken van GH1-formaat: " + DutchNumbers.whole(gh1Roofs)));
        if (roofsMarkedUnsuitable > 0) {
            lines.add("Daken door adviseur ongeschikt gemarkeerd (0 panelen): "
                    + DutchNumbers.whole(roofsMarkedUnsuitable));
        }
        return List.copyOf(lines);
    }

    /** Running sums for one caller; never shared between threads. */
    static final class Accumulator {
        int assessed;
        int notAssessed;
        double areaM2;
        long panels;
        double kwp;
        double kwh;
        double investmentEur;
        double savingsEur;
        double co2Kg;
        int gh1;
        int unsuitable;

        void add(
                double usableM2,
                int p,
                double peakKwp,
                double yieldKwh,
                double investment,
                double savings,
                double co2,
                boolean gh1Roof,
                boolean markedUnsuitable) {
            assessed++;
            if (markedUnsuitable) {
                unsuitable++;
            }
            areaM2 += usableM2;
            panels += p;
            kwp += peakKwp;
            kwh += yieldKwh;
            investmentEur += investment;
            savingsEur += savings;
            co2Kg += co2;
            if (gh1Roof) {
                gh1++;
            }
        }

        SolarTotals totals() {
            return new SolarTotals(
                    assessed,
                    notAssessed,
                    areaM2,
                    panels,
                    kwp,
                    kwh / 1000,
                    investmentEur,
                    savingsEur,
                    co2Kg,
                    gh1,
                    unsuitable);
        }
    }
}
