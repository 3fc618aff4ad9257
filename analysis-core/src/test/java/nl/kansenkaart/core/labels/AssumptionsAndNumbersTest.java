package nl.kansenkaart.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Properties;
import nl.kansenkaart.core.model.LabelClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dutch number formatting and the office assumptions as a properties file. */
class AssumptionsAndNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            0          | 0
            999        | 999
            1240       | 1.240
            -12000     | -12.000
            10000000   | 10.000.000
            """)
    void integers_get_a_thousands_dot(long value, String text) {
        assertThat(DutchNumbers.integer(value)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} ({1} dec) -> {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            1.3      | 2 | 1,3
            225.01   | 2 | 225,01
            1239.6   | 0 | 1.240
            66.25    | 1 | 66,3
            1234.5   | 2 | 1.234,5
            -0.001   | 2 | 0
            """)
    void decimals_get_a_comma_and_lose_trailing_zeros(double value, int decimals, String text) {
        assertThat(DutchNumbers.decimal(value, decimals)).isEqualTo(text);
    }

    @Test
    void percentages_are_truncated_so_a_missed_threshold_never_looks_reached() {
        assertThat(DutchNumbers.percent(0.4996)).isEqualTo("49,9 %");
        assertThat(DutchNumbers.percent(0.5)).isEqualTo("50 %");
        assertThat(DutchNumbers.percent(0.62016)).isEqualTo("62 %");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            52000      | 52000
            52.000     | 52000
            52000,5    | 52000.5
            52.000,5   | 52000.5
            1.5        | 1.5
            10.000.000 | 10000000
            """)
    void typed_numbers_are_read_with_dots_and_commas(String text, double value) {
        assertThat(DutchNumbers.parse(text)).hasValue(value);
    }

    @Test
    void text_that_is_no_number_parses_to_empty() {
        assertThat(DutchNumbers.parse("veel")).isEmpty();
        assertThat(DutchNumbers.parse(" ")).isEmpty();
        assertThat(DutchNumbers.parse(null)).isEmpty();
    }

    @Test
    void the_assumptions_survive_a_round_trip_through_a_properties_file() throws Exception {
        OfficeAssumptions legal = OfficeAssumptions.legal(LocalDate.of(2025, 6, 1));
        StringWriter out = new StringWriter();
        legal.toProperties().store(out, "uitgangspunten");
        Properties back = new Properties();
        back.load(new StringReader(out.toString()));
        assertThat(OfficeAssumptions.fromProperties(back, OfficeAssumptions.legal(LocalDate.of(2000, 1, 1))))
                .isEqualTo(legal);
    }

    @Test
    void a_properties_file_changes_only_the_keys_it_names() {
        Properties p = new Properties();
        p.setProperty("peildatum", "1-1-2024");
        p.setProperty("kantoor.oppervlak_vergelijking", ">");
        p.setProperty("label.max_energie_index", "1,25");
        p.setProperty("vbo.gemengd", "gelijk_verdeeld");
        OfficeAssumptions a = OfficeAssumptions.fromProperties(p, OfficeAssumptions.legal(LocalDate.of(2025, 6, 1)));
        assertThat(a.referenceDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(a.officeAreaInclusive()).isFalse();
        assertThat(a.maxEnergyIndex()).isEqualTo(1.25);
        assertThat(a.mixedUse()).isEqualTo(MixedUseRule.SPLIT_EQUALLY);
        assertThat(a.minOfficeShare()).isEqualTo(0.5);
        assertThat(a.worstCompliantClass()).isEqualTo(LabelClass.C);
        assertThat(a.describe()).contains("verplicht bij kantooroppervlak > 100 m2");
    }

    @Test
    void a_bad_value_is_refused_in_dutch_naming_key_and_value() {
        OfficeAssumptions base = OfficeAssumptions.legal(LocalDate.of(2025, 6, 1));
        Properties share = new Properties();
        share.setProperty("kantoor.min_aandeel_procent", "vijftig");
        assertThatThrownBy(() -> OfficeAssumptions.fromProperties(share, base))
                .hasMessage("ongeldige waarde 'vijftig' voor instelling 'kantoor.min_aandeel_procent': een getal"
                        + " verwacht");
        Properties range = new Properties();
        range.setProperty("kantoor.min_aandeel_procent", "150");
        assertThatThrownBy(() -> OfficeAssumptions.fromProperties(range, base))
                .hasMessageContaining("'150' voor instelling 'kantoor.min_aandeel_procent'")
                .hasMessageContaining("tussen");
        Properties rule = new Properties();
        rule.setProperty("vbo.gedeeld", "half");
        assertThatThrownBy(() -> OfficeAssumptions.fromProperties(rule, base))
                .hasMessageContaining("'half' voor instelling 'vbo.gedeeld': verwacht een van: gelijk_verdeeld,"
                        + " volledig_in_elk");
        Properties date = new Properties();
        date.setProperty("peildatum", "morgen");
        assertThatThrownBy(() -> OfficeAssumptions.fromProperties(date, base))
                .hasMessageContaining("'morgen' voor instelling 'peildatum'");
    }

    @Test
    void the_report_lines_name_every_threshold() {
        assertThat(String.join(
                        "\n", OfficeAssumptions.legal(LocalDate.of(2025, 6, 1)).describe()))
                .contains("peildatum labels: 2025-06-01")
                .contains("kantooraandeel >= 50 %")
                .contains("kantooroppervlak >= 100 m2")
                .contains("label C of beter, energie-index <= 1,3 of primair fossiel energiegebruik <= 225 kWh/m2")
                .contains("Bouwbesluit 2012 art. 5.11")
                .doesNotContain("let op");
        assertThat(OfficeAssumptions.legal(LocalDate.of(2022, 12, 31)).describe())
                .contains("let op: de peildatum ligt voor 2023-01-01, toen gold de labelplicht nog niet");
    }
}
