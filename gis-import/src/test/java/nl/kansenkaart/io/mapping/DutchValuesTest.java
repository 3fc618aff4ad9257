package nl.kansenkaart.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DutchValuesTest {

    @Test
    void dutch_and_english_number_styles_are_both_read() {
        assertThat(DutchValues.number("1.234,5")).isEqualTo(1234.5);
        assertThat(DutchValues.number("1,32")).isEqualTo(1.32);
        assertThat(DutchValues.number("1234.5")).isEqualTo(1234.5);
        assertThat(DutchValues.number("1,234.5")).isEqualTo(1234.5);
        assertThat(DutchValues.number("0.88E0")).isEqualTo(0.88);
        assertThat(DutchValues.number(" -12 ")).isEqualTo(-12.0);
        assertThat(DutchValues.number(new BigDecimal("8.25"))).isEqualTo(8.25);
    }

    @Test
    void text_that_is_no_number_is_refused_in_dutch() {
        assertThatThrownBy(() -> DutchValues.number("v1900"))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("geen getal");
        assertThatThrownBy(() -> DutchValues.number("1,2,3")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void whole_numbers_accept_a_trailing_zero_decimal_only() {
        assertThat(DutchValues.whole("1977.0")).isEqualTo(1977);
        assertThat(DutchValues.whole(1913.0)).isEqualTo(1913);
        assertThatThrownBy(() -> DutchValues.whole("12,5")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void dates_are_read_in_the_three_ep_online_styles() {
        LocalDate expected = LocalDate.of(2019, 3, 15);
        assertThat(DutchValues.date("20190315")).isEqualTo(expected);
        assertThat(DutchValues.date("2019-03-15")).isEqualTo(expected);
        assertThat(DutchValues.date("15-03-2019")).isEqualTo(expected);
        assertThat(DutchValues.date("2019-03-15T10:00:00Z")).isEqualTo(expected);
        assertThat(DutchValues.date(20190315L)).isEqualTo(expected);
        assertThatThrownBy(() -> DutchValues.date("20191315")).hasMessageContaining("ongeldige datum");
        assertThatThrownBy(() -> DutchValues.date("maart 2019")).hasMessageContaining("datumnotatie");
    }

    @Test
    void booleans_come_as_digits_words_or_dutch() {
        assertThat(DutchValues.bool("ja")).contains(true);
        assertThat(DutchValues.bool("Nee")).contains(false);
        assertThat(DutchValues.bool(1L)).contains(true);
        assertThat(DutchValues.bool("false")).contains(false);
        assertThat(DutchValues.bool("misschien")).isEmpty();
    }

    @Test
    void ids_written_as_floating_numbers_become_plain_digits() {
        assertThat(DutchValues.idText("8.55100000109569E14")).isEqualTo("855100000109569");
        assertThat(DutchValues.idText(503100000000296.0)).isEqualTo("503100000000296");
        assertThat(DutchValues.idText("NL.IMBAG.Pand.0518100000100040")).isEqualTo("NL.IMBAG.Pand.0518100000100040");
    }
}
