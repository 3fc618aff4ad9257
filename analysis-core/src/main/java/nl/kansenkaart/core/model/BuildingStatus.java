package nl.kansenkaart.core.model;

import java.util.Locale;
import java.util.Optional;

/** The status of a BAG pand, the closed list of ten values of the BAG. */
public enum BuildingStatus {
    PERMIT_GRANTED("Bouwvergunning verleend"),
    CONSTRUCTION_STARTED("Bouw gestart"),
    IN_USE("Pand in gebruik"),
    IN_USE_NOT_MEASURED("Pand in gebruik (niet ingemeten)"),
    RENOVATION("Verbouwing pand"),
    OUT_OF_USE("Pand buiten gebruik"),
    DEMOLITION_PERMIT_GRANTED("Sloopvergunning verleend"),
    DEMOLISHED("Pand gesloopt"),
    NOT_REALISED("Niet gerealiseerd pand"),
    WRONGLY_REGISTERED("Pand ten onrechte opgevoerd");

    private final String bagName;

    BuildingStatus(String bagName) {
        this.bagName = bagName;
    }

    /** The status exactly as the BAG writes it. */
    public String bagName() {
        return bagName;
    }

    /** Whether the building stands and can carry panels or be obliged: in use, renovated or out of use. */
    public boolean isStanding() {
        return switch (this) {
            case IN_USE, IN_USE_NOT_MEASURED, RENOVATION, OUT_OF_USE, DEMOLITION_PERMIT_GRANTED -> true;
            default -> false;
        };
    }

    /** Parses the BAG text, ignoring case and surrounding space. */
    public static Optional<BuildingStatus> fromBag(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (BuildingStatus s : values()) {
            if (s.bagName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
