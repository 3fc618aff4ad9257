package nl.kansenkaart.app.gui;

import java.time.LocalDate;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.solar.SolarAssumptions;

/**
 * The assumptions of every analysis the workbench runs, as one value.
 *
 * @param solar rooftop solar
 * @param office office label-C obligation
 * @param obligations energy-saving obligations
 * @param grid grid capacity
 */
public record AssumptionSet(
        SolarAssumptions solar, OfficeAssumptions office, ObligationAssumptions obligations, GridAssumptions grid) {

    public AssumptionSet {
        if (solar == null || office == null || obligations == null || grid == null) {
            throw new IllegalArgumentException("aannames onvolledig");
        }
    }

    /**
     * The workbench's start: the actueel solar preset (today's panels and the 3D BAG roof parts where
     * they were imported) and the legal label and obligation rules on the given reference date.
     */
    public static AssumptionSet defaults(LocalDate referenceDate) {
        return new AssumptionSet(
                SolarAssumptions.ACTUEEL,
                OfficeAssumptions.legal(referenceDate),
                ObligationAssumptions.legal(),
                GridAssumptions.standard());
    }
}
