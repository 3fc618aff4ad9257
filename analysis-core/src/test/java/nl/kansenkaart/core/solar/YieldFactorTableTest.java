package nl.kansenkaart.core.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default yield-factor table at the anchors of DOMAIN.md "Solar numbers" and in between. */
class YieldFactorTableTest {
    private static final double EXACT = 1e-12;
    private static final YieldFactorTable T = YieldFactorTable.DEFAULT;

    @ParameterizedTest(name = "slope {0}, azimuth {1}: {2}")
    @CsvSource({
        "35, 180, 1.00", // the optimum: 35 degrees facing south
        "0, 180, 0.90", // flat
        "0, 0, 0.90", // flat: orientation does not matter
        "0, 90, 0.90",
        "35, 90, 0.80", // east at 35 degrees
        "35, 270, 0.80", // west at 35 degrees
        "30, 90, 0.82",
        "40, 270, 0.79",
        "90, 180, 0.70", // vertical south facade
        "35, 0, 0.62", // north at 35 degrees
        "35, 360, 0.62", // 360 is north too
    })
    void the_table_holds_its_anchor_values(double slope, double azimuth, double expected) {
        assertThat(T.factor(slope, azimuth)).isCloseTo(expected, within(EXACT));
    }

    @Test
    void between_anchors_the_factor_is_interpolated_and_east_and_west_are_mirror_images() {
        // Halfway between 30 (0.99) and 35 (1.00) degrees south.
        assertThat(T.factor(32.5, 180)).isCloseTo(0.995, within(EXACT));
        // South-east (135) at 35 degrees is the 45-degree column: 0.96; halfway to east (112.5): 0.88.
        assertThat(T.factor(35, 135)).isCloseTo(0.96, within(EXACT));
        assertThat(T.factor(35, 112.5)).isCloseTo(0.88, within(EXACT));
        assertThat(T.factor(27, 100)).isCloseTo(T.factor(27, 260), within(EXACT));
        // Below 10 degrees orientation hardly matters: within 0.07 of each other at 5 degrees.
        assertThat(Math.abs(T.factor(5, 180) - T.factor(5, 0))).isLessThan(0.07);
    }

    @Test
    void a_table_that_does_not_cover_flat_to_vertical_or_has_a_short_row_is_refused_in_dutch() {
        assertThatThrownBy(() -> new YieldFactorTable(
                        List.of(10.0, 90.0), List.of(0.0, 180.0), List.of(List.of(1.0, 0.5), List.of(0.7, 0.3))))
                .hasMessageContaining("zon.opbrengstfactor.hellingen_graden: moet bij 0 beginnen en bij 90 eindigen");
        assertThatThrownBy(() -> new YieldFactorTable(
                        List.of(0.0, 90.0), List.of(0.0, 180.0), List.of(List.of(1.0, 0.5), List.of(0.7))))
                .hasMessageContaining("zon.opbrengstfactor.helling_90: verwacht 2 factoren");
        assertThatThrownBy(() -> new YieldFactorTable(
                        List.of(0.0, 90.0), List.of(0.0, 180.0), List.of(List.of(1.0, 0.5), List.of(0.7, 2.0))))
                .hasMessageContaining("factor 2.0 ligt niet tussen 0 en 1,5");
    }
}
