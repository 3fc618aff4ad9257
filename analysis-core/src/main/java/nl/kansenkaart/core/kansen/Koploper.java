package nl.kansenkaart.core.kansen;

import java.util.List;

/**
 * A building with the most potential, for the kopgroep selection the pilots made.
 *
 * @param rank 1 for the most potential
 * @param buildingId the pand (16 digits)
 * @param companies the companies matched to it, sorted by id
 * @param peakPowerKwp its new solar potential in kWp
 * @param energyMwhPerYear solar yield plus estimated savings in MWh per year (the ranking figure)
 * @param bestScore the highest priority score among its opportunities
 * @param types its opportunity kinds, in enum order
 */
public record Koploper(
        int rank,
        String buildingId,
        List<CompanyRef> companies,
        double peakPowerKwp,
        double energyMwhPerYear,
        double bestScore,
        List<OpportunityType> types) {

    public Koploper {
        if (rank < 1 || buildingId == null) {
            throw new IllegalArgumentException("koploper zonder rang of pand");
        }
        companies = List.copyOf(companies);
        types = List.copyOf(types);
    }
}
