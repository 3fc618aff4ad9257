package nl.kansenkaart.core.solar;

import java.util.OptionalDouble;

/**
 * The rough business case of one system: avoided CO2, investment, yearly savings and simple
 * payback.
 *
 * @param co2AvoidedKgPerYear yield x CO2 factor, in kg per year
 * @param investmentEur investment in EUR, by marginal kWp brackets
 * @param yearlySavingsEur yield x (self-use share x self-use price + rest x feed-in price), EUR
 * @param paybackYears investment / yearly savings, empty when there are no savings to pay back with
 */
public record SolarEconomics(
        double co2AvoidedKgPerYear, double investmentEur, double yearlySavingsEur, OptionalDouble paybackYears) {

    public SolarEconomics {
        if (paybackYears == null) {
            throw new IllegalArgumentException("terugverdientijd ontbreekt (gebruik OptionalDouble.empty())");
        }
    }

    /**
     * The business case of a system.
     *
     * @param peakPowerKwp peak power in kWp
     * @param yieldKwhPerYear yearly yield in kWh
     */
    public static SolarEconomics of(double peakPowerKwp, double yieldKwhPerYear, SolarAssumptions a) {
        double investment = investmentEur(peakPowerKwp, a);
        double savings = savingsEur(yieldKwhPerYear, a);
        OptionalDouble payback =
                savings > 0 && investment > 0 ? OptionalDouble.of(investment / savings) : OptionalDouble.empty();
        return new SolarEconomics(yieldKwhPerYear * a.co2KgPerKwh(), investment, savings, payback);
    }

    /**
     * Investment in EUR by marginal brackets: the first kWp up to the medium threshold at the small
     * price, the next up to the large threshold at the medium price, the rest at the large price, so
     * the investment rises with the size and never jumps down at a threshold.
     */
    static double investmentEur(double kwp, SolarAssumptions a) {
        double small = Math.min(kwp, a.investmentMediumFromKwp());
        double medium = Math.max(0, Math.min(kwp, a.investmentLargeFromKwp()) - a.investmentMediumFromKwp());
        double large = Math.max(0, kwp - a.investmentLargeFromKwp());
        return 1000
                * (small * a.investmentEurPerWpSmall()
                        + medium * a.investmentEurPerWpMedium()
                        + large * a.investmentEurPerWpLarge());
    }

    /** Yearly savings in EUR: self-used kWh at the self-use price, the rest at the feed-in price. */
    static double savingsEur(double kwh, SolarAssumptions a) {
        return kwh * (a.selfUseShare() * a.priceSelfUseEurPerKwh() + (1 - a.selfUseShare()) * a.priceFeedInEurPerKwh());
    }
}
