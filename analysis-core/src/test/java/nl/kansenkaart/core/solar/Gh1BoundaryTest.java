package nl.kansenkaart.core.solar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The GH1 flag at its boundaries: suitable roof >= 2,000 m2 AND >= 300 kWp. The leidraad method
 * takes the footprint as the suitable area and gives whole kWp, so both limits can be hit exactly.
 */
class Gh1BoundaryTest {

    @ParameterizedTest(name = "{0} m2 at {1} Wp per 4 m2: {2} kWp, GH1 {3}")
    @CsvSource({
        // 1,999 / 4 = 499.75 -> 500 panels x 600 Wp = 300 kWp, but the area is one m2 short
        "1999, 600, 300, false",
        // 2,000 / 4 = 500 panels x 600 Wp = 300 kWp: both limits met exactly
        "2000, 600, 300, true",
        // 4,000 / 4 = 1,000 panels x 299 Wp = 299 kWp: one kWp short
        "4000, 299, 299, false",
        // 1,000 panels x 300 Wp = 300 kWp
        "4000, 300, 300, true",
    })
    void the_gh1_flag_needs_both_the_area_and_the_power(double areaM2, int wp, double kwp, boolean gh1) {
        Properties p = new Properties();
        p.setProperty("zon.wattpiek_per_paneel", Integer.toString(wp));
        SolarAssumptions a = SolarAssumptions.fromProperties(p, SolarAssumptions.LEIDRAAD_DRENTHE);

        SolarPotential result = SolarAnalysis.analyse(
                        Fixtures.snapshot(List.of(Fixtures.building("0106100000000005", areaM2))), a)
                .potentials()
                .get(0);

        assertThat(result.peakPowerKwp()).isEqualTo(kwp);
        assertThat(result.usableRoofAreaM2()).isCloseTo(areaM2, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(result.flags().gh1SizeRoof()).isEqualTo(gh1);
        assertThat(result.reason().contains("GH1-dak")).isEqualTo(gh1);
    }
}
