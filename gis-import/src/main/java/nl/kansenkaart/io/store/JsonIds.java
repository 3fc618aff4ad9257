package nl.kansenkaart.io.store;

import java.util.Collection;

/**
 * A list of distinct ids as one JSON array, bound as a single parameter and opened in SQL by {@code
 * json_each}: one prepared statement then serves a list of any length, where {@code IN (?, ?, ...)}
 * needed a statement per length and chunks below SQLite's parameter limit. The text is built once,
 * however many queries use the list.
 */
final class JsonIds {
    private final Collection<?> ids;
    private String json;

    private JsonIds(Collection<?> ids) {
        this.ids = ids;
    }

    /** Texts, written as JSON strings. */
    static JsonIds texts(Collection<String> ids) {
        return new JsonIds(ids);
    }

    /** Row ids, written as JSON numbers. */
    static JsonIds numbers(Collection<Long> ids) {
        return new JsonIds(ids);
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    /** {@code ["a","b"]} or {@code [1,2]}, with quotes, backslashes and control characters escaped. */
    String json() {
        if (json == null) {
            StringBuilder b = new StringBuilder(ids.size() * 19 + 2).append('[');
            for (Object id : ids) {
                if (b.length() > 1) {
                    b.append(',');
                }
                if (id instanceof String text) {
                    appendString(b, text);
                } else {
                    b.append(((Long) id).longValue());
                }
            }
            json = b.append(']').toString();
        }
        return json;
    }

    private static void appendString(StringBuilder b, String text) {
        b.append('"');
        if (plain(text)) {
            // The common case (BAG ids, postcodes): appended whole.
            b.append(text);
        } else {
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        b.append('"');
    }

    private static boolean plain(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\\' || c < 0x20) {
                return false;
            }
        }
        return true;
    }
}
