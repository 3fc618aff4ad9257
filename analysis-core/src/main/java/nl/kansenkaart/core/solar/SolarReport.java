package nl.kansenkaart.core.solar;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import nl.kansenkaart.core.text.DutchNumbers;

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
 * @param parkElectricityUseMwhPerYear the park's estimated (or, where the consultant entered it,
 *     measured) yearly electricity use in MWh that the share is taken of, empty while no estimate
 *     exists
 */
public record SolarReport(
        String parkId,
        String parkName,
        SolarAssumptions assumptions,
        List<SolarOutcome> outcomes,
        SolarTotals totals,
        OptionalDouble shareOfParkElectricityUse,
        OptionalDouble parkElectricityUseMwhPerYear) {

    public SolarReport {
        if (parkId == null
                || parkName == null
                || assumptions == null
                || totals == null
                || shareOfParkElectricityUse == null
                || parkElectricityUseMwhPerYear == null) {
            throw new IllegalArgumentException("zonrapport is onvolledig");
        }
        outcomes = List.copyOf(outcomes);
    }

    /** A report whose share, if any, comes without the use it was taken of. */
    public SolarReport(
            String parkId,
            String parkName,
            SolarAssumptions assumptions,
            List<SolarOutcome> outcomes,
            SolarTotals totals,
            OptionalDouble shareOfParkElectricityUse) {
        this(parkId, parkName, assumptions, outcomes, totals, shareOfParkElectricityUse, OptionalDouble.empty());
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
        return new SolarReport(
                parkId,
                parkName,
                assumptions,
                outcomes,
                totals,
                OptionalDouble.of(share),
                OptionalDouble.of(estimatedUseKwhPerYear / 1000));
    }

    /**
     * The park totals as Dutch lines, ending with the yield set against the park's estimated
     * electricity use, or saying that no estimate exists.
     */
    public List<String> describeTotals() {
        List<String> lines = new ArrayList<>(totals.describe());
        lines.add(shareLine());
        return List.copyOf(lines);
    }

    /**
     * "Aandeel in geschat elektriciteitsgebruik park: 23 % (opbrengst 120,5 MWh tegenover geschat 520
     * MWh per jaar; schatting, zie verplichtingen)".
     */
    public String shareLine() {
        if (shareOfParkElectricityUse.isEmpty()) {
            return "Aandeel in geschat elektriciteitsgebruik park: onbekend (nog geen schatting van het gebruik)";
        }
        String use = parkElectricityUseMwhPerYear.isPresent()
                ? " tegenover geschat " + DutchNumbers.upTo(parkElectricityUseMwhPerYear.getAsDouble(), 1) + " MWh"
                : "";
        return "Aandeel in geschat elektriciteitsgebruik park: "
                + DutchNumbers.percent(shareOfParkElectricityUse.getAsDouble()) + " (opbrengst "
                + DutchNumbers.upTo(totals.yieldMwhPerYear(), 1) + " MWh" + use
                + " per jaar; een schatting: gebruiksoppervlak x kentallen per gebruiksdoel, gemeten waarden"
                + " waar ingevoerd, panden zonder gebruiksoppervlak tellen niet mee)";
    }
}
