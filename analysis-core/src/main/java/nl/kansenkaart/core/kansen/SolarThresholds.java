package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.Properties;
import nl.kansenkaart.core.text.DutchNumbers;
import nl.kansenkaart.core.text.PropertyReader;

/**
 * The solar size classes and the smallest "zon op dak" kans (keys {@code zon.*}).
 *
 * @param smallBelowKwp size class "klein" below this peak power, kWp
 * @param mediumBelowKwp class "middel" below this, kWp
 * @param largeBelowKwp class "groot" below this, "GH1" from here, kWp
 * @param minKwp a building needs at least this peak power for a "zon op dak" opportunity, kWp
 */
public record SolarThresholds(double smallBelowKwp, double mediumBelowKwp, double largeBelowKwp, double minKwp) {
    static final List<AssumptionKey<SolarThresholds>> KEYS = List.of(
            AssumptionKey.decimal(
                    "zon.klein_onder_kwp", "zon klein onder (kWp)", 0, 1e6, SolarThresholds::smallBelowKwp),
            AssumptionKey.decimal(
                    "zon.middel_onder_kwp", "zon middel onder (kWp)", 0, 1e6, SolarThresholds::mediumBelowKwp),
            AssumptionKey.decimal(
                    "zon.groot_onder_kwp", "zon groot onder, GH1 vanaf (kWp)", 0, 1e6, SolarThresholds::largeBelowKwp),
            AssumptionKey.decimal("zon.min_kwp", "zon op dak vanaf (kWp)", 0, 1e6, SolarThresholds::minKwp));

    public SolarThresholds {
        AssumptionKey.check(KEYS, smallBelowKwp, mediumBelowKwp, largeBelowKwp, minKwp);
        if (!(smallBelowKwp <= mediumBelowKwp && mediumBelowKwp <= largeBelowKwp)) {
            throw PropertyReader.invalid(
                    "zon.middel_onder_kwp",
                    DutchNumbers.decimal(mediumBelowKwp, 3),
                    "de grenzen moeten oplopen: klein <= middel <= groot");
        }
    }

    static SolarThresholds read(Properties p, SolarThresholds base) {
        double[] v = AssumptionKey.read(p, KEYS, base);
        return new SolarThresholds(v[0], v[1], v[2], v[3]);
    }
}
