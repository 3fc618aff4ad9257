package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.Properties;

/**
 * How the polygon of a collective opportunity is drawn (keys {@code kaart.*}).
 *
 * @param bufferM buffer around a collective's polygon on the map, m
 * @param maxGapM the largest gap between members that one part of the polygon of a park-wide
 *     collective (PV purchase, label C, saving) bridges; farther groups get a part of their own, m
 */
public record MapThresholds(double bufferM, double maxGapM) {
    static final List<AssumptionKey<MapThresholds>> KEYS = List.of(
            AssumptionKey.decimal(
                    "kaart.buffer_m", "kaart: buffer om collectieve kansen (m)", 0, 1000, MapThresholds::bufferM),
            AssumptionKey.decimal(
                    "kaart.max_overbrugging_m",
                    "kaart: grootste afstand die een parkbrede collectieve kans overbrugt (m)",
                    0,
                    1e5,
                    MapThresholds::maxGapM));

    public MapThresholds {
        AssumptionKey.check(KEYS, bufferM, maxGapM);
    }

    static MapThresholds read(Properties p, MapThresholds base) {
        double[] v = AssumptionKey.read(p, KEYS, base);
        return new MapThresholds(v[0], v[1]);
    }
}
