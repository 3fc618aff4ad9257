package nl.kansenkaart.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisAssumptionsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    @Test
    void the_text_form_reads_back_to_equal_assumptions() throws Exception {
        AnalysisAssumptions defaults = AnalysisAssumptions.defaults(DAY);

        AnalysisAssumptions back = AnalysisAssumptions.fromText(defaults.toText(), "test", LocalDate.of(2030, 1, 1));

        assertThat(back).isEqualTo(defaults);
        assertThat(back.office().referenceDate()).isEqualTo(DAY);
        assertThat(defaults.toText()).isEqualTo(back.toText());
    }

    @Test
    void a_file_naming_the_leidraad_preset_starts_from_it_and_prefixed_keys_reach_their_analysis() throws Exception {
        Path file = dir.resolve("a.properties");
        Files.writeString(
                file,
                """
                zon.naam = Leidraad Drenthe
                labelplicht.kantoor.min_oppervlak_m2 = 250
                netcapaciteit.net.schaarste_telt_als_congestie = ja
                kansen.zon.klein_onder_kwp = 20
                """);

        AnalysisAssumptions a = AnalysisAssumptions.read(file, DAY);

        assertThat(a.solar()).isEqualTo(SolarAssumptions.LEIDRAAD_DRENTHE);
        assertThat(a.solar().method()).isEqualTo(SolarMethod.LEIDRAAD);
        assertThat(a.solar().footprintM2PerPanel()).isEqualTo(4.0);
        assertThat(a.office().minOfficeAreaM2()).isEqualTo(250.0);
        assertThat(a.grid().scarceCountsAsCongested()).isTrue();
        assertThat(a.kansen().solar().smallBelowKwp()).isEqualTo(20.0);
    }

    @Test
    void an_unknown_key_or_a_bad_value_names_the_file_and_the_key_as_written() throws Exception {
        Path file = dir.resolve("fout.properties");
        Files.writeString(file, "verplichtingen.besparingsplicht.elektriciteit_kwh = nul\n");

        assertThatThrownBy(() -> AnalysisAssumptions.read(file, DAY))
                .isInstanceOf(AssumptionsException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'verplichtingen.besparingsplicht.elektriciteit_kwh'")
                .hasMessageContaining("nul");

        Files.writeString(file, "netcapaciteit.preset2 = x\n");
        assertThatThrownBy(() -> AnalysisAssumptions.read(file, DAY))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("onbekende sleutel 'netcapaciteit.preset2'");
    }
}
