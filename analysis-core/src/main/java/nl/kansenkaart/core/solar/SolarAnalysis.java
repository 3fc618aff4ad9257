package nl.kansenkaart.core.solar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import nl.kansenkaart.core.grid.GridAnalysis;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.grid.SpatialGridJoin;
import nl.kansenkaart.core.model.BagIds;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;

/**
 * The rooftop solar analysis: per building and per park, pure (same input, same output) and safe
 * to call from several threads at once.
 */
public final class SolarAnalysis {

    /**
     * The override key (target BUILDING) that records whether a pand already has panels: "ja" or
     * "nee" (also "true"/"false", "1"/"0").
     */
    public static final String EXISTING_PV_KEY = "bestaande_zonnepanelen";

    /**
     * The override key (target BUILDING) with which the consultant marks a roof unsuitable for
     * panels: "ja" gives the pand 0 panels whatever its roof data say, "nee" (or no override) lets
     * the method decide. Also "true"/"false", "1"/"0".
     */
    public static final String ROOF_UNSUITABLE_KEY = "dak_ongeschikt";

    private SolarAnalysis() {}

    /**
     * Analyses every building of the snapshot, in pand-id order.
     *
     * @throws InvalidOverrideException when an override for existing panels or an unsuitable roof
     *     holds neither ja nor nee
     */
    public static SolarReport analyse(ParkSnapshot snapshot, SolarAssumptions a) {
        return analyse(snapshot, a, GridAnalysis.analyse(snapshot));
    }

    /**
     * Analyses every building of the snapshot with the park's grid positions, in pand-id order: the
     * feed-in flag shows the status the grid analysis gives the same pand (most severe where areas
     * overlap, the PC6 postcode fallback where no area holds it), so the two never disagree.
     *
     * @param grid the grid position of the snapshot's buildings (a pand without one counts as unknown)
     * @throws InvalidOverrideException when an override for existing panels or an unsuitable roof
     *     holds neither ja nor nee
     */
    public static SolarReport analyse(ParkSnapshot snapshot, SolarAssumptions a, List<GridPosition> grid) {
        Map<String, List<RoofPart>> parts = snapshot.roofPartsByBuilding();
        Map<String, Boolean> existingPv = yesNo(snapshot.overrides(), EXISTING_PV_KEY);
        Map<String, Boolean> unsuitable = yesNo(snapshot.overrides(), ROOF_UNSUITABLE_KEY);
        Map<String, CapacityStatus> feedIn = new HashMap<>(grid.size() * 2);
        for (GridPosition g : grid) {
            if (g.feedIn() != CapacityStatus.UNKNOWN) {
                feedIn.put(g.buildingId(), g.feedIn());
            }
        }
        List<Building> buildings = new ArrayList<>(snapshot.buildings());
        buildings.sort(Comparator.comparing(Building::id));
        List<SolarOutcome> outcomes = new ArrayList<>(buildings.size());
        for (Building b : buildings) {
            outcomes.add(assess(
                    b,
                    parts.getOrDefault(b.id(), List.of()),
                    Optional.ofNullable(feedIn.get(b.id())),
                    Optional.ofNullable(existingPv.get(b.id())),
                    unsuitable.getOrDefault(b.id(), false),
                    a));
        }
        return new SolarReport(
                snapshot.park().id(),
                snapshot.park().name(),
                a,
                outcomes,
                SolarTotals.of(outcomes),
                OptionalDouble.empty());
    }

    /**
     * Assesses one building.
     *
     * @param building the pand
     * @param roofParts its 3D BAG roof parts, empty when there are none
     * @param gridAreas the grid areas to find its feed-in status in, may be empty
     * @param existingPv whether it already has panels, empty when unknown
     */
    public static SolarOutcome assess(
            Building building,
            List<RoofPart> roofParts,
            List<GridArea> gridAreas,
            Optional<Boolean> existingPv,
            SolarAssumptions a) {
        return assess(building, roofParts, feedInAt(building, gridAreas), existingPv, false, a);
    }

    /**
     * Assesses one building, honouring the consultant's verdict on its roof.
     *
     * @param roofUnsuitable true when the consultant marked the roof unsuitable: 0 panels, with the
     *     sizing the method would have given kept in the reason
     */
    public static SolarOutcome assess(
            Building building,
            List<RoofPart> roofParts,
            List<GridArea> gridAreas,
            Optional<Boolean> existingPv,
            boolean roofUnsuitable,
            SolarAssumptions a) {
        return assess(building, roofParts, feedInAt(building, gridAreas), existingPv, roofUnsuitable, a);
    }

    private static SolarOutcome assess(
            Building b,
            List<RoofPart> roofParts,
            Optional<CapacityStatus> feedIn,
            Optional<Boolean> existingPv,
            boolean roofUnsuitable,
            SolarAssumptions a) {
        if (!b.status().isStanding()) {
            return new NotAssessed(b.id(), "BAG-status " + b.status().bagName());
        }
        double footprint = b.footprintAreaM2();
        if (!(footprint > 0)) {
            return new NotAssessed(b.id(), "pandgeometrie heeft geen oppervlak (0 m2)");
        }
        Sizing sizing = size(footprint, b.roof(), roofParts, a);
        if (roofUnsuitable) {
            sizing = new UnsuitableRoofSizing(sizing);
        }
        return potential(b.id(), b.constructionYear(), sizing, existingPv, feedIn, a);
    }

