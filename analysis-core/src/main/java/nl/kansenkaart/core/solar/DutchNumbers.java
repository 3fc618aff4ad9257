package nl.kansenkaart.core.solar;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a Dutch reader expects them in reason lines and reports: a dot between thousands and
 * a comma before decimals ("1.240", "31,7"). A new formatter per call because NumberFormat is not
 * thread-safe and the analyses run in parallel; reason lines are built only when read.
 */
final class DutchNumbers {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private DutchNumbers() {}

    /** Rounded to a whole number, half up: "1.240". */
    static String whole(double value) {
        return format(value, 0, 0);
    }

    /** At most {@code maxDecimals} decimals, trailing zeros dropped: "31,7". */
    static String upTo(double value, int maxDecimals) {
        return format(value, 0, maxDecimals);
    }

    /** Exactly {@code decimals} decimals: "0,90". */
    static String fixed(double value, int decimals) {
        return format(value, decimals, decimals);
    }

    /** A share as a percentage: 0.3 gives "30 %". */
    static String percent(double share) {
        return upTo(share * 100, 1) + " %";
    }

    private static String format(double value, int minDecimals, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(DUTCH);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setMinimumFractionDigits(minDecimals);
        f.setMaximumFractionDigits(maxDecimals);
        String text = f.format(value);
        // "-0" reads as an error in a report.
        return text.equals("-0") ? "0" : text;
    }
}
