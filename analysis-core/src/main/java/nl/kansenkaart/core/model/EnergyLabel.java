package nl.kansenkaart.core.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A registered energy label from EP-Online.
 *
 * @param labelClass Pand_energieklasse
 * @param energyIndex Pand_energieindex (old method; C or better is at most 1.3)
 * @param primaryFossilKwhPerM2 Pand_primaire_fossiele_energie in kWh per m2 per year (NTA 8800)
 * @param registeredOn Pand_registratiedatum
 * @param validUntil Meting_geldig_tot
 * @param unitId Pand_bagverblijfsobjectid, 16 digits, when the label is for a VBO
 * @param buildingId Pand_bagpandid, 16 digits
 * @param utility true for a utility building (gebouwklasse U), false for a dwelling (W)
 */
public record EnergyLabel(
        LabelClass labelClass,
        OptionalDouble energyIndex,
        OptionalDouble primaryFossilKwhPerM2,
        LocalDate registeredOn,
        LocalDate validUntil,
        Optional<String> unitId,
        Optional<String> buildingId,
        boolean utility) {

    public EnergyLabel {
        Checks.present(labelClass, "energieklasse");
        energyIndex = Checks.nonNegative(energyIndex, "energie-index");
        primaryFossilKwhPerM2 = Checks.finite(primaryFossilKwhPerM2, "primair fossiel energiegebruik");
        Checks.present(registeredOn, "registratiedatum");
        Checks.present(validUntil, "geldig tot");
        if (validUntil.isBefore(registeredOn)) {
            throw new IllegalArgumentException(
                    "label geldig tot " + validUntil + " ligt voor de registratie " + registeredOn);
        }
        unitId = Checks.present(unitId, "verblijfsobject-id").map(BagIds::unitId);
        buildingId = Checks.present(buildingId, "pand-id").map(BagIds::pandId);
        if (unitId.isEmpty() && buildingId.isEmpty()) {
            throw new IllegalArgumentException("label zonder verblijfsobject-id en zonder pand-id");
        }
    }

    /** Whether the label is valid on the given day. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(registeredOn) && !day.isAfter(validUntil);
    }
}
