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
 * @param company the company name: the consultant's, else the matched KvK name; empty when none
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
        String label,
        String company) {

    /**
     * Whether every word of the query matches: a number is a house number ("8", "8d"), a postcode
     * start (four digits) or part of an id (six digits or more); other words occur in the street,
     * postcode, town, gebruiksdoelen or company name. So "energieweg 8" finds number 8, not every 8 in an id.
     */
    public boolean matches(String query) {
        String text = (street + " " + postcode + " " + postcode.substring(0, 4) + " " + postcode.substring(4) + " "
                        + town + " " + purposes + " " + label + " " + company)
                .toLowerCase(Locale.ROOT);
        String number = (houseNumber + letter + (addition.isEmpty() ? "" : "-" + addition)).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean found;
            if (word.matches("[0-9]+")) {
                found = word.equals(String.valueOf(houseNumber))
                        || (word.length() == 4 && postcode.startsWith(word))
                        || (word.length() >= 6 && (pandId.contains(word) || unitId.contains(word)));
            } else if (word.matches("[0-9]+[a-z].*")) {
                found = number.startsWith(word);
            } else {
                found = text.contains(word);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
