package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.Properties;
import nl.kansenkaart.core.text.DutchNumbers;
import nl.kansenkaart.core.text.PropertyReader;

/**
 * The priority score of an individual opportunity (keys {@code score.*}). Score (0-100) = {@code 100
 * x (wI x impact + wU x urgency + wF x feasibility) / (wI + wU + wF)}, each part between 0 and 1:
 * impact = min(1, MWh per year / {@code impactFullMwh}); urgency = {@code urgencyObliged} under a
 * legal obligation, else {@code urgencyVoluntary}; feasibility = grid factor (feed-in available 1,
 * scarce {@code feasibilityScarce}, congested {@code feasibilityCongested}, unknown {@code
 * feasibilityUnknownGrid}) x payback factor (1 up to {@code paybackGoodYears}, falling linearly to 0 at
 * {@code paybackMaxYears}) for solar; 1 for labels, saving and the structural check.
 *
 * @param weightImpact weight of impact
 * @param weightUrgency weight of urgency
 * @param weightFeasibility weight of feasibility
 * @param impactFullMwh the yearly MWh (produced or saved) that gives full impact
 * @param urgencyObliged urgency under a legal obligation, 0..1
 * @param urgencyVoluntary urgency without one, 0..1
 * @param feasibilityCongested grid factor when feed-in is congested (orange or red), 0..1
 * @param feasibilityScarce grid factor when feed-in is scarce (yellow), 0..1
 * @param feasibilityUnknownGrid grid factor when the grid status is unknown, 0..1
 * @param paybackGoodYears payback up to this many years counts fully feasible
 * @param paybackMaxYears payback from this many years counts not feasible
 */
public record ScoreWeights(
        double weightImpact,
        double weightUrgency,
        double weightFeasibility,
        double impactFullMwh,
        double urgencyObliged,
        double urgencyVoluntary,
        double feasibilityCongested,
        double feasibilityScarce,
        double feasibilityUnknownGrid,
        double paybackGoodYears,
        double paybackMaxYears) {
    static final List<AssumptionKey<ScoreWeights>> KEYS = List.of(
            AssumptionKey.decimal("score.gewicht_impact", "score: gewicht impact", 0, 100, ScoreWeights::weightImpact),
            AssumptionKey.decimal(
                    "score.gewicht_urgentie", "score: gewicht urgentie", 0, 100, ScoreWeights::weightUrgency),
            AssumptionKey.decimal(
                    "score.gewicht_haalbaarheid",
                    "score: gewicht haalbaarheid",
                    0,
                    100,
                    ScoreWeights::weightFeasibility),
            AssumptionKey.decimal(
                    "score.impact_vol_mwh",
                    "score: volle impact bij (MWh per jaar)",
                    0.001,
                    1e9,
                    ScoreWeights::impactFullMwh),
            AssumptionKey.decimal(
                    "score.urgentie_plicht",
                    "score: urgentie bij wettelijke plicht",
                    0,
                    1,
                    ScoreWeights::urgencyObliged),
            AssumptionKey.decimal(
                    "score.urgentie_vrijwillig", "score: urgentie zonder plicht", 0, 1, ScoreWeights::urgencyVoluntary),
            AssumptionKey.decimal(
                    "score.haalbaarheid_congestie",
                    "score: netfactor bij congestie invoeding",
                    0,
                    1,
                    ScoreWeights::feasibilityCongested),
            AssumptionKey.decimal(
                    "score.haalbaarheid_schaarste",
                    "score: netfactor bij schaarste invoeding",
                    0,
                    1,
                    ScoreWeights::feasibilityScarce),
            AssumptionKey.decimal(
                    "score.haalbaarheid_net_onbekend",
                    "score: netfactor bij onbekende netcapaciteit",
                    0,
                    1,
                    ScoreWeights::feasibilityUnknownGrid),
            AssumptionKey.decimal(
                    "score.terugverdientijd_goed_jaar",
                    "score: terugverdientijd volledig haalbaar tot (jaar)",
                    0,
                    100,
                    ScoreWeights::paybackGoodYears),
            AssumptionKey.decimal(
                    "score.terugverdientijd_max_jaar",
                    "score: terugverdientijd niet haalbaar vanaf (jaar)",
                    0,
                    100,
                    ScoreWeights::paybackMaxYears));

    public ScoreWeights {
        AssumptionKey.check(
                KEYS,
                weightImpact,
                weightUrgency,
                weightFeasibility,
                impactFullMwh,
                urgencyObliged,
                urgencyVoluntary,
                feasibilityCongested,
                feasibilityScarce,
                feasibilityUnknownGrid,
                paybackGoodYears,
                paybackMaxYears);
        if (!(paybackGoodYears < paybackMaxYears)) {
            throw PropertyReader.invalid(
                    "score.terugverdientijd_max_jaar",
                    DutchNumbers.decimal(paybackMaxYears, 3),
                    "moet groter zijn dan score.terugverdientijd_goed_jaar ("
                            + DutchNumbers.decimal(paybackGoodYears, 3) + ")");
        }
        if (!(weightImpact + weightUrgency + weightFeasibility > 0)) {
            throw PropertyReader.invalid(
                    "score.gewicht_impact",
                    DutchNumbers.decimal(weightImpact, 3),
                    "de drie gewichten samen moeten groter dan 0 zijn");
        }
    }

    static ScoreWeights read(Properties p, ScoreWeights base) {
        double[] v = AssumptionKey.read(p, KEYS, base);
        return new ScoreWeights(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }

    /** The sum of the three weights, above 0. */
    public double weightSum() {
        return weightImpact + weightUrgency + weightFeasibility;
    }

    /** "prioriteitsscore = 100 x (0,5 x impact + ...) / 1" for the report. */
    String formula() {
        return "prioriteitsscore = 100 x (" + DutchNumbers.decimal(weightImpact, 3) + " x impact + "
                + DutchNumbers.decimal(weightUrgency, 3) + " x urgentie + " + DutchNumbers.decimal(weightFeasibility, 3)
                + " x haalbaarheid) / " + DutchNumbers.decimal(weightSum(), 3);
    }
}
