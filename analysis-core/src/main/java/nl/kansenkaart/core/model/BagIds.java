package nl.kansenkaart.core.model;

/** Normalises BAG identifiers, which sources write with or without "NL.IMBAG.Pand." and padding. */
public final class BagIds {
    private BagIds() {}

    /** A pand id as 16 digits. */
    public static String pandId(String text) {
        return normalise(text, "NL.IMBAG.Pand.", "pand-id");
    }

    /** A verblijfsobject id as 16 digits. */
    public static String unitId(String text) {
        return normalise(text, "NL.IMBAG.Verblijfsobject.", "verblijfsobject-id");
    }

    private static String normalise(String text, String prefix, String what) {
        String id = Checks.text(text, what);
        if (id.regionMatches(true, 0, prefix, 0, prefix.length())) {
            id = id.substring(prefix.length());
        }
        if (id.endsWith(".0")) {
            // Spreadsheets and DBF numeric fields turn an id into a decimal number.
            id = id.substring(0, id.length() - 2);
        }
        if (!isDigits(id, 16)) {
            throw new IllegalArgumentException("ongeldig " + what + " '" + text + "'");
        }
        return id.length() == 16 ? id : "0".repeat(16 - id.length()) + id;
    }

    /** Whether the text is 1 to max ASCII digits (a loop: imports call this for every feature). */
    private static boolean isDigits(String text, int max) {
        if (text.isEmpty() || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
