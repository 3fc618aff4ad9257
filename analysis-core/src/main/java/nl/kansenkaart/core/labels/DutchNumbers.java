package nl.kansenkaart.core.labels;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Formats and parses numbers the Dutch way: thousands dot, decimal comma ("1.240", "1,3"). Written
 * by hand rather than with java.text so it is thread-safe and cheap enough for a million reason lines.
 */
public final class DutchNumbers {
    private DutchNumbers() {}

    /** "1.240" for 1240, "-12.000" for -12000. */
    public static String integer(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + 6);
        if (value < 0) {
            out.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** The value rounded half up to whole units: "1.240" for 1239.6. */
    public static String rounded(double value) {
        return integer(Math.round(value));
    }

    /**
     * The value with at most {@code decimals} decimals, rounded half up, trailing zeros dropped:
     * "1,3", "66,3", "225,01", "1.240".
     */
    public static String decimal(double value, int decimals) {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("ongeldig aantal decimalen " + decimals);
        }
        double scale = Math.pow(10, decimals);
        long scaled = Math.round(Math.abs(value) * scale);
        long whole = (long) (scaled / scale);
        long fraction = scaled - Math.round(whole * scale);
        String sign = value < 0 && scaled != 0 ? "-" : "";
        if (fraction == 0) {
            return sign + integer(whole);
        }
        String frac =
                String.format(Locale.ROOT, "%0" + decimals + "d", fraction).replaceAll("0+$", "");
        return sign + integer(whole) + "," + frac;
    }

    /**
     * A share as a percentage with at most one decimal, truncated (not rounded) so that 49,96 % is
     * shown as "49,9 %" and never looks like it reached a 50 % threshold it missed.
     */
    public static String percent(double share) {
        double tenths = Math.floor(share * 1000 + 1e-9);
        return decimal(tenths / 10.0, 1) + " %";
    }

    /**
     * Parses a number as a consultant types it: "52000", "52.000", "52000,5", "52.000,5", "1.5".
     * A dot is a thousands separator only when it groups exactly three digits and there is no comma
     * or when a comma follows; otherwise it is a decimal point.
     *
     * @return empty when the text is not a number
     */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = text.strip().replace(" ", "").replace("\u00a0", "");
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.matches("-?[0-9]{1,3}(\\.[0-9]{3})+")) {
            s = s.replace(".", "");
        }
        if (!s.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(s));
    }
}
