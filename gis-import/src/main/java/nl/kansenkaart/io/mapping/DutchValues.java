package nl.kansenkaart.io.mapping;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses values as Dutch sources write them: numbers with a decimal comma and dot thousands
 * ("1.234,5", "1,32") or the other way round ("1234.5", "0.88E0"), dates as yyyyMMdd, yyyy-MM-dd
 * or dd-MM-yyyy, and booleans as 0/1, true/false or ja/nee. Failures say what was wrong in Dutch.
 */
public final class DutchValues {
    private DutchValues() {}

    private static final Pattern DUTCH_THOUSANDS = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?");
    private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+\\.[0-9]+");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT);

    /**
     * A number from a source value (a Number or text).
     *
     * @throws NumberFormatException with a Dutch message when the text is not a number
     */
    public static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return decimal(String.valueOf(value)).doubleValue();
    }

    /** The text as an exact decimal, reading the Dutch and the English way of writing numbers. */
    public static BigDecimal decimal(String text) {
        String t = text.strip().replace(" ", "").replace("\u00a0", "");
        if (t.isEmpty()) {
            throw new NumberFormatException("leeg getal");
        }
        String normal;
        if (DUTCH_THOUSANDS.matcher(t).matches()) {
            normal = t.replace(".", "").replace(',', '.');
        } else if (ENGLISH_THOUSANDS.matcher(t).matches()) {
            normal = t.replace(",", "");
        } else if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            // "1,32": one comma and no dot is a decimal comma; "1,234" is read the same way on
            // purpose, because Dutch exports never write an English thousands comma without decimals.
            if (t.indexOf(',') != t.lastIndexOf(',')) {
                throw new NumberFormatException("geen getal: '" + text + "'");
            }
            normal = t.replace(',', '.');
        } else {
            normal = t;
        }
        try {
            return new BigDecimal(normal);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("geen getal: '" + text + "'");
        }
    }

    /** A whole number; "1977.0" and "1.977" read as 1977, "12,5" is refused. */
    public static long whole(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        BigDecimal d = value instanceof BigDecimal b
                ? b
                : value instanceof Number n ? BigDecimal.valueOf(n.doubleValue()) : decimal(String.valueOf(value));
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("geen geheel getal: '" + value + "'");
        }
    }

    /** A date from a LocalDate, a date-time, or text as yyyyMMdd, yyyy-MM-dd or dd-MM-yyyy. */
    public static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        String t = String.valueOf(value).strip();
        if (value instanceof Number n) {
            t = Long.toString(n.longValue());
        }
        try {
            if (t.matches("[0-9]{8}")) {
                return LocalDate.parse(t, COMPACT);
            }
            if (t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}([T ].*)?")) {
                return LocalDate.parse(t.substring(0, 10));
            }
            if (t.matches("[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}")) {
                return LocalDate.parse(t, DUTCH_DATE);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ongeldige datum '" + t + "'");
        }
        throw new IllegalArgumentException("onbekende datumnotatie '" + t + "'");
    }

    /** A boolean from 0/1, true/false, ja/nee, j/n, yes/no; empty for other text. */
    public static Optional<Boolean> bool(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == 0 ? Optional.of(false) : d == 1 ? Optional.of(true) : Optional.empty();
        }
        return switch (String.valueOf(value).strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "t", "ja", "j", "yes", "y", "waar" -> Optional.of(true);
            case "0", "false", "f", "nee", "n", "no", "onwaar" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static final java.util.regex.Pattern SCIENTIFIC =
            java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?[eE][+]?[0-9]+");

    /** The text of an identifier value: numbers without decimals or exponent ("8.551E14" -> "855100000000000"). */
    public static String idText(Object value) {
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        String t = String.valueOf(value).strip();
        // Most ids have no exponent: the pattern only runs on text that could be one.
        if ((t.indexOf('e') >= 0 || t.indexOf('E') >= 0)
                && SCIENTIFIC.matcher(t).matches()) {
            return new BigDecimal(t).stripTrailingZeros().toPlainString();
        }
        return t;
    }
}
