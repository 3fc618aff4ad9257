package nl.kansenkaart.core.model;

import java.util.Locale;
import java.util.Optional;

/** The roof type that 3D BAG detects per pand (b3_dak_type). */
public enum RoofType {
    SLANTED("slanted"),
    MULTIPLE_HORIZONTAL("multiple horizontal"),
    SINGLE_HORIZONTAL("single horizontal"),
    NO_POINTS("no points"),
    COULD_NOT_DETECT("could not detect");

    private final String code;

    RoofType(String code) {
        this.code = code;
    }

    /** The value as 3D BAG writes it. */
    public String code() {
        return code;
    }

    /** Whether the roof is (mostly) flat. */
    public boolean isFlat() {
        return this == MULTIPLE_HORIZONTAL || this == SINGLE_HORIZONTAL;
    }

    /** Parses the 3D BAG value, ignoring case, space and underscores; "horizontal" is single horizontal. */
    public static Optional<RoofType> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        if (wanted.equals("horizontal")) {
            // 3D BAG (v2024.04.20, the Delft test data) writes a single flat roof as "horizontal".
            return Optional.of(SINGLE_HORIZONTAL);
        }
        for (RoofType t : values()) {
            if (t.code.equals(wanted)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
