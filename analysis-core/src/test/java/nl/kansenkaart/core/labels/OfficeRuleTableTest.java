package nl.kansenkaart.core.labels;

import static nl.kansenkaart.core.testing.Fixtures.REFERENCE_DATE;
import static nl.kansenkaart.core.testing.Fixtures.building;
import static nl.kansenkaart.core.testing.Fixtures.pand;
import static nl.kansenkaart.core.testing.Fixtures.snapshot;
import static nl.kansenkaart.core.testing.Fixtures.unit;
import static nl.kansenkaart.core.testing.Fixtures.unitLabel;
import static nl.kansenkaart.core.testing.Fixtures.vbo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The label-C rule at its boundaries: share, area, class, energy index and primary fossil energy. */
class OfficeRuleTableTest {

    @ParameterizedTest(name = "kantoor {0} m2 + overig {1} m2, label {2} EI {3} PF {4} -> {5}")
    @CsvSource(
            nullValues = "-",
            textBlock =
                    """
            # office m2, other m2, class, energy index, primary fossil, expected
            499,  501, C, -,    -,      NOT_OBLIGED
            500,  500, C, -,    -,      COMPLIANT
            500,  500, -, -,    -,      NO_LABEL
            99,   0,   G, -,    -,      NOT_OBLIGED
            100,  0,   G, -,    -,      NON_COMPLIANT
            100,  100, G, -,    -,      NON_COMPLIANT
            99,   99,  G, -,    -,      NOT_OBLIGED
            1000, 0,   C, -,    -,      COMPLIANT
            1000, 0,   A+++++, -, -,    COMPLIANT
            1000, 0,   D, -,    -,      NON_COMPLIANT
            1000, 0,   D, 1.30, -,      COMPLIANT
            1000, 0,   D, 1.31, -,      NON_COMPLIANT
            1000, 0,   E, -,    225,    COMPLIANT
            1000, 0,   E, -,    225.01, NON_COMPLIANT
            1000, 0,   G, 1.31, 225.01, NON_COMPLIANT
            1000, 0,   G, 1.31, 225,    COMPLIANT
            0,    800, -, -,    -,      NOT_OBLIGED
            """)
    void the_rule_table_holds_at_each_boundary(
            int officeM2, int otherM2, String labelClass, Double energyIndex, Double fossil, String expected) {
        String p = pand(1);
        List<Unit> units = new ArrayList<>();
        if (officeM2 > 0) {
            units.add(unit(vbo(1), officeM2, List.of(p), UsePurpose.OFFICE));
        }
        if (otherM2 > 0) {
            units.add(unit(vbo(2), otherM2, List.of(p), UsePurpose.INDUSTRY));
        }
        List<EnergyLabel> labels = new ArrayList<>();
        // A label on an unrelated unit keeps "labels were imported" true when this pand has none.
        labels.add(unitLabel(vbo(99), LabelClass.A, LocalDate.of(2020, 1, 1)));
        if (labelClass != null) {
            LocalDate registered = LocalDate.of(2019, 3, 4);
            labels.add(unitLabel(
                    vbo(1),
                    LabelClass.fromCode(labelClass).orElseThrow(),
                    registered,
                    registered.plusYears(10),
                    energyIndex,
                    fossil));
        }
        List<LabelResult> results = OfficeLabelAnalysis.analyse(
                snapshot(List.of(building(p, 85_000, 455_000)), units, labels, List.of()),
                OfficeAssumptions.legal(REFERENCE_DATE));

        assertThat(results).hasSize(1);
        assertThat(results.get(0).kind()).isEqualTo(LabelOutcome.Kind.valueOf(expected));
        assertThat(results.get(0).reason()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} m2 with strict comparison -> obliged {1}")
    @CsvSource({"100, false", "100.5, true", "99.9, false"})
    void a_strict_area_comparison_excludes_exactly_one_hundred(double officeM2, boolean obliged) {
        OfficeAssumptions strict = new OfficeAssumptions(
                "strikt",
                REFERENCE_DATE,
                OfficeAssumptions.MIN_OFFICE_SHARE,
                OfficeAssumptions.MIN_OFFICE_AREA_M2,
                false,
                OfficeAssumptions.WORST_COMPLIANT_CLASS,
                OfficeAssumptions.MAX_ENERGY_INDEX,
                OfficeAssumptions.MAX_PRIMARY_FOSSIL_KWH_PER_M2,
                SharedUnitRule.SPLIT_EQUALLY,
                MixedUseRule.OFFICE_WHEN_LISTED);
        assertThat(strict.meetsArea(officeM2)).isEqualTo(obliged);
        assertThat(OfficeAssumptions.legal(REFERENCE_DATE).meetsArea(100)).isTrue();
    }

    @ParameterizedTest(name = "{0} of {1} m2 -> share reached {2}")
    @CsvSource({"499, 1000, false", "500, 1000, true", "4999, 10000, false", "1, 2, true", "1, 3, false"})
    void the_share_test_is_greater_or_equal(double office, double total, boolean reached) {
        assertThat(OfficeAssumptions.legal(REFERENCE_DATE).meetsShare(office, total))
                .isEqualTo(reached);
    }
}
