package nl.kansenkaart.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Properties;
import nl.kansenkaart.core.model.LabelClass;
import org.junit.jupiter.api.Test;

/** The office assumptions as a properties file (Dutch numbers: core.text.DutchNumbersTest). */
class AssumptionsAndNumbersTest {

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
