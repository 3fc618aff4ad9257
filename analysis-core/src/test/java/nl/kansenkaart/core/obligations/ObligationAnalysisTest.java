package nl.kansenkaart.core.obligations;

import static nl.kansenkaart.core.testing.Fixtures.building;
import static nl.kansenkaart.core.testing.Fixtures.flag;
import static nl.kansenkaart.core.testing.Fixtures.pand;
import static nl.kansenkaart.core.testing.Fixtures.snapshot;
import static nl.kansenkaart.core.testing.Fixtures.unit;
import static nl.kansenkaart.core.testing.Fixtures.vbo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Properties;
import nl.kansenkaart.core.labels.SharedUnitRule;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The energy-use estimate, measured values and the likely obligations at their thresholds. */
class ObligationAnalysisTest {
    private static final String P1 = pand(1);

    /** Round intensities so the thresholds fall on whole m2: office 100 kWh/m2 and 0 m3, retail 0 kWh and 25 m3. */
    private static final ObligationAssumptions ROUND = new ObligationAssumptions(
            "test",
            IntensityTable.cbs2012()
                    .with(UsePurpose.OFFICE, new Intensity(100, 0, "test"))
                    .with(UsePurpose.RETAIL, new Intensity(0, 25, "test")),
            ObligationAssumptions.SAVING_ELECTRICITY_KWH,
            ObligationAssumptions.SAVING_GAS_M3,
            ObligationAssumptions.RESEARCH_ELECTRICITY_KWH,
            ObligationAssumptions.RESEARCH_GAS_M3,
            SharedUnitRule.SPLIT_EQUALLY);

    private static ObligationResult judge(ObligationAssumptions a, List<Unit> units, List<Override> overrides) {
        return ObligationAnalysis.analyse(
                        snapshot(List.of(building(P1, 85_000, 455_000)), units, List.of(), overrides), a)
                .get(0);
    }

    @ParameterizedTest(name = "{0} m2 {1} -> {2}")
    @CsvSource({
        "499, OFFICE, NONE_LIKELY",
        "500, OFFICE, SAVING_LIKELY",
        "999, RETAIL, NONE_LIKELY",
        "1000, RETAIL, SAVING_LIKELY",
        "99999, OFFICE, SAVING_LIKELY",
        "100000, OFFICE, RESEARCH_LIKELY",
        "6799, RETAIL, SAVING_LIKELY",
        "6800, RETAIL, RESEARCH_LIKELY"
    })
    void the_estimated_use_meets_the_thresholds_at_greater_or_equal(int areaM2, UsePurpose purpose, String level) {
        ObligationResult r = judge(ROUND, List.of(unit(vbo(1), areaM2, List.of(P1), purpose)), List.of());
        assertThat(r.level()).isEqualTo(ObligationLevel.valueOf(level));
        assertThat(r.reason()).contains("waarschijnlijk").doesNotContain("zeker");
    }

    @ParameterizedTest(name = "gemeten {0} kWh en {1} m3 -> {2}")
    @CsvSource({
        "49999, 0, NONE_LIKELY",
        "50000, 0, SAVING_LIKELY",
        "0, 24999.99, NONE_LIKELY",
        "0, 25000, SAVING_LIKELY",
        "9999999, 0, SAVING_LIKELY",
        "10000000, 0, RESEARCH_LIKELY",
        "0, 169999, SAVING_LIKELY",
        "0, 170000, RESEARCH_LIKELY"
    })
    void measured_values_meet_the_thresholds_at_greater_or_equal(String kwh, String m3, String level) {
        ObligationResult r = judge(
                ROUND,
                List.of(unit(vbo(1), 100, List.of(P1), UsePurpose.OFFICE)),
                List.of(flag(P1, "gemeten_elektriciteit_kwh", kwh), flag(P1, "gemeten_gas_m3", m3.replace('.', ','))));
        assertThat(r.level()).isEqualTo(ObligationLevel.valueOf(level));
        assertThat(r.estimate().electricityMeasured()).isTrue();
        assertThat(r.estimate().gasMeasured()).isTrue();
    }

    @Test
    void the_reason_shows_the_estimate_and_its_basis() {
        ObligationResult r = judge(
                ObligationAssumptions.legal(), List.of(unit(vbo(1), 1000, List.of(P1), UsePurpose.OFFICE)), List.of());
        assertThat(r.estimate().electricityKwh()).isCloseTo(66_300, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.estimate().gasM3()).isCloseTo(10_900, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.level()).isEqualTo(ObligationLevel.SAVING_LIKELY);
        assertThat(r.reason())
                .isEqualTo("energiebesparingsplicht waarschijnlijk: 66.300 kWh (geschat) en 10.900 m3 gas (geschat)"
                        + " per jaar; grens 50.000 kWh of 25.000 m3; schatting uit 1.000 m2 kantoorfunctie x kentallen"
                        + " 66,3 kWh/m2 en 10,9 m3/m2 (CBS 83374NED (2012), kantoor overig 1.000-2.500 m2); de plicht"
                        + " geldt per inrichting");
    }

