package nl.kansenkaart.app.gui;

import java.util.Locale;

/**
 * One row of the adressenlijst: one verblijfsobject with its address and building.
 *
 * @param street straat
 * @param houseNumber huisnummer
 * @param letter huisletter, empty when none
 * @param addition toevoeging, empty when none
 * @param postcode "7461AB"
 * @param town plaats
 * @param purposes gebruiksdoelen, comma separated
 * @param areaM2 gebruiksoppervlakte in m2
 * @param constructionYear bouwjaar of the pand, empty when unknown
 * @param pandId the pand (the first, when the VBO lies in several)
 * @param unitId the VBO id
 * @param label energy label class, empty when none registered
 */
public record AddressRow(
        String street,
        int houseNumber,
        String letter,
        String addition,
        String postcode,
        String town,
        String purposes,
        int areaM2,
        String constructionYear,
        String pandId,
        String unitId,
        String label) {

    /** Whether every word of the query occurs in the address, postcode, town, ids or purposes. */
    public boolean matches(String query) {
        String haystack = (street + " " + houseNumber + letter + (addition.isEmpty() ? "" : "-" + addition) + " "
                        + postcode + " " + postcode.substring(0, 4) + " " + postcode.substring(4) + " " + town + " "
                        + purposes + " " + pandId + " " + unitId)
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
