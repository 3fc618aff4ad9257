package nl.kansenkaart.app.gui;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as a Dutch consultant reads them: 1.250, 45,6, and a dash for "none". */
final class DutchFormat {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private DutchFormat() {}

    /** With so many decimals, grouped ("12.345,6"); NaN gives a dash. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "\u2013";
        }
        NumberFormat f = NumberFormat.getNumberInstance(DUTCH);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    /** Rounded to whole units, grouped. */
    static String whole(double value) {
        return number(value, 0);
    }

    /** An assumption value for editing: no grouping, a comma as decimal sign, no needless zeros. */
    static String plain(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(DUTCH);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(6);
        return f.format(value);
    }
}
