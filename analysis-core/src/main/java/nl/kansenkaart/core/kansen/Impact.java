package nl.kansenkaart.core.kansen;

/**
 * What an opportunity would bring, in typed numbers for the map, the sheet and the score card. A
 * number that does not apply to the kind of opportunity is 0 (a label upgrade has no kWp).
 *
 * @param peakPowerKwp solar peak power in kWp
 * @param energyMwhPerYear energy produced (solar) or saved (labels, measures) in MWh per year
 * @param investmentEur investment in EUR, 0 when not estimated
 * @param co2KgPerYear CO2 avoided in kg per year
 */
public record Impact(double peakPowerKwp, double energyMwhPerYear, double investmentEur, double co2KgPerYear) {

    /** No impact. */
    public static final Impact NONE = new Impact(0, 0, 0, 0);

    public Impact {
        if (!(peakPowerKwp >= 0 && energyMwhPerYear >= 0 && investmentEur >= 0 && co2KgPerYear >= 0)
                || Double.isInfinite(peakPowerKwp + energyMwhPerYear + investmentEur + co2KgPerYear)) {
            throw new IllegalArgumentException("ongeldige impact: " + peakPowerKwp + " kWp, " + energyMwhPerYear
                    + " MWh, " + investmentEur + " euro, " + co2KgPerYear + " kg CO2");
        }
    }

    /** The sum of this and another impact. */
    public Impact plus(Impact other) {
        return new Impact(
                peakPowerKwp + other.peakPowerKwp,
                energyMwhPerYear + other.energyMwhPerYear,
                investmentEur + other.investmentEur,
                co2KgPerYear + other.co2KgPerYear);
    }
}
