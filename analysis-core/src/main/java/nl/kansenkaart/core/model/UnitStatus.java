package nl.kansenkaart.core.model;

import java.util.Locale;
import java.util.Optional;

/** The status of a BAG verblijfsobject, the closed list of the BAG. */
public enum UnitStatus {
    FORMED("Verblijfsobject gevormd"),
    NOT_REALISED("Niet gerealiseerd verblijfsobject"),
    IN_USE_NOT_MEASURED("Verblijfsobject in gebruik (niet ingemeten)"),
    IN_USE("Verblijfsobject in gebruik"),
    RENOVATION("Verbouwing verblijfsobject"),
    WITHDRAWN("Verblijfsobject ingetrokken"),
    OUT_OF_USE("Verblijfsobject buiten gebruik"),
    WRONGLY_REGISTERED("Verblijfsobject ten onrechte opgevoerd");

    private final String bagName;

    UnitStatus(String bagName) {
        this.bagName = bagName;
    }

    /** The status exactly as the BAG writes it. */
    public String bagName() {
        return bagName;
    }

    /** Whether the unit exists and is (or can be) used. */
    public boolean isActive() {
        return this == IN_USE || this == IN_USE_NOT_MEASURED || this == RENOVATION || this == OUT_OF_USE;
    }

    /** Parses the BAG text, ignoring case and surrounding space. */
    public static Optional<UnitStatus> fromBag(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (UnitStatus s : values()) {
            if (s.bagName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
