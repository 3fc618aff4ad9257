package nl.kansenkaart.core.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assumptions: presets, validation, the properties text and the printed description. */
class SolarAssumptionsTest {

    @Test
    void the_presets_hold_the_leidraad_and_todays_panels() {
        SolarAssumptions l = SolarAssumptions.LEIDRAAD_DRENTHE;
        assertThat(l.method()).isEqualTo(SolarMethod.LEIDRAAD);
        assertThat(l.footprintM2PerPanel()).isEqualTo(4.0);
        assertThat(l.panelPeakPowerWp()).isEqualTo(308);
        SolarAssumptions a = SolarAssumptions.ACTUEEL;
        assertThat(a.method()).isEqualTo(SolarMethod.DAKVLAKKEN);
        assertThat(a.panelAreaM2()).isEqualTo(1.95);
        assertThat(a.panelPeakPowerWp()).isEqualTo(430);
        assertThat(a.specificYieldKwhPerKwp()).isEqualTo(875);
        assertThat(SolarAssumptions.preset("leidraad drenthe")).contains(l);
        assertThat(SolarAssumptions.preset("Onbekend")).isEmpty();
    }

    @Test
    void both_presets_survive_a_round_trip_through_properties_and_through_a_written_file() throws Exception {
        for (SolarAssumptions preset : SolarAssumptions.presets()) {
            assertThat(SolarAssumptions.fromProperties(preset.toProperties(), SolarAssumptions.LEIDRAAD_DRENTHE))
                    .isEqualTo(preset);
            assertThat(SolarAssumptions.fromText(preset.toText(), SolarAssumptions.LEIDRAAD_DRENTHE))
                    .isEqualTo(preset);
            // The way a consultant's file is written by the app: Properties.store, then load.
            StringWriter file = new StringWriter();
            preset.toProperties().store(file, "aannames");
            Properties read = new Properties();
            read.load(new StringReader(file.toString()));
            assertThat(SolarAssumptions.fromProperties(read, SolarAssumptions.ACTUEEL))
                    .isEqualTo(preset);
        }
    }

    @Test
    void the_text_form_is_the_same_every_time_and_readable() {
        String text = SolarAssumptions.ACTUEEL.toText();
        assertThat(text).isEqualTo(SolarAssumptions.ACTUEEL.toText());
        assertThat(text)
                .contains("# Vermogen per paneel (Wp)\nzon.wattpiek_per_paneel=430\n")
                .contains("zon.methode=dakvlakken\n")
                .contains("zon.opbrengstfactor.helling_35=1;0.96;0.8;0.67;0.62\n")
                .doesNotContain("2026"); // no timestamp
    }

