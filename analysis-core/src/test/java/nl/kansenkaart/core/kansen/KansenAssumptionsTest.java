package nl.kansenkaart.core.kansen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class KansenAssumptionsTest {

    @Test
    void properties_written_are_read_back_to_an_equal_record() {
        for (KansenAssumptions preset : KansenAssumptions.presets()) {
            Properties p = preset.toProperties();
            assertThat(p.stringPropertyNames())
                    .containsAll(KansenAssumptions.KEYS)
                    .contains("preset");
            assertThat(KansenAssumptions.fromProperties(p, KansenAssumptions.STANDARD))
                    .isEqualTo(preset);
        }
    }

    @Test
    void an_absent_key_keeps_the_base_value_and_a_given_one_is_read_the_dutch_way() {
        Properties p = new Properties();
        p.setProperty("hub.max_afstand_m", "312,5");
        p.setProperty("warmte.min_gas_m3", "40.000");
        KansenAssumptions read = KansenAssumptions.fromProperties(p, KansenAssumptions.STANDARD);
        assertThat(read.hub().maxDistanceM()).isEqualTo(312.5);
        assertThat(read.heat().minGasM3()).isEqualTo(40_000);
        assertThat(read.collective().minMembers()).isEqualTo(3);
        assertThat(read.name()).isEqualTo("Standaard");
    }

    @Test
    void a_preset_key_starts_from_that_preset() {
        Properties p = new Properties();
        p.setProperty("preset", "ruim");
        assertThat(KansenAssumptions.fromProperties(p, KansenAssumptions.STANDARD))
                .isEqualTo(KansenAssumptions.RUIM);
    }

    @Test
    void a_bad_value_is_refused_with_key_and_value_in_dutch() {
        Properties p = new Properties();
        p.setProperty("hub.max_afstand_m", "ver");
        assertThatThrownBy(() -> KansenAssumptions.fromProperties(p, KansenAssumptions.STANDARD))
                .hasMessageContaining("'ver'")
                .hasMessageContaining("hub.max_afstand_m")
                .hasMessageContaining("getal");
        Properties q = new Properties();
        q.setProperty("score.urgentie_plicht", "1,5");
        assertThatThrownBy(() -> KansenAssumptions.fromProperties(q, KansenAssumptions.STANDARD))
                .hasMessageContaining("score.urgentie_plicht")
                .hasMessageContaining("tussen 0 en 1");
        Properties r = new Properties();
        r.setProperty("collectief.min_panden", "2,5");
        assertThatThrownBy(() -> KansenAssumptions.fromProperties(r, KansenAssumptions.STANDARD))
                .hasMessageContaining("collectief.min_panden")
                .hasMessageContaining("geheel getal");
        Properties s = new Properties();
        s.setProperty("preset", "Onbekend");
        assertThatThrownBy(() -> KansenAssumptions.fromProperties(s, KansenAssumptions.STANDARD))
                .hasMessageContaining("'Onbekend'")
                .hasMessageContaining("preset");
    }

    @Test
    void size_bounds_must_rise_and_payback_bounds_must_be_ordered() {
        Properties p = new Properties();
        p.setProperty("zon.middel_onder_kwp", "400");
        assertThatThrownBy(() -> KansenAssumptions.fromProperties(p, KansenAssumptions.STANDARD))
                .hasMessageContaining("zon.middel_onder_kwp")
                .hasMessageContaining("oplopen");
        Properties q = new Properties();
        q.setProperty("score.terugverdientijd_goed_jaar", "20");
        assertThatThrownBy(() -> KansenAssumptions.fromProperties(q, KansenAssumptions.STANDARD))
                .hasMessageContaining("score.terugverdientijd_max_jaar");
    }

    @Test
    void describe_names_the_preset_every_value_and_the_score_formula() {
        assertThat(KansenAssumptions.STANDARD.describe())
                .hasSize(KansenAssumptions.KEYS.size() + 2)
                .contains(
                        "Uitgangspunten kansen: Standaard",
                        "zon op dak vanaf (kWp): 5",
                        "energiehub: maximale" + " afstand tussen panden (m): 250")
                .contains("prioriteitsscore = 100 x (0,5 x impact + 0,3 x urgentie + 0,2 x haalbaarheid) / 1");
    }

    @Test
    void each_rule_record_checks_its_own_values_under_its_own_keys() {
        assertThatThrownBy(() -> new HubThresholds(250, 100, 50_000, 1, 500))
                .hasMessageContaining("hub.max_panden")
                .hasMessageContaining("tussen 2 en");
        assertThatThrownBy(() -> new HeatThresholds(50_000, 200, 6, 0)).hasMessageContaining("warmte.max_omvang_m");
        assertThatThrownBy(() -> new MapThresholds(-1, 75)).hasMessageContaining("kaart.buffer_m");
        assertThatThrownBy(() -> new ScoreWeights(0, 0, 0, 250, 1, 0.25, 0.4, 0.7, 0.8, 5, 15))
                .hasMessageContaining("de drie gewichten samen moeten groter dan 0 zijn");
        assertThat(KansenAssumptions.KEYS).doesNotHaveDuplicates().hasSize(33);
        assertThat(KansenAssumptions.STANDARD.hub().limits()).isEqualTo(new Clustering.Limits(10, 500));
    }
}
