package nl.kansenkaart.app.gui;

/**
 * One row of the Zon op dak table: the rooftop solar potential of one pand.
 *
 * @param pandId the pand
 * @param company the company names in the pand, comma separated, empty when none
 * @param address the first address (and how many more)
 * @param footprintM2 the building's footprint in m2
 * @param panels the number of panels
 * @param peakPowerKwp the peak power in kWp
 * @param yieldKwhPerYear the yearly yield in kWh
 * @param investmentEur the investment in EUR
 * @param paybackYears the simple payback in years, NaN when there is none
 * @param method the sizing method, in Dutch
 * @param reason the reason line
 */
public record SolarRow(
        String pandId,
        String company,
        String address,
        double footprintM2,
        int panels,
        double peakPowerKwp,
        double yieldKwhPerYear,
        double investmentEur,
        double paybackYears,
        String method,
        String reason)
        implements ResultRow {

    @java.lang.Override
    public String searchText() {
        return company + " " + address + " " + method;
    }
}
