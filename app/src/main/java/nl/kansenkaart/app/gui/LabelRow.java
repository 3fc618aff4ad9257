package nl.kansenkaart.app.gui;

/**
 * One row of the Label C table: a pand with office use and its verdict.
 *
 * @param pandId the pand
 * @param address the first address (and how many more)
 * @param company the company names in the pand
 * @param officeAreaM2 the office area in m2
 * @param officeSharePercent the office share of the active floor area, 0..100
 * @param label the best registered label class, empty when none
 * @param status the verdict in Dutch ("voldoet niet")
 * @param reason the reason line
 */
public record LabelRow(
        String pandId,
        String address,
        String company,
        double officeAreaM2,
        double officeSharePercent,
        String label,
        String status,
        String reason)
        implements ResultRow {

    @java.lang.Override
    public String searchText() {
        return address + " " + company + " " + status + " " + (label.isEmpty() ? "" : "label " + label);
    }
}
