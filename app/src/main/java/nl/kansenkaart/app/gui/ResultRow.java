package nl.kansenkaart.app.gui;

import java.util.Locale;
import java.util.Optional;

/** A row of a result table: it belongs to a pand (and maybe a unit) and can be searched. */
public interface ResultRow {
    /** The pand the row is about. */
    String pandId();

    /** The verblijfsobject the row is about, when it is about one. */
    default Optional<String> unitId() {
        return Optional.empty();
    }

    /** The text a search looks in: address, company and the row's words. */
    String searchText();

    /** Whether every word of the query occurs in the row's search text (case ignored). */
    default boolean matches(String query) {
        String text = (searchText() + " " + pandId()).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
