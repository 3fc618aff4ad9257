package nl.kansenkaart.core.kansen;

import nl.kansenkaart.core.text.DutchNumbers;

/**
 * The priority of an individual opportunity: three parts between 0 and 1 and their weighted total
 * on a 0-100 scale (formula in {@link ScoreWeights}).
 *
 * @param impact min(1, MWh per year / full-impact MWh)
 * @param urgency the obliged or voluntary urgency
 * @param feasibility grid factor x payback factor (solar), 1 otherwise
 * @param total 100 x weighted mean of the three
 */
public record PriorityScore(double impact, double urgency, double feasibility, double total) {

    public PriorityScore {
        for (double part : new double[] {impact, urgency, feasibility}) {
            if (!(part >= 0 && part <= 1)) {
                throw new IllegalArgumentException("scoredeel buiten 0..1: " + part);
            }
        }
        if (!(total >= 0 && total <= 100)) {
            throw new IllegalArgumentException("score buiten 0..100: " + total);
        }
    }

    /**
     * The score of an opportunity.
     *
     * @param energyMwhPerYear energy produced or saved, MWh per year
     * @param obliged whether a legal obligation applies
     * @param feasibility the feasibility part, 0..1
     */
    public static PriorityScore of(double energyMwhPerYear, boolean obliged, double feasibility, KansenAssumptions a) {
        double impact = Math.min(1, Math.max(0, energyMwhPerYear) / a.score().impactFullMwh());
        double urgency = obliged ? a.score().urgencyObliged() : a.score().urgencyVoluntary();
        double total = 100
                * (a.score().weightImpact() * impact
                        + a.score().weightUrgency() * urgency
                        + a.score().weightFeasibility() * feasibility)
                / a.score().weightSum();
        return new PriorityScore(impact, urgency, feasibility, Math.min(100, total));
    }

    /** "score 40 (impact 0,35, urgentie 0,25, haalbaarheid 0,75)". */
    public String text() {
        return "score " + DutchNumbers.decimal(total, 1) + " (impact " + DutchNumbers.decimal(impact, 2)
                + ", urgentie " + DutchNumbers.decimal(urgency, 2) + ", haalbaarheid "
                + DutchNumbers.decimal(feasibility, 2) + ")";
    }
}
