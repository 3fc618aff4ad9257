package nl.kansenkaart.io.store;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a search compares it: lower case without accents, so "cafe" finds "Café", "groen" finds
 * "Gröen" and "ij" finds the ligature "ĳ" (and "IJ"), whichever way a consultant types a Dutch name.
 * The project keeps this form of every company in a column, so a search of millions of rows is one
 * plain LIKE per word.
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private SearchText() {}

    /**
     * The searchable form: compatibility-decomposed (the ligature "ĳ" becomes "ij"), accents
     * dropped, lower case, curly apostrophes straight ("’t Veld" = "'t Veld").
     */
    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean plain = true;
        for (int k = 0; k < text.length() && plain; k++) {
            char c = text.charAt(k);
            plain = c < 0x80 && !(c >= 'A' && c <= 'Z');
        }
        if (plain) {
            // Most names and every postcode and number: no work beyond this scan.
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return bare.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** The words of a query in searchable form, without empty ones. */
    public static List<String> words(String query) {
        return Arrays.stream(SPACE.split(normalise(query).strip()))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Whether every word of the query occurs in the text, compared in searchable form. */
    public static boolean matchesAll(String text, String query) {
        String searchable = normalise(text);
        for (String w : words(query)) {
            if (!searchable.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stored search text of a company: its name, KvK number, street, house number with letter,
     * postcode and place, each in searchable form, one per line, so a word never matches across two
     * fields (query words hold no line breaks).
     */
    static String ofCompany(
            String name,
            String kvkNumber,
            String street,
            Integer houseNumber,
            String letter,
            String postcode,
            String town) {
        StringBuilder b = new StringBuilder(96);
        b.append(normalise(name));
        for (String part : new String[] {
            kvkNumber, street, houseNumber == null ? null : houseNumber + (letter == null ? "" : letter), postcode, town
        }) {
            b.append('\n');
            if (part != null) {
                b.append(normalise(part));
            }
        }
        return b.toString();
    }
}
