package nl.kansenkaart.core.obligations;

/**
 * Yearly energy use per m2 gebruiksoppervlakte for one gebruiksdoel.
 *
 * @param electricityKwhPerM2 electricity in kWh per m2 per year
 * @param gasM3PerM2 natural gas in m3 per m2 per year (temperature-corrected where the source is)
 * @param basis where the pair comes from, in Dutch ("CBS 83374NED, kantoor overig 1.000-2.500 m2"
 *     or "indicatief")
 */
public record Intensity(double electricityKwhPerM2, double gasM3PerM2, String basis) {

    public Intensity {
        if (!(electricityKwhPerM2 >= 0) || Double.isInfinite(electricityKwhPerM2)) {
            throw new IllegalArgumentException("ongeldig kental elektriciteit " + electricityKwhPerM2 + " kWh/m2");
        }
        if (!(gasM3PerM2 >= 0) || Double.isInfinite(gasM3PerM2)) {
            throw new IllegalArgumentException("ongeldig kental gas " + gasM3PerM2 + " m3/m2");
        }
        basis = basis == null || basis.isBlank() ? "eigen waarde" : basis.strip();
    }
}
