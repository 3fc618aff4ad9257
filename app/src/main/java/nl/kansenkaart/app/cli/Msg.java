package nl.kansenkaart.app.cli;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's Dutch texts, from the same resource bundle picocli reads for its usage help. */
public final class Msg {
    /** The bundle base name; picocli reads it too (see {@link KansenkaartCommand}). */
    public static final String BUNDLE = "nl.kansenkaart.app.cli.Messages";

    /** Dutch number formatting: 12.345 and 1,5. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

    private Msg() {}

    /** The text for the key, with {0}-style arguments filled in (numbers in Dutch notation). */
    public static String get(String key, Object... args) {
        String pattern = MESSAGES.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, DUTCH).format(args);
    }

    /** A whole number with Dutch grouping: 12.345. */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(DUTCH).format(n);
    }

    /** A decimal number with Dutch notation and the given number of decimals: 1,5. */
    public static String decimal(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(DUTCH);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }
}
