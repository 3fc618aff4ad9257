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
     * Only units whose sole purpose is kantoorfunctie count as office. The default: it counts what
     * BAG says for certain. The typical mixed unit on a business park is a hall registered with
     * industriefunctie and kantoorfunctie, where the office is a small part of the floor area (an
     * ancillary function of the hall); counting it fully made whole halls "100 % kantoor", and an
     * equal split makes a lone two-purpose unit exactly 50 %, which the {@code >=} rule obliges too.
     * The reason line names the mixed units and their area, so the consultant can check them.
     */
    OFFICE_ONLY_WHEN_SOLE(
            "alleen_zuiver_kantoor",
            "alleen vbo's met uitsluitend kantoorfunctie tellen als kantoor; vbo's met gemengd gebruik worden"
                    + " genoemd om te controleren"),
    /** The unit's area is divided equally over its purposes (proportional, as the energy estimate does). */
    SPLIT_EQUALLY("gelijk_verdeeld", "vbo met gemengd gebruik: oppervlak gelijk verdeeld over de gebruiksdoelen"),
    /**
     * The whole unit counts as office when kantoorfunctie is one of its purposes and none of them is
     * woonfunctie (the widest reading: rather check a hall than miss an office). A unit that is also
     * a dwelling is a home with a workroom, not an office building.
     */
    OFFICE_WHEN_LISTED(
            "kantoor_indien_genoemd",
            "vbo met gemengd gebruik telt volledig als kantoor als kantoorfunctie een van de gebruiksdoelen is"
                    + " en woonfunctie niet");

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
