package nl.kansenkaart.io;

import java.util.Locale;
import java.util.Optional;

/** What a source file holds, as the consultant names it on the command line (`--as`). */
public enum SourceKind {
    PARKS("parks", "bedrijventerreinen (IBIS)"),
    BUILDINGS("buildings", "panden (BAG)"),
    UNITS("units", "verblijfsobjecten (BAG)"),
    ROOFS("roofs", "daken (3D BAG)"),
    LABELS("labels", "energielabels (EP-Online)"),
    GRID("grid", "netcapaciteit"),
    COMPANIES("companies", "bedrijven (KvK)");

    private final String option;
    private final String dutchName;

    SourceKind(String option, String dutchName) {
        this.option = option;
        this.dutchName = dutchName;
    }

    /** The value of the `--as` option. */
    public String option() {
        return option;
    }

    /** What the consultant reads in reports and messages. */
    public String dutchName() {
        return dutchName;
    }

    /** Parses an `--as` value. */
    public static Optional<SourceKind> fromOption(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (SourceKind k : values()) {
            if (k.option.equals(wanted)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
