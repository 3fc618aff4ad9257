package nl.kansenkaart.app.report.excel;

import java.util.Locale;
import java.util.Set;

/** Sheet names Excel accepts: at most 31 characters, none of []:*?/\, no quote at either end, unique. */
final class SheetNames {
    static final int MAX_LENGTH = 31;

    private SheetNames() {}

    /**
     * The name made valid and unique among {@code taken} (compared ignoring case, as Excel does),
     * which it is added to.
     */
    static String safe(String wanted, Set<String> taken) {
        String name = wanted.replaceAll("[\\[\\]:*?/\\\\\\x00-\\x1F]", " ")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^'+|'+$", "")
                .strip();
        if (name.isEmpty()) {
            name = "Blad";
        }
        name = cut(name, MAX_LENGTH);
        String candidate = name;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = cut(name, MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }
}
