package nl.kansenkaart.core.text;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads assumption values from a {@link Properties} file with Dutch keys, falling back to a base
 * value when a key is absent, and failing with a Dutch message that names the key and the value.
 * Shared by the assumption records of labels, obligations, grid, kansen and solar so that all read alike.
 */
public final class PropertyReader {
    private final Properties properties;

    /** Reads from the given properties (not copied; read once, in the constructor of a record). */
    public PropertyReader(Properties properties) {
        if (properties == null) {
            throw new IllegalArgumentException("instellingen ontbreken");
        }
        this.properties = properties;
    }

    /** The stripped text of the key, or the fallback when absent or blank. */
    public String text(String key, String fallback) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** A decimal number (comma or point) within [min, max]. */
    public double decimal(String key, double fallback, double min, double max) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        double parsed = DutchNumbers.parse(value).orElseThrow(() -> invalid(key, value, "een getal verwacht"));
        if (parsed < min || parsed > max) {
            throw outOfRange(key, value, min, max);
        }
        return parsed;
    }

    /** "ja"/"nee" (also true/false, 1/0). */
    public boolean yesNo(String key, boolean fallback) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "true", "1", "waar" -> true;
            case "nee", "false", "0", "onwaar" -> false;
            default -> throw invalid(key, value, "verwacht 'ja' of 'nee'");
        };
    }

    /** A date written as 2025-01-01 or 1-1-2025. */
    public LocalDate date(String key, LocalDate fallback) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String s = value.strip();
        try {
            if (s.matches("[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}")) {
                String[] p = s.split("-");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            throw invalid(key, value, "verwacht een datum als 2025-01-01");
        }
    }

    /** One of an enum's values, written as its {@link Coded#code()}. */
    public <E extends Enum<E> & Coded> E choice(String key, E fallback) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        StringBuilder allowed = new StringBuilder();
        for (E option : fallback.getDeclaringClass().getEnumConstants()) {
            if (option.code().equals(wanted)) {
                return option;
            }
            allowed.append(allowed.length() == 0 ? "" : ", ").append(option.code());
        }
        throw invalid(key, value, "verwacht een van: " + allowed);
    }

    /** The Dutch message the lenient readers use: "ongeldige waarde '150' voor instelling 'key': ...". */
    public static IllegalArgumentException invalid(String key, String value, String expected) {
        return new IllegalArgumentException(
                "ongeldige waarde '" + value + "' voor instelling '" + key + "': " + expected);
    }

    /** {@link #invalid} for a number outside [min, max]: "... verwacht tussen 0 en 1". */
    public static IllegalArgumentException outOfRange(String key, String value, double min, double max) {
        return invalid(
                key, value, "verwacht tussen " + DutchNumbers.decimal(min, 3) + " en " + DutchNumbers.decimal(max, 3));
    }

    /**
     * The shorter Dutch message of the strict readers, whose keys carry their analysis as prefix
     * ("zon."): "ongeldige waarde -3 voor zon.wattpiek_per_paneel: ..."; a number is shown
     * {@link #plain}, anything else quoted.
     */
    public static String invalidMessage(String key, Object value, String why) {
        String shown = value instanceof Double d ? plain(d) : "'" + value + "'";
        return "ongeldige waarde " + shown + " voor " + key + ": " + why;
    }

    /**
     * A number written without thousands dots ("2000", "0,25", "0.25"); a Dutch grouping like
     * "2.000" is refused because a reader would silently take it for 2.
     *
     * @throws IllegalArgumentException with {@link #invalidMessage} when absent or not such a number
     */
    public static double plainNumber(String key, String text) {
        if (text == null) {
            throw new IllegalArgumentException(key + " ontbreekt");
        }
        if (DutchNumbers.isGrouped(text)) {
            throw new IllegalArgumentException(invalidMessage(
                    key,
                    text,
                    "schrijf getallen zonder punt tussen de duizendtallen (2000) en met een komma of punt"
                            + " voor decimalen (0,25)"));
        }
        return DutchNumbers.parsePlain(text)
                .orElseThrow(() -> new IllegalArgumentException(invalidMessage(key, text, "geen getal")));
    }

    /** A number for a file or key: a dot before decimals and no needless ".0" ("430", "0.9"). */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
