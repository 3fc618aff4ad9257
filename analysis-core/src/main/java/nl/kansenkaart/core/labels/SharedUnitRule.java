package nl.kansenkaart.core.labels;

import nl.kansenkaart.core.text.Coded;

/** How a verblijfsobject that BAG ties to several panden counts in each of them. */
public enum SharedUnitRule implements Coded {
    /**
     * Its area is divided equally over its panden. The default: park totals (office m2, energy use)
     * then add up to the BAG area instead of counting a shared unit twice, and BAG gives no better
     * key to divide by.
     */
    SPLIT_EQUALLY("gelijk_verdeeld", "oppervlak gelijk verdeeld over de panden"),
    /** Its full area counts in each pand it lies in (the BAG view per pand; double counts in totals). */
    FULL_IN_EACH("volledig_in_elk", "volledig oppervlak in elk pand");

    private final String code;
    private final String description;

    SharedUnitRule(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @java.lang.Override
    public String code() {
        return code;
    }

    @java.lang.Override
    public String description() {
        return description;
    }

    /** The part of a unit's area that counts in one of its {@code buildingCount} panden. */
    public double factor(int buildingCount) {
        return this == SPLIT_EQUALLY && buildingCount > 1 ? 1.0 / buildingCount : 1.0;
    }
}
