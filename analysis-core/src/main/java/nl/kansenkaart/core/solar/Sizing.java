package nl.kansenkaart.core.solar;

import java.util.Optional;

/** How many panels fit on one building and what they yield, by one of the three methods. */
public sealed interface Sizing permits LeidraadSizing, ActueelSizing, RoofPartSizing, UnsuitableRoofSizing {

    /** The method that produced this sizing (after any fallback). */
    SolarMethod method();

    /** The building's footprint in m2 (BAG geometry). */
    double footprintM2();

    /** The roof area judged suitable for panels in m2; the leidraad method takes the whole footprint. */
    double usableRoofAreaM2();

    /** Number of panels. */
    int panels();

    /** Peak power in kWp. */
    double peakPowerKwp();

    /** Yearly yield in kWh. */
    double yieldKwhPerYear();

    /** Why a footprint method was used although the roof-part method was asked for. */
    default Optional<FootprintFallback> fallback() {
        return Optional.empty();
    }

    /** The Dutch reason fragment for this sizing ("leidraad: 410 m2 / 4 m2 per paneel = 103 panelen ..."). */
    String reason();
}