    /** The feed-in status of one pand by the grid join's rule (most severe where areas overlap), empty when unknown. */
    private static Optional<CapacityStatus> feedInAt(Building b, List<GridArea> gridAreas) {
        CapacityStatus s = SpatialGridJoin.of(gridAreas).locate(b).feedIn();
        return s == CapacityStatus.UNKNOWN ? Optional.empty() : Optional.of(s);
    }

    /**
     * Sizes a building by the assumptions' method; the roof-part method falls back to the actueel
     * footprint method when there are no roof parts.
     *
     * @param footprintM2 the footprint in m2, above 0
     * @param roof the 3D BAG roof summary, when imported
     * @param roofParts the roof parts, empty when there are none
     */
    public static Sizing size(
            double footprintM2, Optional<RoofSummary> roof, List<RoofPart> roofParts, SolarAssumptions a) {
        FootprintInput.requirePositiveFootprint(footprintM2, "(onbekend)");
        RoofShape shape = RoofShape.of(roof);
        return switch (a.method()) {
            case LEIDRAAD -> LeidraadSizing.of(footprintM2, a);
            case ACTUEEL -> ActueelSizing.of(footprintM2, shape, Optional.empty(), a);
            case DAKVLAKKEN -> roofParts.isEmpty()
                    ? ActueelSizing.of(footprintM2, shape, Optional.of(fallbackCause(roof)), a)
                    : RoofPartSizing.of(footprintM2, roofParts, a);
        };
    }

    /**
     * The fast path without geometry: each input sized by a footprint method (the roof-part method
     * falls back to actueel, as there are no parts). The stream stays lazy and may be parallel.
     */
    public static Stream<SolarPotential> analyseFootprints(Stream<FootprintInput> inputs, SolarAssumptions a) {
        return inputs.map(in -> {
            Sizing sizing =
                    switch (a.method()) {
                        case LEIDRAAD -> LeidraadSizing.of(in.footprintM2(), a);
                        case ACTUEEL -> ActueelSizing.of(in.footprintM2(), in.roofShape(), Optional.empty(), a);
                        case DAKVLAKKEN -> ActueelSizing.of(
                                in.footprintM2(), in.roofShape(), Optional.of(FootprintFallback.NO_ROOF_DATA), a);
                    };
            return potential(in.buildingId(), in.constructionYear(), sizing, Optional.empty(), Optional.empty(), a);
        });
    }

    private static SolarPotential potential(
            String id,
            OptionalInt year,
            Sizing sizing,
            Optional<Boolean> existingPv,
            Optional<CapacityStatus> feedIn,
            SolarAssumptions a) {
        SolarEconomics economics = SolarEconomics.of(sizing.peakPowerKwp(), sizing.yieldKwhPerYear(), a);
        SolarFlags flags = new SolarFlags(
                isGh1(sizing.usableRoofAreaM2(), sizing.peakPowerKwp(), a),
                existingPv,
                feedIn,
                structuralCheckAdvised(sizing.footprintM2(), sizing.panels(), year, a));
        return new SolarPotential(id, year, sizing, economics, flags);
    }

    /** GH1: at least the minimum suitable roof area and at least the minimum peak power. */
    static boolean isGh1(double usableRoofAreaM2, double peakPowerKwp, SolarAssumptions a) {
        return usableRoofAreaM2 >= a.gh1MinRoofAreaM2() && peakPowerKwp >= a.gh1MinPeakPowerKwp();
    }

    /**
     * A large roof that would carry panels, on a building older than the limit or of unknown age:
     * caution is the cheaper mistake when the age is missing.
     */
    static boolean structuralCheckAdvised(double footprintM2, int panels, OptionalInt year, SolarAssumptions a) {
        return panels > 0
                && footprintM2 >= a.structuralCheckMinFootprintM2()
                && (year.isEmpty() || year.getAsInt() < a.structuralCheckBuiltBefore());
    }

    private static FootprintFallback fallbackCause(Optional<RoofSummary> roof) {
        if (roof.isEmpty()) {
            return FootprintFallback.NO_ROOF_DATA;
        }
        return roof.get().greenhouse() ? FootprintFallback.GREENHOUSE : FootprintFallback.NO_ROOF_PARTS;
    }

    /** The ja/nee overrides with this key (target BUILDING) by pand id; a later one wins. */
    private static Map<String, Boolean> yesNo(List<Override> overrides, String key) {
        Map<String, Boolean> result = new HashMap<>();
        for (Override o : overrides) {
            if (o.target() != Override.OverrideTarget.BUILDING || !o.key().equalsIgnoreCase(key)) {
                continue;
            }
            String id = BagIds.pandId(o.targetId());
            String value = o.value().strip().toLowerCase(Locale.ROOT);
            boolean yes =
                    switch (value) {
                        case "ja", "true", "1" -> true;
                        case "nee", "false", "0" -> false;
                        default -> throw new InvalidOverrideException("ongeldige waarde '" + o.value() + "' voor " + key
                                + " van pand " + id + ": kies ja of nee");
                    };
            result.put(id, yes);
        }
        return result;
    }
}
