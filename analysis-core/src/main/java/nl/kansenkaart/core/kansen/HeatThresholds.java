package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.Properties;

/**
 * The heat exchange rule (keys {@code warmte.*}): large gas users close together, in groups of a
 * capped size.
 *
 * @param minGasM3 a large gas user uses at least this much gas, m3 per year
 * @param maxDistanceM single-linkage distance between the footprints of large gas users, m
 * @param maxMembers a group has at most this many buildings
 * @param maxSpanM the members' centres fit in a rectangle with at most this diagonal, m
 */
public record HeatThresholds(double minGasM3, double maxDistanceM, int maxMembers, double maxSpanM) {
    static final List<AssumptionKey<HeatThresholds>> KEYS = List.of(
            AssumptionKey.decimal(
                    "warmte.min_gas_m3",
                    "warmte-uitwisseling: grootverbruiker gas vanaf (m3 per jaar)",
                    0,
                    1e12,
                    HeatThresholds::minGasM3),
            AssumptionKey.decimal(
                    "warmte.max_afstand_m",
                    "warmte-uitwisseling: maximale afstand tussen panden (m)",
                    0,
                    1e5,
                    HeatThresholds::maxDistanceM),
            AssumptionKey.whole(
                    "warmte.max_panden", "warmte-uitwisseling: hoogstens (panden)", 2, 1e6, HeatThresholds::maxMembers),
            AssumptionKey.decimal(
                    "warmte.max_omvang_m",
                    "warmte-uitwisseling: hoogstens omvang (m, diagonaal om de middelpunten)",
                    1,
                    1e6,
                    HeatThresholds::maxSpanM));

    public HeatThresholds {
        AssumptionKey.check(KEYS, minGasM3, maxDistanceM, maxMembers, maxSpanM);
    }

    static HeatThresholds read(Properties p, HeatThresholds base) {
        double[] v = AssumptionKey.read(p, KEYS, base);
        return new HeatThresholds(v[0], v[1], (int) v[2], v[3]);
    }

    /** The cap as the clustering takes it. */
    Clustering.Limits limits() {
        return new Clustering.Limits(maxMembers, maxSpanM);
    }
}
