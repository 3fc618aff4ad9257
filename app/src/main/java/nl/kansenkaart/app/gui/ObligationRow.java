package nl.kansenkaart.app.gui;

/**
 * One row of the Verplichtingen table: a pand's yearly energy use and its likely obligation.
 *
 * @param pandId the pand
 * @param address the first address (and how many more)
 * @param company the company names in the pand
 * @param electricityKwh electricity in kWh per year, estimated or measured
 * @param gasM3 natural gas in m3 per year, estimated or measured
 * @param measured "gemeten" when the consultant entered a value, else "geschat"
 * @param obligation the likely obligation in Dutch
 * @param reason the reason line with its basis
 */
public record ObligationRow(
        String pandId,
        String address,
        String company,
        double electricityKwh,
        double gasM3,
        String measured,
        String obligation,
        String reason)
        implements ResultRow {

    @java.lang.Override
    public String searchText() {
        return address + " " + company + " " + obligation;
    }
}
