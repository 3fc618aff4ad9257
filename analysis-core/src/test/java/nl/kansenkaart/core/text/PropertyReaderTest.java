package nl.kansenkaart.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Typed reading of assumption properties, with the Dutch messages both reader styles give. */
class PropertyReaderTest {

    private static Properties file(String text) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    @Test
    void absent_keys_keep_the_fallback_and_given_ones_are_read_the_dutch_way() throws Exception {
        PropertyReader in = new PropertyReader(file("a=52.000,5\nb=ja\nc=1-2-2025\nd=  \n"));
        assertThat(in.decimal("a", 0, 0, 1e6)).isEqualTo(52000.5);
        assertThat(in.yesNo("b", false)).isTrue();
        assertThat(in.date("c", LocalDate.MIN)).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(in.text("d", "standaard")).isEqualTo("standaard");
        assertThat(in.decimal("absent", 7.5, 0, 10)).isEqualTo(7.5);
    }

    @Test
    void a_value_out_of_range_names_key_value_and_bounds() throws Exception {
        PropertyReader in = new PropertyReader(file("kantoor.min_oppervlak_m2=-5\n"));
        assertThatThrownBy(() -> in.decimal("kantoor.min_oppervlak_m2", 100, 0, 1_000_000))
                .hasMessage("ongeldige waarde '-5' voor instelling 'kantoor.min_oppervlak_m2': verwacht tussen 0 en"
                        + " 1.000.000");
    }

    @Test
    void a_plain_number_refuses_a_thousands_dot_with_the_short_message() {
        assertThat(PropertyReader.plainNumber("zon.x", "0,25")).isEqualTo(0.25);
        assertThatThrownBy(() -> PropertyReader.plainNumber("zon.x", "2.000"))
                .hasMessageStartingWith("ongeldige waarde '2.000' voor zon.x: schrijf getallen zonder punt");
        assertThatThrownBy(() -> PropertyReader.plainNumber("zon.x", "veel"))
                .hasMessage("ongeldige waarde 'veel' voor zon.x: geen getal");
        assertThatThrownBy(() -> PropertyReader.plainNumber("zon.x", null)).hasMessage("zon.x ontbreekt");
        assertThat(PropertyReader.invalidMessage("zon.x", -3.0, "te klein"))
                .isEqualTo("ongeldige waarde -3 voor zon.x: te klein");
    }

    @Test
    void plain_numbers_for_files_drop_a_needless_point_zero() {
        assertThat(PropertyReader.plain(430.0)).isEqualTo("430");
        assertThat(PropertyReader.plain(0.9)).isEqualTo("0.9");
        assertThat(PropertyReader.plain(1e20)).isEqualTo("1.0E20");
    }
}
