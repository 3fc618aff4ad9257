package nl.kansenkaart.core.obligations;

import java.util.List;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * The yearly energy use of one pand: estimated from floor area and intensities, or measured.
 *
 * @param electricityKwh electricity in kWh per year
 * @param gasM3 natural gas in m3 per year
 * @param electricityMeasured true when the consultant entered the electricity use
 * @param gasMeasured true when the consultant entered the gas use
 * @param basis the floor area counted per gebruiksdoel, in the order of {@link UsePurpose} (the basis of
 *     the estimate; a list rather than a map because it is made a million times in a batch)
 * @param notes remarks on the input, in Dutch (an ignored measured value), empty when none
 */
public record EnergyEstimate(
        double electricityKwh,
        double gasM3,
        boolean electricityMeasured,
        boolean gasMeasured,
        List<PurposeArea> basis,
        List<String> notes) {

    public EnergyEstimate {
        if (!(electricityKwh >= 0) || !(gasM3 >= 0) || Double.isInfinite(electricityKwh) || Double.isInfinite(gasM3)) {
            throw new IllegalArgumentException("ongeldig energiegebruik " + electricityKwh + " kWh, " + gasM3 + " m3");
        }
        basis = List.copyOf(basis);
        notes = List.copyOf(notes);
    }

    /** The floor area the estimate rests on, m2. */
    public double totalAreaM2() {
        double sum = 0;
        for (PurposeArea a : basis) {
            sum += a.areaM2();
        }
        return sum;
    }

    /** The area counted for one gebruiksdoel, 0 when none. */
    public double areaM2(UsePurpose purpose) {
        for (PurposeArea a : basis) {
            if (a.purpose() == purpose) {
                return a.areaM2();
            }
        }
        return 0;
    }

    /** "1.000 m2 kantoorfunctie, 500 m2 industriefunctie". */
    public String basisText() {
        StringBuilder out = new StringBuilder();
        for (PurposeArea a : basis) {
            out.append(out.length() == 0 ? "" : ", ")
                    .append(DutchNumbers.rounded(a.areaM2()))
                    .append(" m2 ")
                    .append(a.purpose().bagName());
        }
        return out.toString();
    }
}
