package nl.kansenkaart.app.gui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The workbench's Dutch texts, from the resource bundle {@code nl.kansenkaart.app.gui.Messages}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("nl.kansenkaart.app.gui.Messages");

    // Numbers in messages read the Dutch way (1.234), whatever bundle locale resolved.
    private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl-NL");

    private Messages() {}

    /** The text for a key, with {0}-style arguments filled in when given. */
    public static String get(String key, Object... args) {
        String text = BUNDLE.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, DUTCH).format(args);
    }
}
