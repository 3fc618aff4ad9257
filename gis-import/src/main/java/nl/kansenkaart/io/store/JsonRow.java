package nl.kansenkaart.io.store;

import java.sql.SQLException;

/**
 * The text and integer columns of one row, which SQLite packs into one {@code json_array(...)}: the
 * driver then crosses from native code to Java once per row instead of once per column, which was
 * half the cost of reading a unit. Only flat arrays of strings, integers and null, as json_array
 * writes them; real numbers stay separate columns, because SQLite's JSON prints 15 digits.
 */
final class JsonRow {
    private final String[] values;

    private JsonRow(String[] values) {
        this.values = values;
    }

    /** Parses {@code ["a",12,null]} into {@code size} values. */
    static JsonRow parse(String json, int size) throws SQLException {
        if (json == null) {
            throw new SQLException("rij zonder kolommen");
        }
        String[] values = new String[size];
        // json_array writes no spaces; a backslash is rare (a quote in a company name), so the
        // values are found with indexOf, which the JIT turns into a vector search.
        int backslash = json.indexOf('\\');
        int k = 0;
        expect(json, k++, '[');
        for (int n = 0; n < size; n++) {
            if (charAt(json, k) == '"') {
                int start = k + 1;
                int end = json.indexOf('"', start);
                if (end < 0) {
                    throw new SQLException("afgebroken JSON-rij: " + json);
                }
                if (backslash < 0 || backslash > end) {
                    values[n] = json.substring(start, end);
                    k = end + 1;
                } else {
                    StringBuilder text = new StringBuilder();
                    k = start;
                    char c;
                    while ((c = charAt(json, k)) != '"') {
                        if (c == '\\') {
                            k = unescape(json, k + 1, text);
                        } else {
                            text.append(c);
                            k++;
                        }
                    }
                    values[n] = text.toString();
                    k++;
                    backslash = json.indexOf('\\', k);
                }
            } else {
                int end = k;
                while (end < json.length() && json.charAt(end) != ',' && json.charAt(end) != ']') {
                    end++;
                }
                values[n] = json.startsWith("null", k) && end == k + 4 ? null : json.substring(k, end);
                k = end;
            }
            expect(json, k++, n == size - 1 ? ']' : ',');
        }
        return new JsonRow(values);
    }

    /** The text of column {@code k} (0-based), or null. */
    String text(int k) {
        return values[k];
    }

    /** The integer of column {@code k}; 0 for null, as JDBC's getInt gives. */
    int integer(int k) throws SQLException {
        String v = values[k];
        return v == null ? 0 : (int) longValue(v);
    }

    /** Whether column {@code k} is null. */
    boolean isNull(int k) {
        return values[k] == null;
    }

    private static long longValue(String v) throws SQLException {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            try {
                // A real or a text in an integer column (edited in QGIS): JDBC would truncate it too.
                return (long) Double.parseDouble(v);
            } catch (NumberFormatException notANumber) {
                throw new SQLException("geen geheel getal: '" + v + "'", notANumber);
            }
        }
    }

    private static int unescape(String json, int k, StringBuilder out) throws SQLException {
        char c = charAt(json, k);
        switch (c) {
            case '"', '\\', '/' -> out.append(c);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                if (k + 4 >= json.length()) {
                    throw new SQLException("afgebroken JSON-rij");
                }
                out.append((char) Integer.parseInt(json.substring(k + 1, k + 5), 16));
                return k + 5;
            }
            default -> throw new SQLException("onbekende JSON-escape \\" + c);
        }
        return k + 1;
    }

    private static char charAt(String json, int k) throws SQLException {
        if (k >= json.length()) {
            throw new SQLException("afgebroken JSON-rij");
        }
        return json.charAt(k);
    }

    private static void expect(String json, int k, char wanted) throws SQLException {
        if (charAt(json, k) != wanted) {
            throw new SQLException("onverwacht teken in JSON-rij op " + k + ": " + json);
        }
    }
}
