package nl.kansenkaart.io.mapping;

import java.util.Locale;

/** Field names compared the way sources vary them: case, underscores, hyphens and spaces ignored. */
public final class FieldNames {
    private FieldNames() {}

    // Sources repeat the same few names on every feature; the cache is bounded so odd files cannot grow it.
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 4_096;

    /** "KvK-nummer", "kvk_nummer" and "KVKNUMMER" all become "kvknummer". */
    public static String key(String fieldName) {
        String cached = KEYS.get(fieldName);
        if (cached != null) {
            return cached;
        }
        String key = compute(fieldName);
        if (KEYS.size() < MAX_CACHED) {
            KEYS.put(fieldName, key);
        }
        return key;
    }

    private static String compute(String fieldName) {
        StringBuilder b = new StringBuilder(fieldName.length());
        for (char c : fieldName.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
