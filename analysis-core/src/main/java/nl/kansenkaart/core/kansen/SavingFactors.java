package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.Properties;

/**
 * What a saving brings and what gas is worth (keys {@code besparing.*} and {@code gas.*}).
 *
 * @param labelCShare share of a building's energy use saved by reaching label C, 0..1
 * @param measuresShare share saved by the recognised measures (EML), 0..1
 * @param gasKwhPerM3 energy content of natural gas, kWh per m3 (upper heating value 9,77)
 * @param gasCo2KgPerM3 CO2 of natural gas, kg per m3
 */
public record SavingFactors(double labelCShare, double measuresShare, double gasKwhPerM3, double gasCo2KgPerM3) {
    static final List<AssumptionKey<SavingFactors>> KEYS = List.of(
            AssumptionKey.decimal(
                    "besparing.label_c_aandeel",
                    "besparing door label C (aandeel van het gebruik)",
                    0,
                    1,
                    SavingFactors::labelCShare),
            AssumptionKey.decimal(
                    "besparing.erkende_maatregelen_aandeel",
                    "besparing door erkende maatregelen (aandeel)",
                    0,
                    1,
                    SavingFactors::measuresShare),
            AssumptionKey.decimal(
                    "gas.kwh_per_m3", "energie-inhoud aardgas (kWh per m3)", 0.001, 100, SavingFactors::gasKwhPerM3),
            AssumptionKey.decimal(
                    "gas.co2_kg_per_m3", "CO2 aardgas (kg per m3)", 0, 100, SavingFactors::gasCo2KgPerM3));

    public SavingFactors {
        AssumptionKey.check(KEYS, labelCShare, measuresShare, gasKwhPerM3, gasCo2KgPerM3);
    }

    static SavingFactors read(Properties p, SavingFactors base) {
        double[] v = AssumptionKey.read(p, KEYS, base);
        return new SavingFactors(v[0], v[1], v[2], v[3]);
    }
}
