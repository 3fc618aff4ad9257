package nl.kansenkaart.core.solar;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * One building for the footprint fast path: what the footprint methods need, without geometry.
 *
 * @param buildingId the caller's id (a BAG pand id or a row number)
 * @param footprintM2 the footprint in m2, finite and above 0
 * @param roofShape what is known about the roof
 * @param constructionYear the bouwjaar, empty when unknown
 */
public record FootprintInput(String buildingId, double footprintM2, RoofShape roofShape, OptionalInt constructionYear) {

    public FootprintInput {
        if (buildingId == null || buildingId.isBlank()) {
            throw new IllegalArgumentException("pand-id ontbreekt");
        }
        requirePositiveFootprint(footprintM2, buildingId);
        if (roofShape == null || constructionYear == null) {
            throw new IllegalArgumentException("daktype of bouwjaar van pand " + buildingId + " ontbreekt");
        }
    }

    /** Refuses a footprint that is zero, negative, NaN or infinite, naming the building. */
    static void requirePositiveFootprint(double footprintM2, String what) {
        if (!Double.isFinite(footprintM2) || footprintM2 <= 0) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "ongeldig footprint-oppervlak %s m2 van pand %s: moet een getal groter dan 0 zijn",
                    footprintM2,
                    what));
        }
    }
}
