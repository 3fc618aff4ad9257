package nl.kansenkaart.core.solar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * The roof-part method: every 3D BAG roof part on its own, with its true area, a yield factor from
 * slope and azimuth, north faces and tiny parts excluded, and flat parts laid out east-west.
 *
 * @param footprintM2 the building's footprint in m2
 * @param parts every roof part with how it was used, by part index
 * @param minimumPartAreaM2 the smallest usable part area that applied, for the reason line
 * @param usableRoofAreaM2 the summed area of the usable parts in m2
 * @param panels panels on all parts
 * @param peakPowerKwp peak power in kWp
 * @param yieldKwhPerYear yearly yield in kWh, each part with its own factor
 */
public record RoofPartSizing(
        double footprintM2,
        List<RoofPartUse> parts,
        double minimumPartAreaM2,
        double usableRoofAreaM2,
        int panels,
        double peakPowerKwp,
        double yieldKwhPerYear)
        implements Sizing {

    public RoofPartSizing {
        parts = List.copyOf(parts);
    }

    /**
     * Sizes a building from its roof parts.
     *
     * @param footprintM2 the footprint in m2
     * @param roofParts the building's parts, not empty
     */
    public static RoofPartSizing of(double footprintM2, List<RoofPart> roofParts, SolarAssumptions a) {
        List<RoofPart> sorted = new ArrayList<>(roofParts);
        sorted.sort(Comparator.comparingInt(RoofPart::index));
        List<RoofPartUse> uses = new ArrayList<>(sorted.size());
        double area = 0;
        int panels = 0;
        double kwp = 0;
        double kwh = 0;
        for (RoofPart part : sorted) {
            RoofPartUse use = use(part, a);
            uses.add(use);
            if (use.isUsable()) {
                area += use.areaM2();
                panels += use.panels();
                kwp += use.peakPowerKwp();
                kwh += use.yieldKwhPerYear();
            }
        }
        return new RoofPartSizing(footprintM2, uses, a.minimumPartAreaM2(), area, panels, kwp, kwh);
    }

    /** One part: excluded, or its panels, power and yield. */
    static RoofPartUse use(RoofPart part, SolarAssumptions a) {
        double slope = part.slopeDegrees();
        double azimuth = part.azimuthDegrees();
        boolean flat = slope < a.flatSlopeMaxDegrees();
        Optional<PartExclusion> exclusion = Optional.empty();
        if (!flat
                && slope >= a.northExclusionMinSlopeDegrees()
                && northDeviation(azimuth) <= a.northSectorHalfWidthDegrees()) {
            exclusion = Optional.of(PartExclusion.NORTH_FACE);
        } else if (part.areaM2() < a.minimumPartAreaM2()) {
            exclusion = Optional.of(PartExclusion.TOO_SMALL);
        }
        if (exclusion.isPresent()) {
            return new RoofPartUse(part.index(), part.areaM2(), slope, azimuth, flat, 0, 0, 0, 0, exclusion);
        }
        // Flat parts get an east-west layout at low tilt: orientation hardly matters there, so the
        // table's flat row applies whatever azimuth 3D BAG computed for the nearly level face.
        double factor =
                flat ? a.yieldFactors().factor(0, 180) : a.yieldFactors().factor(slope, azimuth);
        double cover = flat ? a.flatCoverRatio() : a.pitchedCoverRatio();
        int panels = ActueelSizing.panels(part.areaM2() * cover, a);
        double kwp = panels * a.panelPeakPowerWp() / 1000.0;
        return new RoofPartUse(
                part.index(),
                part.areaM2(),
                slope,
                azimuth,
                flat,
                factor,
                panels,
                kwp,
                kwp * a.specificYieldKwhPerKwp() * factor,
                Optional.empty());
    }

    /** The angle between a compass direction and north, 0..180 degrees. */
    static double northDeviation(double azimuthDegrees) {
        return 180 - YieldFactorTable.southDeviation(azimuthDegrees);
    }

    @Override
    public SolarMethod method() {
        return SolarMethod.DAKVLAKKEN;
    }

    /** The number of parts that carry panels in the design. */
    public long usableParts() {
        return parts.stream().filter(RoofPartUse::isUsable).count();
    }

    @Override
    public String reason() {
        StringBuilder sb = new StringBuilder("dakvlakken: ")
                .append(usableParts())
                .append(" van ")
                .append(parts.size())
                .append(" bruikbaar, ")
                .append(DutchNumbers.whole(usableRoofAreaM2))
                .append(" m2, ")
                .append(DutchNumbers.whole(panels))
                .append(panels == 1 ? " paneel, " : " panelen, ")
                .append(DutchNumbers.upTo(peakPowerKwp, 1))
                .append(" kWp");
        for (PartExclusion e : PartExclusion.values()) {
            long n = parts.stream()
                    .filter(p -> p.exclusion().equals(Optional.of(e)))
                    .count();
            if (n > 0) {
                sb.append("; ").append(e.dutch(n));
                if (e == PartExclusion.TOO_SMALL) {
                    sb.append(" (< ")
                            .append(DutchNumbers.upTo(minimumPartAreaM2, 1))
                            .append(" m2)");
                }
                sb.append(" uitgesloten");
            }
        }
        return sb.toString();
    }
}
