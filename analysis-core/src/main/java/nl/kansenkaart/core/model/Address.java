package nl.kansenkaart.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A Dutch address as the BAG gives it.
 *
 * @param street openbare ruimte (street name)
 * @param houseNumber huisnummer, 1..99999
 * @param letter huisletter, one letter
 * @param addition huisnummertoevoeging, up to four characters
 * @param postcode six-character postcode, stored as "9401AB" (no space, upper case)
 * @param town woonplaats
 */
public record Address(
        String street,
        int houseNumber,
        Optional<String> letter,
        Optional<String> addition,
        String postcode,
        String town) {
    // Compiled once: every unit and company read from a project passes here.
    private static final java.util.regex.Pattern POSTCODE = java.util.regex.Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    public Address {
        street = Checks.text(street, "straat");
        if (houseNumber < 1 || houseNumber > 99_999) {
            throw new IllegalArgumentException("ongeldig huisnummer " + houseNumber);
        }
        letter = Checks.optionalText(letter, "huisletter").map(s -> s.toUpperCase(Locale.ROOT));
        addition = Checks.optionalText(addition, "toevoeging").map(s -> s.toUpperCase(Locale.ROOT));
        postcode = normalisePostcode(postcode);
        town = Checks.text(town, "woonplaats");
    }

    /** Writes "9401AB" for "9401 ab"; throws when the text is not a Dutch postcode. */
    public static String normalisePostcode(String text) {
        if (isNormalPostcode(text)) {
            // Every unit and company read from a project comes this way: no copies, no regex.
            return text;
        }
        String p = Checks.text(text, "postcode").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!POSTCODE.matcher(p).matches()) {
            throw new IllegalArgumentException("ongeldige postcode '" + text + "'");
        }
        return p;
    }

    /** Whether the text is already "9401AB": what {@link #POSTCODE} matches, without a matcher. */
    private static boolean isNormalPostcode(String text) {
        if (text == null || text.length() != 6) {
            return false;
        }
        char first = text.charAt(0);
        if (first < '1' || first > '9') {
            return false;
        }
        for (int k = 1; k < 4; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        for (int k = 4; k < 6; k++) {
            char c = text.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** The key that joins registers on an address: postcode, number, letter, addition. */
    public String matchKey() {
        return postcode + " " + houseNumber + letter.orElse("")
                + addition.map(a -> "-" + a).orElse("");
    }

    /** The address as a consultant writes it: "Vaartweg 12A-2, 9401 AB Assen". */
    public String display() {
        return street + " " + houseNumberText() + ", " + postcode.substring(0, 4) + " " + postcode.substring(4) + " "
                + town;
    }

    /** "12", "12A" or "12A-2". */
    public String houseNumberText() {
        return houseNumber + letter.orElse("") + addition.map(a -> "-" + a).orElse("");
    }
}
