package nl.kansenkaart.core.labels;

import java.util.Set;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.text.Coded;

/**
 * How much of a verblijfsobject with several gebruiksdoelen counts as office. BAG does not say how
 * a mixed unit's area divides over its purposes, so every choice is an assumption and the reason
 * line says which one was used.
 */
public enum MixedUseRule implements Coded {
    /**
     * The whole unit counts as office when kantoorfunctie is one of its purposes and none of them
     * is woonfunctie. The default: the obligation counts the office area "with its ancillary
     * functions" (nevenfuncties), which BAG does not record, and a unit registered with kantoorfunctie
     * is the closest BAG comes to that; a screening should rather flag a building for a check than
     * miss it. A unit that is also a dwelling is a home with a workroom, not an office building.
     */
    OFFICE_WHEN_LISTED(
            "kantoor_indien_genoemd",
            "vbo met gemengd gebruik telt volledig als kantoor als kantoorfunctie een van de gebruiksdoelen is"
                    + " en woonfunctie niet"),
    /** The unit's area is divided equally over its purposes. */
    SPLIT_EQUALLY("gelijk_verdeeld", "vbo met gemengd gebruik: oppervlak gelijk verdeeld over de gebruiksdoelen"),
    /** Only units whose sole purpose is kantoorfunctie count as office (the strictest reading). */
    OFFICE_ONLY_WHEN_SOLE("alleen_zuiver_kantoor", "alleen vbo's met uitsluitend kantoorfunctie tellen als kantoor");

    private final String code;
    private final String description;

    MixedUseRule(String code, String description) {
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

    /** The share (0..1) of a unit with these purposes that counts as office. */
    public double officeFraction(Set<UsePurpose> purposes) {
        if (!purposes.contains(UsePurpose.OFFICE)) {
            return 0;
        }
        if (purposes.size() == 1) {
            return 1;
        }
        return switch (this) {
            case OFFICE_WHEN_LISTED -> purposes.contains(UsePurpose.RESIDENTIAL) ? 0 : 1;
            case SPLIT_EQUALLY -> 1.0 / purposes.size();
            case OFFICE_ONLY_WHEN_SOLE -> 0;
        };
    }
}
