package nl.kansenkaart.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dutch number writing and parsing, as the labels, obligations, kansen and solar reports use it. */
class DutchNumbersTest {

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
    void decimals_are_rounded_half_up_with_a_comma_and_trailing_zeros_dropped() {
        assertThat(DutchNumbers.decimal(7.0737, 1)).isEqualTo("7,1");
        assertThat(DutchNumbers.decimal(0.35, 2)).isEqualTo("0,35");
        assertThat(DutchNumbers.decimal(0.05, 2)).isEqualTo("0,05");
        assertThat(DutchNumbers.decimal(0.7, 2)).isEqualTo("0,7");
        assertThat(DutchNumbers.decimal(40.0, 1)).isEqualTo("40");
        assertThat(DutchNumbers.decimal(176.55, 1)).isEqualTo("176,6");
        assertThat(DutchNumbers.decimal(1_240.25, 1)).isEqualTo("1.240,3");
        assertThat(DutchNumbers.decimal(-2.5, 1)).isEqualTo("-2,5");
        assertThat(DutchNumbers.decimal(-0.01, 1)).isEqualTo("0");
    }

    @Test
    void six_decimals_are_the_most_a_property_file_gets() {
        assertThat(DutchNumbers.decimal(0.1234565, 6)).isEqualTo("0,123457");
        assertThatThrownBy(() -> DutchNumbers.decimal(1, 7)).hasMessage("ongeldig aantal decimalen 7");
    }

    @Test
    void whole_numbers_get_a_thousands_dot() {
        assertThat(DutchNumbers.rounded(524_250)).isEqualTo("524.250");
        assertThat(DutchNumbers.rounded(673.75)).isEqualTo("674");
        assertThat(DutchNumbers.integer(2_000)).isEqualTo("2.000");
    }

    @Test
    void percentages_are_truncated_so_a_missed_threshold_never_looks_reached() {
        assertThat(DutchNumbers.percentFloor(0.4996)).isEqualTo("49,9 %");
        assertThat(DutchNumbers.percentFloor(0.5)).isEqualTo("50 %");
        assertThat(DutchNumbers.percentFloor(0.62016)).isEqualTo("62 %");
    }

    @Test
    void the_two_roundings_differ_only_where_a_binary_fraction_sits_next_to_a_tie() {
        // 1.115 is stored as 1.11499999...: exactly it rounds down, times 100 it is 111.5 and rounds up.
        assertThat(DutchNumbers.decimal(1.115, 2)).isEqualTo("1,12");
        assertThat(DutchNumbers.upTo(1.115, 2)).isEqualTo("1,11");
        assertThat(DutchNumbers.percent(0.3)).isEqualTo("30 %");
        assertThat(DutchNumbers.fixed(0.9, 2)).isEqualTo("0,90");
        assertThat(DutchNumbers.whole(-0.3)).isEqualTo("0");
        assertThat(DutchNumbers.whole(Double.NaN)).isEqualTo("NaN");
        assertThat(DutchNumbers.decimal(Double.NaN, 1)).isEqualTo("0");
    }

    /** The fast half-up writer must write what NumberFormat wrote before, to the letter. */
    @Test
    void half_up_writes_what_number_format_writes_for_dutch() {
        SplittableRandom random = new SplittableRandom(20261124);
        double[] special = {
            0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            -2.5,
            0.05,
            0.15,
            0.25,
            0.35,
            1.005,
            1.115,
            2.675,
            0.285,
            1e15,
            123456789.125,
            1e18 + 0.5,
            9.87654321e20,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            999.9999,
            -0.001
        };
        for (int decimals = 0; decimals <= 3; decimals++) {
            for (double v : special) {
                assertSameAsNumberFormat(v, 0, decimals);
                assertSameAsNumberFormat(v, decimals, decimals);
            }
            for (int i = 0; i < 20_000; i++) {
                double magnitude = Math.pow(10, random.nextInt(-3, 10));
                // Values on a grid of halves of the last decimal hit the ties that matter.
                double onGrid = Math.round(random.nextDouble(-1, 1) * magnitude * 2000) / 2000.0;
                double anywhere = random.nextDouble(-1, 1) * magnitude;
                assertSameAsNumberFormat(onGrid, 0, decimals);
                assertSameAsNumberFormat(anywhere, 0, decimals);
                assertSameAsNumberFormat(anywhere, decimals, decimals);
            }
        }
    }

    private static void assertSameAsNumberFormat(double value, int minDecimals, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL"));
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setMinimumFractionDigits(minDecimals);
        f.setMaximumFractionDigits(maxDecimals);
        String expected = f.format(value);
        expected = expected.equals("-0") ? "0" : expected;
        assertThat(DutchNumbers.halfUp(value, minDecimals, maxDecimals))
                .as("%s with %d..%d decimals", value, minDecimals, maxDecimals)
                .isEqualTo(expected);
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
    void a_plain_number_refuses_thousands_dots_but_takes_either_decimal_sign() {
        assertThat(DutchNumbers.parsePlain("0,25")).hasValue(0.25);
        assertThat(DutchNumbers.parsePlain("0.25")).hasValue(0.25);
        assertThat(DutchNumbers.parsePlain("2.000")).hasValue(2.0);
        assertThat(DutchNumbers.isGrouped("2.000")).isTrue();
        assertThat(DutchNumbers.isGrouped("2.5")).isFalse();
        assertThat(DutchNumbers.parsePlain("NaN")).isEmpty();
    }
}
