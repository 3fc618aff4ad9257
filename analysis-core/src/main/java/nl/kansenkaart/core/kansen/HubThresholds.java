package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.Properties;

/**
 * The energy hub rule (keys {@code hub.*}): who is a producer or a consumer, how close they are, and
 * the cap on a hub's size.
 *
 * @param maxDistanceM single-linkage distance between footprints, m
 * @param producerMinKwp a producer has at least this solar potential, kWp
 * @param consumerMinKwh a consumer uses at least this much electricity, kWh per year
 * @param maxMembers a hub has at most this many buildings; a larger linked group is split
 * @param maxSpanM the members' centres fit in a rectangle with at most this diagonal, m
 */
public record HubThresholds(
        double maxDistanceM, double producerMinKwp, double consumerMinKwh, int maxMembers, double maxSpanM) {
    static final List<AssumptionKey<HubThresholds>> KEYS = List.of(
            AssumptionKey.decimal(
                    "hub.max_afstand_m",
                    "energiehub: maximale afstand tussen panden (m)",
                    0,
                    1e5,
                    HubThresholds::maxDistanceM),
            AssumptionKey.decimal(
                    "hub.producent_min_kwp",
                    "energiehub: producent vanaf (kWp)",
                    0,
                    1e6,
                    HubThresholds::producerMinKwp),
            AssumptionKey.decimal(
                    "hub.afnemer_min_kwh",
                    "energiehub: afnemer vanaf (kWh elektriciteit per jaar)",
                    0,
                    1e12,
                    HubThresholds::consumerMinKwh),
            AssumptionKey.whole("hub.max_panden", "energiehub: hoogstens (panden)", 2, 1e6, HubThresholds::maxMembers),
            AssumptionKey.decimal(
                    "hub.max_omvang_m",
                    "energiehub: hoogstens omvang (m, diagonaal om de middelpunten)",
                    1,
                    1e6,
                    HubThresholds::maxSpanM));

    public HubThresholds {
        AssumptionKey.check(KEYS, maxDistanceM, producerMinKwp, consumerMinKwh, maxMembers, maxSpanM);
    }

    static HubThresholds read(Properties p, HubThresholds base) {
        double[] v = AssumptionKey.read(p, KEYS, base);
        return new HubThresholds(v[0], v[1], v[2], (int) v[3], v[4]);
    }

    /** The cap as the clustering takes it. */
    Clustering.Limits limits() {
        return new Clustering.Limits(maxMembers, maxSpanM);
    }
}
