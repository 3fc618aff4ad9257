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

    // A loop, not a regex: every id read from a project passes here, millions in a national run.
    private static boolean allDigits(String id) {
        for (int k = 0; k < id.length(); k++) {
            char c = id.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
        if (id.isEmpty() || id.length() > 16 || !allDigits(id)) {
            throw new IllegalArgumentException("ongeldig " + what + " '" + text + "'");
        }
        return id.length() == 16 ? id : "0".repeat(16 - id.length()) + id;
    }
}
