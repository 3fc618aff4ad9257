package nl.kansenkaart.core.obligations;

import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * The energy use and likely obligation of one pand.
 *
 * @param buildingId the pand (16 digits)
 * @param estimate the yearly use and its basis
 * @param level the likely obligation
 * @param assumptions the assumptions used (thresholds and intensities, for the reason line)
 */
public record ObligationResult(
        String buildingId, EnergyEstimate estimate, ObligationLevel level, ObligationAssumptions assumptions) {

    public ObligationResult {
        if (buildingId == null || estimate == null || level == null || assumptions == null) {
            throw new IllegalArgumentException("verplichtingresultaat onvolledig");
        }
    }

    /**
     * The reason line: "energiebesparingsplicht waarschijnlijk: geschat 66.300 kWh en 10.900 m3 gas per jaar
     * (grens 50.000 kWh of 25.000 m3); basis 1.000 m2 kantoorfunctie, kentallen CBS ... 2012".
     */
    public String reason() {
        if (level == ObligationLevel.UNKNOWN) {
            return "energiegebruik onbekend: geen actieve verblijfsobjecten met gebruiksoppervlakte en geen gemeten"
                    + " waarden" + notes();
        }
        boolean research = level == ObligationLevel.RESEARCH_LIKELY;
        String limit = research
                ? DutchNumbers.rounded(assumptions.researchElectricityKwh()) + " kWh of "
                        + DutchNumbers.rounded(assumptions.researchGasM3()) + " m3"
                : DutchNumbers.rounded(assumptions.savingElectricityKwh()) + " kWh of "
                        + DutchNumbers.rounded(assumptions.savingGasM3()) + " m3";
        StringBuilder out = new StringBuilder(160);
        out.append(level.dutch())
                .append(": ")
                .append(DutchNumbers.rounded(estimate.electricityKwh()))
                .append(" kWh")
                .append(estimate.electricityMeasured() ? " (gemeten)" : " (geschat)")
                .append(" en ")
                .append(DutchNumbers.rounded(estimate.gasM3()))
                .append(" m3 gas")
                .append(estimate.gasMeasured() ? " (gemeten)" : " (geschat)")
                .append(" per jaar; grens ")
                .append(limit);
        if (!(estimate.electricityMeasured() && estimate.gasMeasured())) {
            out.append("; schatting uit ");
            out.append(estimate.basis().isEmpty() ? "geen oppervlak" : estimate.basisText());
            out.append(" x kentallen");
            if (estimate.basis().size() == 1) {
                UsePurpose only = estimate.basis().get(0).purpose();
                Intensity i = assumptions.intensities().of(only);
                out.append(' ')
                        .append(DutchNumbers.decimal(i.electricityKwhPerM2(), 2))
                        .append(" kWh/m2 en ")
                        .append(DutchNumbers.decimal(i.gasM3PerM2(), 2))
                        .append(" m3/m2 (")
                        .append(i.basis())
                        .append(')');
            } else {
                out.append(" (").append(assumptions.intensities().source()).append(')');
            }
        }
        out.append("; de plicht geldt per inrichting");
        return out.append(notes()).toString();
    }

    private String notes() {
        return estimate.notes().isEmpty() ? "" : "; " + String.join("; ", estimate.notes());
    }
}
