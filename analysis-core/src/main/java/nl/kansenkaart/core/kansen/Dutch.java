package nl.kansenkaart.core.kansen;

import nl.kansenkaart.core.labels.DutchNumbers;

/**
 * Numbers in explanations the Dutch way ("1.240", "7,5"), with long arithmetic only: the analysis
 * writes several per opportunity and a park may have a hundred thousand of them, where String.format
 * and NumberFormat would cost more than the analysis itself.
 */
final class Dutch {
    private static final long[] POWERS = {1, 10, 100, 1_000};

    private Dutch() {}

    /** Rounded half up to a whole number: "1.240". */
    static String whole(double value) {
        return DutchNumbers.integer(Math.round(value));
    }

    /** At most {@code decimals} (0..3) decimals, half up, trailing zeros dropped: "7,5", "0,35", "40". */
    static String decimal(double value, int decimals) {
        long power = POWERS[decimals];
        long scaled = Math.round(Math.abs(value) * power);
        long whole = scaled / power;
        long fraction = scaled % power;
        String sign = value < 0 && scaled != 0 ? "-" : "";
        if (fraction == 0) {
            return sign + DutchNumbers.integer(whole);
        }
        int digits = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        StringBuilder out =
                new StringBuilder(sign).append(DutchNumbers.integer(whole)).append(',');
        String f = Long.toString(fraction);
        for (int i = f.length(); i < digits; i++) {
            out.append('0');
        }
        return out.append(f).toString();
    }

    /** "1.240" for a count. */
    static String count(long value) {
        return DutchNumbers.integer(value);
    }
}