    @Test
    void a_measured_value_replaces_the_estimate_for_its_carrier_only() {
        List<Unit> units = List.of(unit(vbo(1), 1000, List.of(P1), UsePurpose.OFFICE));
        ObligationResult r =
                judge(ObligationAssumptions.legal(), units, List.of(flag(P1, "gemeten_elektriciteit_kwh", "12.000")));
        assertThat(r.estimate().electricityKwh()).isEqualTo(12_000);
        assertThat(r.estimate().electricityMeasured()).isTrue();
        assertThat(r.estimate().gasM3()).isCloseTo(10_900, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.estimate().gasMeasured()).isFalse();
        assertThat(r.level()).isEqualTo(ObligationLevel.NONE_LIKELY);
        assertThat(r.reason())
                .startsWith("waarschijnlijk geen energiebesparingsplicht: 12.000 kWh (gemeten) en 10.900 m3"
                        + " gas (geschat)");

        ObligationResult gas =
                judge(ObligationAssumptions.legal(), units, List.of(flag(P1, "gemeten_gas_m3", "30000 m3")));
        assertThat(gas.level()).isEqualTo(ObligationLevel.SAVING_LIKELY);
        assertThat(gas.estimate().gasM3()).isEqualTo(30_000);
    }

    @Test
    void an_unreadable_measured_value_is_ignored_and_reported() {
        ObligationResult r = judge(
                ObligationAssumptions.legal(),
                List.of(unit(vbo(1), 1000, List.of(P1), UsePurpose.OFFICE)),
                List.of(flag(P1, "gemeten_gas_m3", "veel")));
        assertThat(r.estimate().gasMeasured()).isFalse();
        assertThat(r.reason())
                .endsWith("; ongeldige meetwaarde 'veel' voor gemeten_gas_m3 genegeerd, schatting gebruikt");
    }

    @Test
    void mixed_and_shared_units_split_their_area() {
        Unit mixed = unit(vbo(1), 1000, List.of(P1, pand(2)), UsePurpose.OFFICE, UsePurpose.RETAIL);
        ObligationResult r = judge(ROUND, List.of(mixed), List.of());
        // 1000 m2 / 2 panden = 500 m2, / 2 purposes = 250 m2 office and 250 m2 retail.
        assertThat(r.estimate().basis())
                .containsExactly(new PurposeArea(UsePurpose.OFFICE, 250.0), new PurposeArea(UsePurpose.RETAIL, 250.0));
        assertThat(r.estimate().areaM2(UsePurpose.RETAIL)).isEqualTo(250.0);
        assertThat(r.estimate().totalAreaM2()).isEqualTo(500.0);
        assertThat(r.estimate().electricityKwh()).isEqualTo(25_000);
        assertThat(r.estimate().gasM3()).isEqualTo(6_250);
    }

    @Test
    void a_pand_without_area_or_measurement_is_unknown() {
        ObligationResult r = judge(ObligationAssumptions.legal(), List.of(), List.of());
        assertThat(r.level()).isEqualTo(ObligationLevel.UNKNOWN);
        assertThat(r.reason()).startsWith("energiegebruik onbekend");
    }

    @Test
    void a_pand_without_any_vbo_has_an_unknown_obligation_that_says_why_and_not_niet_verplicht() {
        ObligationResult none = judge(ObligationAssumptions.legal(), List.of(), List.of());
        assertThat(none.level()).isEqualTo(ObligationLevel.UNKNOWN);
        assertThat(none.level().isLikelyObliged()).isFalse();
        assertThat(none.reason())
                .endsWith("; geen verblijfsobjecten in dit pand: gebruik onbekend, controleer of een"
                        + " energiebesparingsplicht geldt");
        // A withdrawn VBO still says the pand has units: unknown for want of an active floor area only.
        ObligationResult withdrawn = judge(
                ObligationAssumptions.legal(),
                List.of(nl.kansenkaart.core.testing.Fixtures.unit(
                        vbo(1),
                        1000,
                        List.of(P1),
                        nl.kansenkaart.core.model.UnitStatus.WITHDRAWN,
                        "2595AA",
                        UsePurpose.OFFICE)),
                List.of());
        assertThat(withdrawn.level()).isEqualTo(ObligationLevel.UNKNOWN);
        assertThat(withdrawn.reason()).doesNotContain("geen verblijfsobjecten in dit pand");
    }

    @Test
    void the_assumptions_survive_a_round_trip_and_refuse_bad_values_in_dutch() throws Exception {
        ObligationAssumptions legal = ObligationAssumptions.legal();
        StringWriter out = new StringWriter();
        legal.toProperties().store(out, null);
        Properties back = new Properties();
        back.load(new StringReader(out.toString()));
        assertThat(ObligationAssumptions.fromProperties(back, legal)).isEqualTo(legal);

        Properties edited = new Properties();
        edited.setProperty("kental.kantoorfunctie.kwh_per_m2", "80");
        ObligationAssumptions own = ObligationAssumptions.fromProperties(edited, legal);
        assertThat(own.intensities().of(UsePurpose.OFFICE).electricityKwhPerM2())
                .isEqualTo(80);
        assertThat(own.intensities().of(UsePurpose.OFFICE).basis()).isEqualTo("eigen waarde");
        assertThat(own.describe()).contains("  kantoorfunctie: 80 kWh/m2, 10,9 m3/m2 (eigen waarde)");

        Properties bad = new Properties();
        bad.setProperty("besparingsplicht.gas_m3", "-5");
        assertThatThrownBy(() -> ObligationAssumptions.fromProperties(bad, legal))
                .hasMessageContaining("'-5' voor instelling 'besparingsplicht.gas_m3'");
    }

    @Test
    void the_report_lines_name_source_thresholds_and_the_per_location_caveat() {
        assertThat(String.join("\n", ObligationAssumptions.legal().describe()))
                .contains("vanaf 50.000 kWh of 25.000 m3 gas per jaar")
                .contains("vanaf 10.000.000 kWh of 170.000 m3 gas per jaar")
                .contains("CBS StatLine 83374NED")
                .contains("indicatief")
                .contains("nooit zeker");
    }
}
