package nl.kansenkaart.core.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A BAG gebruiksdoel of a verblijfsobject: the closed list of eleven. */
public enum UsePurpose {
    RESIDENTIAL("woonfunctie"),
    ASSEMBLY("bijeenkomstfunctie"),
    DETENTION("celfunctie"),
    HEALTHCARE("gezondheidszorgfunctie"),
    INDUSTRY("industriefunctie"),
    OFFICE("kantoorfunctie"),
    LODGING("logiesfunctie"),
    EDUCATION("onderwijsfunctie"),
    SPORT("sportfunctie"),
    RETAIL("winkelfunctie"),
    OTHER("overige gebruiksfunctie");

    // Compiled once: every unit read from a project passes here.
    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("[\\[\\]{}\"]");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[,;|]");

    private final String bagName;

    UsePurpose(String bagName) {
        this.bagName = bagName;
    }

    /** The gebruiksdoel exactly as the BAG writes it. */
    public String bagName() {
        return bagName;
    }

    /** Parses one BAG gebruiksdoel, ignoring case and surrounding space. */
    public static Optional<UsePurpose> fromBag(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (UsePurpose p : values()) {
            if (p.bagName.equals(wanted)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a list written as one string, as sources do ("kantoorfunctie,industriefunctie",
     * "{kantoorfunctie}", "[\"winkelfunctie\"]").
     *
     * @throws IllegalArgumentException naming the first part that is not a gebruiksdoel
     */
    public static Set<UsePurpose> parseList(String text) {
        Set<UsePurpose> result = EnumSet.noneOf(UsePurpose.class);
        if (text == null) {
            return result;
        }
        String cleaned = BRACKETS.matcher(text).replaceAll("");
        for (String part : SEPARATORS.split(cleaned)) {
            if (part.isBlank()) {
                continue;
            }
            result.add(fromBag(part)
                    .orElseThrow(() -> new IllegalArgumentException("onbekend gebruiksdoel '" + part.strip() + "'")));
        }
        return result;
    }
}
