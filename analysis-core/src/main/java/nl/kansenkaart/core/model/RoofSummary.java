package nl.kansenkaart.core.model;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The 3D BAG roof attributes of one pand (the b3_* fields). Heights in metres above NAP, areas in
 * m2, volume in m3; absent when 3D BAG did not compute them.
 *
 * @param roofType b3_dak_type
 * @param groundAreaM2 b3_opp_grond
 * @param flatRoofAreaM2 b3_opp_dak_plat
 * @param slantedRoofAreaM2 b3_opp_dak_schuin
 * @param groundHeightM b3_h_maaiveld
 * @param roofHeight70pM b3_h_dak_70p
 * @param roofHeightMaxM b3_h_dak_max
 * @param volumeM3 b3_volume_lod22
 * @param floors b3_bouwlagen
 * @param greenhouse b3_kas_warenhuis: a greenhouse or very large hall without roof parts
 */
public record RoofSummary(
        RoofType roofType,
        OptionalDouble groundAreaM2,
        OptionalDouble flatRoofAreaM2,
        OptionalDouble slantedRoofAreaM2,
        OptionalDouble groundHeightM,
        OptionalDouble roofHeight70pM,
        OptionalDouble roofHeightMaxM,
        OptionalDouble volumeM3,
        OptionalInt floors,
        boolean greenhouse) {

    public RoofSummary {
        Checks.present(roofType, "daktype");
        groundAreaM2 = Checks.nonNegative(groundAreaM2, "grondoppervlak");
        flatRoofAreaM2 = Checks.nonNegative(flatRoofAreaM2, "plat dakoppervlak");
        slantedRoofAreaM2 = Checks.nonNegative(slantedRoofAreaM2, "schuin dakoppervlak");
        groundHeightM = Checks.finite(groundHeightM, "maaiveldhoogte");
        roofHeight70pM = Checks.finite(roofHeight70pM, "dakhoogte 70p");
        roofHeightMaxM = Checks.finite(roofHeightMaxM, "maximale dakhoogte");
        volumeM3 = Checks.nonNegative(volumeM3, "volume");
        Checks.present(floors, "bouwlagen");
        if (floors.isPresent() && floors.getAsInt() < 0) {
            throw new IllegalArgumentException("ongeldig aantal bouwlagen " + floors.getAsInt());
        }
    }

    /** The total roof area (flat + slanted) when 3D BAG gave both parts. */
    public OptionalDouble roofAreaM2() {
        if (flatRoofAreaM2.isEmpty() && slantedRoofAreaM2.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(flatRoofAreaM2.orElse(0) + slantedRoofAreaM2.orElse(0));
    }
}
