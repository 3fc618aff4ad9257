package nl.kansenkaart.io.mapping;

import java.util.Locale;

/** Field names compared the way sources vary them: case, underscores, hyphens and spaces ignored. */
public final class FieldNames {
    private FieldNames() {}

    /** "KvK-nummer", "kvk_nummer" and "KVKNUMMER" all become "kvknummer". */
    public static String key(String fieldName) {
        StringBuilder b = new StringBuilder(fieldName.length());
        for (char c : fieldName.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
