package nl.kansenkaart.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers the Dutch way, thousands dot and decimal comma ("1.240", "7,5"), written with long
 * arithmetic: an analysis writes several per pand and String.format or NumberFormat would cost more
 * than the analysis itself. Thread-safe (no state).
 *
 * <p>Two roundings, because the analyses were specified with both and their reports must not change:
 * {@link #decimal} and {@link #rounded} round the value times 10^decimals (so 1,115 to two decimals is
 * "1,12"); {@link #upTo}, {@link #fixed}, {@link #whole} and {@link #percent} round the exact binary
 * value half up, as {@code java.text.NumberFormat} does ("1,11"), and show NaN as "NaN".
 */
public final class DutchNumbers {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** Above this the scaled value no longer fits a long with room to spare. */
    private static final double LONG_SAFE = 1e17;

    // Dutch thousands grouping ("2.000") would silently read as 2.0 in a plain number.
    private static final Pattern GROUPED = Pattern.compile("-?[1-9][0-9]{0,2}(\\.[0-9]{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?[0-9]+([.,][0-9]+)?");
    private static final Pattern LENIENT_GROUPED = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern LENIENT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private DutchNumbers() {}

    /** "1.240" for 1240, "-12.000" for -12000. */
    public static String integer(long value) {
        StringBuilder out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        appendGrouped(out, Long.toString(value).substring(value < 0 ? 1 : 0));
        return out.toString();
    }

    /** The value rounded with {@link Math#round(double)} to whole units: "1.240" for 1239.6, "-2" for -2.5. */
    public static String rounded(double value) {
        return integer(Math.round(value));
    }

    /**
     * The value with at most {@code decimals} (0..6) decimals, the value times 10^decimals rounded half
     * away from zero, trailing zeros dropped, no "-0": "1,3", "66,3", "225,01", "1.240"; NaN gives "0".
     */
    public static String decimal(double value, int decimals) {
        checkDecimals(decimals);
        long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
        return write(value < 0 && scaled != 0, scaled, decimals, 0);
    }

    /**
     * A share as a percentage with at most one decimal, truncated (not rounded) so that 49,96 % is
     * shown as "49,9 %" and never looks like it reached a 50 % threshold it missed.
     */
    public static String percentFloor(double share) {
        double tenths = Math.floor(share * 1000 + 1e-9);
        return decimal(tenths / 10.0, 1) + " %";
    }

    /** Rounded half up to a whole number: "1.240"; "-0" is shown as "0". */
    public static String whole(double value) {
        return halfUp(value, 0, 0);
    }

    /** At most {@code maxDecimals} decimals, half up, trailing zeros dropped: "31,7". */
    public static String upTo(double value, int maxDecimals) {
        return halfUp(value, 0, maxDecimals);
    }

    /** Exactly {@code decimals} decimals, half up: "0,90". */
    public static String fixed(double value, int decimals) {
        return halfUp(value, decimals, decimals);
    }

    /** A share as a percentage with at most one decimal, half up: 0.3 gives "30 %". */
    public static String percent(double share) {
        return upTo(share * 100, 1) + " %";
    }

    /**
     * Half up on the exact binary value, at least {@code minDecimals} and at most {@code maxDecimals}
     * (0..6) decimals, what NumberFormat writes for nl-NL with RoundingMode.HALF_UP, except that a bare
     * "-0" (a report would read it as an error) is written "0".
     */
    public static String halfUp(double value, int minDecimals, int maxDecimals) {
        checkDecimals(maxDecimals);
        if (minDecimals < 0 || minDecimals > maxDecimals) {
            throw new IllegalArgumentException("ongeldig aantal decimalen " + minDecimals);
        }
        if (Double.isNaN(value)) {
            return "NaN";
        }
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        double abs = Math.abs(value);
        if (Double.isInfinite(abs)) {
            return negative ? "-∞" : "∞";
        }
        double product = abs * POWERS[maxDecimals];
        if (product >= LONG_SAFE) {
            return bigHalfUp(negative, abs, minDecimals, maxDecimals);
        }
        double fraction = product - Math.floor(product);
        long scaled;
        // The product may be off by one ulp: only a value close to a tie needs the exact decimal expansion.
        if (Math.abs(fraction - 0.5) > Math.ulp(product) * 4) {
            scaled = Math.round(product);
        } else {
            scaled = new BigDecimal(abs)
                    .movePointRight(maxDecimals)
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        }
        String text = write(negative, scaled, maxDecimals, minDecimals);
        return text.equals("-0") ? "0" : text;
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
        } else if (LENIENT_GROUPED.matcher(s).matches()) {
            s = s.replace(".", "");
        }
        if (!LENIENT.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(s));
    }

    /**
     * Parses a number written without thousands separators, with a comma or a point before the
     * decimals ("2000", "0,25", "0.25"); empty for anything else, "2.000" included.
     */
    public static OptionalDouble parsePlain(String text) {
        if (text == null || !PLAIN.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(text.replace(',', '.')));
    }

    /** Whether the text looks like a number with Dutch thousands dots ("2.000", "1.250.000"). */
    public static boolean isGrouped(String text) {
        return text != null && GROUPED.matcher(text).matches();
    }

    private static void checkDecimals(int decimals) {
        if (decimals < 0 || decimals >= POWERS.length) {
            throw new IllegalArgumentException("ongeldig aantal decimalen " + decimals);
        }
    }

    /** Writes scaled / 10^decimals, dropping trailing zeros of the fraction down to minDecimals. */
    private static String write(boolean negative, long scaled, int decimals, int minDecimals) {
        long power = POWERS[decimals];
        long whole = scaled / power;
        long fraction = scaled % power;
        int digits = decimals;
        while (digits > minDecimals && fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        StringBuilder out = new StringBuilder(28);
        if (negative) {
            out.append('-');
        }
        appendGrouped(out, Long.toString(whole));
        if (digits > 0) {
            out.append(',');
            String f = Long.toString(fraction);
            for (int i = f.length(); i < digits; i++) {
                out.append('0');
            }
            out.append(f);
        }
        return out.toString();
    }

    private static String bigHalfUp(boolean negative, double abs, int minDecimals, int maxDecimals) {
        // So large that only the shortest decimal form of the double means anything; NumberFormat writes that.
        BigDecimal rounded = new BigDecimal(Double.toString(abs)).setScale(maxDecimals, RoundingMode.HALF_UP);
        String plain = rounded.toPlainString();
        int dot = plain.indexOf('.');
        String wholeDigits = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        int end = fraction.length();
        while (end > minDecimals && fraction.charAt(end - 1) == '0') {
            end--;
        }
        StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3 + 2);
        if (negative) {
            out.append('-');
        }
        appendGrouped(out, wholeDigits);
        if (end > 0) {
            out.append(',').append(fraction, 0, end);
        }
        return out.toString();
    }

    private static void appendGrouped(StringBuilder out, String digits) {
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
    }
}
