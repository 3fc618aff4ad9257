package nl.kansenkaart.core.obligations;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.core.labels.DutchNumbers;
import nl.kansenkaart.core.model.UsePurpose;

/**
 * The yearly energy use of one pand: estimated from floor area and intensities, or measured.
 *
 * @param electricityKwh electricity in kWh per year
 * @param gasM3 natural gas in m3 per year
 * @param electricityMeasured true when the consultant entered the electricity use
 * @param gasMeasured true when the consultant entered the gas use
 * @param areaByPurposeM2 the floor area counted per gebruiksdoel (the basis of the estimate)
 * @param notes remarks on the input, in Dutch (an ignored measured value), empty when none
 */
public record EnergyEstimate(
        double electricityKwh,
        double gasM3,
        boolean electricityMeasured,
        boolean gasMeasured,
        Map<UsePurpose, Double> areaByPurposeM2,
        List<String> notes) {

    public EnergyEstimate {
        if (!(electricityKwh >= 0) || !(gasM3 >= 0) || Double.isInfinite(electricityKwh) || Double.isInfinite(gasM3)) {
            throw new IllegalArgumentException("ongeldig energiegebruik " + electricityKwh + " kWh, " + gasM3 + " m3");
        }
        areaByPurposeM2 = areaByPurposeM2.isEmpty()
                ? Collections.emptyMap()
                : Collections.unmodifiableMap(new EnumMap<>(areaByPurposeM2));
        notes = List.copyOf(notes);
    }

    /** The floor area the estimate rests on, m2. */
    public double totalAreaM2() {
        double sum = 0;
        for (double a : areaByPurposeM2.values()) {
            sum += a;
        }
        return sum;
    }

    /** "1.000 m2 kantoorfunctie, 500 m2 industriefunctie". */
    public String basisText() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<UsePurpose, Double> e : areaByPurposeM2.entrySet()) {
            out.append(out.length() == 0 ? "" : ", ")
                    .append(DutchNumbers.rounded(e.getValue()))
                    .append(" m2 ")
                    .append(e.getKey().bagName());
        }
        return out.toString();
    }
}
