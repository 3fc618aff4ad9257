package nl.kansenkaart.app.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Dutch texts of the reports, from the bundle {@code nl/kansenkaart/app/report/Messages}. */
public final class ReportTexts {
    /** The reports are Dutch; the bundle can get an English sibling later. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "nl.kansenkaart.app.report.Messages",
            DUTCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ReportTexts() {}

    /** The text of a key; a missing key is a programming error and throws. */
    public static String text(String key) {
        return BUNDLE.getString(key);
    }

    /** The text of a key with {0}, {1}... filled in (arguments as text, so numbers keep no grouping). */
    public static String format(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(text(key).replace("'", "''"), DUTCH).format(texts);
    }
}
