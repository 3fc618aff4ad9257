package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.Properties;

/**
 * The thresholds of the park-wide collective rules (keys {@code collectief.*}).
 *
 * @param pvMinKwp a building joins the collective PV purchase from this peak power, kWp
 * @param minMembers a collective opportunity needs at least this many buildings
 */
public record CollectiveThresholds(double pvMinKwp, int minMembers) {
    static final List<AssumptionKey<CollectiveThresholds>> KEYS = List.of(
            AssumptionKey.decimal(
                    "collectief.zon_min_kwp",
                    "collectieve inkoop zon vanaf (kWp per pand)",
                    0,
                    1e6,
                    CollectiveThresholds::pvMinKwp),
            AssumptionKey.whole(
                    "collectief.min_panden",
                    "collectieve kans vanaf (panden)",
                    2,
                    1e6,
                    CollectiveThresholds::minMembers));

    public CollectiveThresholds {
        AssumptionKey.check(KEYS, pvMinKwp, minMembers);
    }

    static CollectiveThresholds read(Properties p, CollectiveThresholds base) {
        double[] v = AssumptionKey.read(p, KEYS, base);
        return new CollectiveThresholds(v[0], (int) v[1]);
    }
}
