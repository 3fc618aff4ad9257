package nl.kansenkaart.core.solar;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The solar analysis of one plan area: a result per building in pand-id order, the park totals and
 * the assumptions used.
 *
 * @param parkId the park id (RIN number)
 * @param parkName the plan name
 * @param assumptions the assumptions the numbers were computed with
 * @param outcomes one outcome per building, ordered by pand id
 * @param totals the park totals
 * @param shareOfParkElectricityUse yearly solar yield / estimated yearly electricity use of the
 *     park (0.25 = a quarter), empty while no estimate exists
 */
public record SolarReport(
        String parkId,
        String parkName,
        SolarAssumptions assumptions,
        List<SolarOutcome> outcomes,
        SolarTotals totals,
        OptionalDouble shareOfParkElectricityUse) {

    public SolarReport {
        if (parkId == null
                || parkName == null
                || assumptions == null
                || totals == null
                || shareOfParkElectricityUse == null) {
            throw new IllegalArgumentException("zonrapport is onvolledig");
        }
        outcomes = List.copyOf(outcomes);
    }

    /** The buildings that got a number. */
    public List<SolarPotential> potentials() {
        return outcomes.stream()
                .filter(SolarPotential.class::isInstance)
                .map(SolarPotential.class::cast)
                .toList();
    }

    /**
     * This report with the share of the park's estimated electricity use filled in.
     *
     * @param estimatedUseKwhPerYear the park's estimated yearly electricity use in kWh, above 0
     */
    public SolarReport withElectricityUseEstimate(double estimatedUseKwhPerYear) {
        if (!Double.isFinite(estimatedUseKwhPerYear) || estimatedUseKwhPerYear <= 0) {
            throw new IllegalArgumentException("ongeldig geschat elektriciteitsgebruik " + estimatedUseKwhPerYear
                    + " kWh: moet groter dan 0 zijn");
        }
        double share = totals.yieldMwhPerYear() * 1000 / estimatedUseKwhPerYear;
        return new SolarReport(parkId, parkName, assumptions, outcomes, totals, OptionalDouble.of(share));
    }
}
