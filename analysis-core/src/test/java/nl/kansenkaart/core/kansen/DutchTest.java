package nl.kansenkaart.core.kansen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutchTest {

    @Test
    void decimals_are_rounded_half_up_with_a_comma_and_trailing_zeros_dropped() {
        assertThat(Dutch.decimal(7.0737, 1)).isEqualTo("7,1");
        assertThat(Dutch.decimal(0.35, 2)).isEqualTo("0,35");
        assertThat(Dutch.decimal(0.05, 2)).isEqualTo("0,05");
        assertThat(Dutch.decimal(0.7, 2)).isEqualTo("0,7");
        assertThat(Dutch.decimal(40.0, 1)).isEqualTo("40");
        assertThat(Dutch.decimal(176.55, 1)).isEqualTo("176,6");
        assertThat(Dutch.decimal(1_240.25, 1)).isEqualTo("1.240,3");
        assertThat(Dutch.decimal(-2.5, 1)).isEqualTo("-2,5");
        assertThat(Dutch.decimal(-0.01, 1)).isEqualTo("0");
    }

    @Test
    void whole_numbers_get_a_thousands_dot() {
        assertThat(Dutch.whole(524_250)).isEqualTo("524.250");
        assertThat(Dutch.whole(673.75)).isEqualTo("674");
        assertThat(Dutch.count(2_000)).isEqualTo("2.000");
    }
}
