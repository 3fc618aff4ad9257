package nl.kansenkaart.core.model;

import java.util.OptionalInt;

/**
 * Grid capacity for one PC6 postcode, as the open capaciteitskaart data gives it without geometry;
 * panden are joined to it through the postcodes of their verblijfsobjecten.
 *
 * @param postcode the PC6 postcode, normalised to "9401AB"
 * @param operator the grid operator (netbeheerder), for attribution
 * @param offtake status for afname
 * @param feedIn status for invoeding
 * @param alleviationYear the year the operator expects the congestion to be relieved
 */
public record GridPostcode(
        String postcode, String operator, CapacityStatus offtake, CapacityStatus feedIn, OptionalInt alleviationYear) {

    public GridPostcode {
        postcode = Address.normalisePostcode(postcode);
        operator = Checks.text(operator, "netbeheerder");
        Checks.present(offtake, "afnamestatus");
        Checks.present(feedIn, "invoedingsstatus");
        alleviationYear = Checks.year(alleviationYear, "verwacht jaar van oplossing");
    }
}
