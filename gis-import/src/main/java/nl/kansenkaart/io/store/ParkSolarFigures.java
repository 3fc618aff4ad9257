package nl.kansenkaart.io.store;

import java.time.Instant;
import java.util.OptionalDouble;
import nl.kansenkaart.core.solar.SolarTotals;

/**
 * The park-level solar figures of a park's last analysis as the project file keeps them (table
 * zon_op_dak_terrein).
 *
 * @param parkId the park id (RIN number)
 * @param parkName the plan name
 * @param assumptionsName the name of the solar assumptions ("Actueel", "Leidraad")
 * @param totals the park totals (kWp, MWh per year, panels, investment, ...)
 * @param parkElectricityUseMwhPerYear the park's estimated yearly electricity use in MWh the share
 *     was taken of; empty when no estimate existed
 * @param shareOfParkElectricityUse solar yield / estimated use (0.25 = a quarter); empty without an
 *     estimate
 * @param explanation the Dutch line that says what the share is and that it rests on an estimate
 * @param computedAt when the analysis ran
 */
public record ParkSolarFigures(
        String parkId,
        String parkName,
        String assumptionsName,
        SolarTotals totals,
        OptionalDouble parkElectricityUseMwhPerYear,
        OptionalDouble shareOfParkElectricityUse,
        String explanation,
        Instant computedAt) {

    public ParkSolarFigures {
        if (parkId == null
                || parkName == null
                || assumptionsName == null
                || totals == null
                || parkElectricityUseMwhPerYear == null
                || shareOfParkElectricityUse == null
                || explanation == null
                || computedAt == null) {
            throw new IllegalArgumentException("zoncijfers van bedrijventerrein " + parkId + " onvolledig");
        }
    }
}
