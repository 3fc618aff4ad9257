package nl.kansenkaart.core.kansen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import nl.kansenkaart.core.model.CapacityStatus;
import org.junit.jupiter.api.Test;

class PriorityScoreTest {
    private static final double EXACT = 1e-9;
    private final KansenAssumptions a = KansenAssumptions.STANDARD;
    private final IndividualRules rules = new IndividualRules(a, 0.374);

    @Test
    void a_voluntary_roof_of_87_5_mwh_with_three_quarters_feasibility_scores_40() {
        // impact 87,5 / 250 = 0,35; urgency 0,25; 100 x (0,5 x 0,35 + 0,3 x 0,25 + 0,2 x 0,75) / 1,0 = 40
        PriorityScore s = PriorityScore.of(87.5, false, 0.75, a);
        assertThat(s.impact()).isCloseTo(0.35, within(EXACT));
        assertThat(s.urgency()).isCloseTo(0.25, within(EXACT));
        assertThat(s.total()).isCloseTo(40.0, within(EXACT));
        assertThat(s.text()).isEqualTo("score 40 (impact 0,35, urgentie 0,25, haalbaarheid 0,75)");
    }

    @Test
    void an_obliged_opportunity_of_full_impact_and_feasibility_scores_100() {
        assertThat(PriorityScore.of(1_000, true, 1, a).total()).isCloseTo(100, within(EXACT));
    }

    @Test
    void impact_is_capped_at_one_and_weights_are_normalised() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("score.gewicht_impact", "1");
        p.setProperty("score.gewicht_urgentie", "0,6");
        p.setProperty("score.gewicht_haalbaarheid", "0,4");
        KansenAssumptions doubled = KansenAssumptions.fromProperties(p, a);
        // impact 1 (capped), urgency 1, feasibility 0: (1 x 1 + 0,6 x 1 + 0,4 x 0) / 2 = 0,8
        assertThat(PriorityScore.of(500, true, 0, doubled).total()).isCloseTo(80, within(EXACT));
        assertThat(PriorityScore.of(500, true, 0, a).total()).isCloseTo(80, within(EXACT));
    }

    @Test
    void payback_counts_fully_up_to_five_years_and_not_from_fifteen() {
        assertThat(rules.paybackFactor(OptionalDouble.of(4))).isEqualTo(1);
        assertThat(rules.paybackFactor(OptionalDouble.of(5))).isEqualTo(1);
        assertThat(rules.paybackFactor(OptionalDouble.of(7.5))).isCloseTo(0.75, within(EXACT));
        assertThat(rules.paybackFactor(OptionalDouble.of(15))).isZero();
        assertThat(rules.paybackFactor(OptionalDouble.empty())).isZero();
    }

    @Test
    void the_grid_factor_follows_the_feed_in_colour() {
        assertThat(rules.gridFactor(CapacityStatus.AVAILABLE)).isEqualTo(1);
        assertThat(rules.gridFactor(CapacityStatus.SCARCE)).isEqualTo(0.7);
        assertThat(rules.gridFactor(CapacityStatus.CONGESTION_MANAGEMENT)).isEqualTo(0.4);
        assertThat(rules.gridFactor(CapacityStatus.CONGESTED)).isEqualTo(0.4);
        assertThat(rules.gridFactor(CapacityStatus.UNKNOWN)).isEqualTo(0.8);
    }

    @Test
    void size_classes_start_at_their_lower_bound() {
        assertThat(SolarSizeClass.of(14.9, a)).isEqualTo(SolarSizeClass.SMALL);
        assertThat(SolarSizeClass.of(15, a)).isEqualTo(SolarSizeClass.MEDIUM);
        assertThat(SolarSizeClass.of(99.9, a)).isEqualTo(SolarSizeClass.MEDIUM);
        assertThat(SolarSizeClass.of(100, a)).isEqualTo(SolarSizeClass.LARGE);
        assertThat(SolarSizeClass.of(300, a)).isEqualTo(SolarSizeClass.GH1);
    }
}
