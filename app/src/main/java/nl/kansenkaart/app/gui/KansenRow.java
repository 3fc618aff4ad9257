package nl.kansenkaart.app.gui;

/**
 * One row of the Kansen table: an individual opportunity of one pand.
 *
 * @param pandId the pand
 * @param address the first address (and how many more)
 * @param company the companies of the opportunity (or in the pand), comma separated, empty when none
 * @param kind the kind of opportunity, in Dutch
 * @param score the priority score (higher first)
 * @param explanation the Dutch title and explanation
 */
public record KansenRow(String pandId, String address, String company, String kind, double score, String explanation)
        implements ResultRow {

    @java.lang.Override
    public String searchText() {
        return company + " " + address + " " + kind;
    }
}
