package nl.kansenkaart.core.solar;

import java.util.Optional;

/** The solar result for one building: a potential, or the reason it was not assessed. */
public sealed interface SolarOutcome permits SolarPotential, NotAssessed {

    /** The BAG pand id, 16 digits (or the caller's id in the footprint fast path). */
    String buildingId();

    /** One Dutch line saying what was computed and why, for the map and the Excel sheet. */
    String reason();

    /** The potential, when the building was assessed. */
    default Optional<SolarPotential> potential() {
        return this instanceof SolarPotential p ? Optional.of(p) : Optional.empty();
    }
}