    @Test
    void missing_keys_come_from_the_base_and_a_dutch_comma_is_read_as_decimal_point() {
        Properties p = new Properties();
        p.setProperty("zon.naam", "Assen 2026");
        p.setProperty("zon.wattpiek_per_paneel", "440");
        p.setProperty("zon.aandeel_eigen_gebruik", "0,55");
        p.setProperty("zon.opbrengstfactor.helling_0", "0.88;0.88;0.88;0.88;0.88");
        p.setProperty("bag.iets_anders", "genegeerd"); // another analysis' key in a shared file

        SolarAssumptions a = SolarAssumptions.fromProperties(p, SolarAssumptions.ACTUEEL);

        assertThat(a.name()).isEqualTo("Assen 2026");
        assertThat(a.panelPeakPowerWp()).isEqualTo(440);
        assertThat(a.selfUseShare()).isEqualTo(0.55);
        assertThat(a.yieldFactors().factor(0, 0)).isEqualTo(0.88);
        assertThat(a.panelAreaM2()).isEqualTo(1.95);
        assertThat(a.method()).isEqualTo(SolarMethod.DAKVLAKKEN);
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "zon.wattpiek_per_paneel|veel|ongeldige waarde 'veel' voor zon.wattpiek_per_paneel: geen getal",
                "zon.wattpiek_per_paneel|-3|ongeldige waarde -3 voor zon.wattpiek_per_paneel: moet groter dan 0 en"
                        + " hooguit 2.000 zijn",
                "zon.gh1.minimaal_dakoppervlak_m2|2.000|ongeldige waarde '2.000' voor zon.gh1.minimaal_dakoppervlak_m2:"
                        + " schrijf getallen zonder punt tussen de duizendtallen",
                "zon.aandeel_eigen_gebruik|1,5|ongeldige waarde 1.5 voor zon.aandeel_eigen_gebruik: moet tussen 0 en 1"
                        + " liggen",
                "zon.specifieke_opbrengst_kwh_per_kwp|NaN|ongeldige waarde 'NaN' voor"
                        + " zon.specifieke_opbrengst_kwh_per_kwp: geen getal",
                "zon.methode|zonatlas|ongeldige waarde 'zonatlas' voor zon.methode: kies leidraad, actueel of dakvlakken",
                "zon.constructie_check.bouwjaar_voor|negentig|ongeldige waarde 'negentig' voor"
                        + " zon.constructie_check.bouwjaar_voor: geen jaartal",
                "zon.wattpiek_per_panel|430|onbekende sleutel zon.wattpiek_per_panel in de aannames zon op dak",
                "zon.opbrengstfactor.helling_45|1;1;1;1;1|sleutel zon.opbrengstfactor.helling_45 hoort bij geen helling",
                "zon.opbrengstfactor.helling_35|1;0.9|zon.opbrengstfactor.helling_35: verwacht 5 factoren",
            })
    void a_bad_value_gives_a_dutch_message_naming_the_key_and_the_value(String key, String value, String message) {
        Properties p = new Properties();
        p.setProperty(key, value);
        assertThatThrownBy(() -> SolarAssumptions.fromProperties(p, SolarAssumptions.ACTUEEL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void a_new_slope_row_needs_its_factors() {
        Properties p = new Properties();
        p.setProperty("zon.opbrengstfactor.hellingen_graden", "0;25;90");
        assertThatThrownBy(() -> SolarAssumptions.fromProperties(p, SolarAssumptions.ACTUEEL))
                .hasMessage("zon.opbrengstfactor.helling_25 ontbreekt: elke helling uit"
                        + " zon.opbrengstfactor.hellingen_graden heeft een rij nodig");
        p.setProperty("zon.opbrengstfactor.helling_25", "0.98;0.95;0.85;0.76;0.72");
        SolarAssumptions a = SolarAssumptions.fromProperties(p, SolarAssumptions.ACTUEEL);
        assertThat(a.yieldFactors().slopesDegrees()).containsExactly(0.0, 25.0, 90.0);
        assertThat(a.yieldFactors().factor(25, 180)).isEqualTo(0.98);
    }

    @Test
    void the_investment_brackets_must_be_in_order() {
        Properties p = new Properties();
        p.setProperty("zon.investering.middel_vanaf_kwp", "200");
        assertThatThrownBy(() -> SolarAssumptions.fromProperties(p, SolarAssumptions.ACTUEEL))
                .hasMessage("ongeldige waarde 100 voor zon.investering.groot_vanaf_kwp: moet tussen 200 en"
                        + " 1.000.000.000 liggen");
    }

    @Test
    void describe_prints_every_value_with_its_dutch_name_and_unit() {
        List<String> lines = SolarAssumptions.ACTUEEL.describe();
        assertThat(lines)
                .contains(
                        "Naam: Actueel",
                        "Methode: Dakvlakken (3D BAG)",
                        "Vermogen per paneel: 430 Wp",
                        "Oppervlak per paneel: 1,95 m2",
                        "Bruikbaar deel footprint, klein pand met schuin dak: 25 %",
                        "Specifieke opbrengst: 875 kWh per kWp per jaar",
                        "Vermeden CO2 (elektriciteitsmix 2021 incl. keten, CO2emissiefactoren.nl): 0,374 kg per kWh",
                        "GH1: geschikt dakoppervlak minimaal: 2.000 m2",
                        "Constructieve check: bouwjaar voor: 1990",
                        "Opbrengstfactor bij helling 35 graden: 1,00 / 0,96 / 0,80 / 0,67 / 0,62");
        // One line per key plus one per table row.
        assertThat(lines).hasSize(SolarAssumptions.ACTUEEL.toProperties().size());
    }
}
