package nl.kansenkaart.core.solar;

import java.util.OptionalInt;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * The rooftop solar potential of one building: how it was sized, its business case and its
 * flags, with a Dutch reason line built from them.
 *
 * @param buildingId the BAG pand id
 * @param constructionYear the bouwjaar used for the structural-check rule, empty when unknown
 * @param sizing the method used, its inputs and its panels, kWp and kWh
 * @param economics CO2, investment, savings and payback
 * @param flags GH1, existing PV, feed-in constraint and structural check
 */
public record SolarPotential(
        String buildingId, OptionalInt constructionYear, Sizing sizing, SolarEconomics economics, SolarFlags flags)
        implements SolarOutcome {

    public SolarPotential {
        if (buildingId == null || buildingId.isBlank()) {
            throw new IllegalArgumentException("pand-id ontbreekt");
        }
        if (constructionYear == null || sizing == null || economics == null || flags == null) {
            throw new IllegalArgumentException("zonberekening van pand " + buildingId + " is onvolledig");
        }
    }

    /** The method used (after any fallback). */
    public SolarMethod method() {
        return sizing.method();
    }

    /** Usable roof area in m2. */
    public double usableRoofAreaM2() {
        return sizing.usableRoofAreaM2();
    }

    /** Number of panels. */
    public int panels() {
        return sizing.panels();
    }

    /** Peak power in kWp. */
    public double peakPowerKwp() {
        return sizing.peakPowerKwp();
    }

    /** Yearly yield in kWh. */
    public double yieldKwhPerYear() {
        return sizing.yieldKwhPerYear();
    }

    @Override
    public String reason() {
        StringBuilder sb = new StringBuilder();
        sizing.fallback().ifPresent(f -> sb.append(f.dutch()).append(", terugval op footprint: "));
        sb.append(sizing.reason());
        if (flags.gh1SizeRoof()) {
            sb.append("; GH1-dak (erkende maatregel zon-PV)");
        }
        flags.existingPv().ifPresent(pv -> sb.append(pv ? "; heeft al zonnepanelen" : "; nog geen zonnepanelen"));
        if (flags.feedInConstrained()) {
            sb.append("; teruglevering beperkt door netcongestie");
        }
        if (flags.structuralCheckAdvised()) {
            sb.append("; constructieve check aanbevolen (")
                    .append(DutchNumbers.whole(sizing.footprintM2()))
                    .append(" m2, ")
                    .append(
                            constructionYear.isPresent()
                                    ? "bouwjaar " + constructionYear.getAsInt()
                                    : "bouwjaar onbekend")
                    .append(')');
        }
        return sb.toString();
    }
}
