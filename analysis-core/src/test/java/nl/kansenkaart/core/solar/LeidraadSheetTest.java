package nl.kansenkaart.core.solar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The leidraad method reproduces the Bitseveld solar sheet (DOMAIN.md), rows A and B exactly. */
class LeidraadSheetTest {

    @ParameterizedTest(name = "{0}: {1} m2 gives {4} panels and {5} kWp")
    @CsvFileSource(resources = "/nl/kansenkaart/core/solar/leidraad-bitseveld.csv", numLinesToSkip = 1)
    void the_leidraad_rule_gives_the_sheet_numbers(
            String company, double areaM2, int sheetPanels, int sheetKwp, int rulePanels, int ruleKwp) {
        LeidraadSizing sizing = LeidraadSizing.of(areaM2, SolarAssumptions.LEIDRAAD_DRENTHE);

        assertThat(sizing.panels()).isEqualTo(rulePanels);
        assertThat(sizing.peakPowerKwp()).isEqualTo(ruleKwp);
        if (!company.equals("Bedrijf C")) {
            assertThat(sizing.panels()).isEqualTo(sheetPanels);
            assertThat(sizing.peakPowerKwp()).isEqualTo(sheetKwp);
        } else {
            // Documents the example's data error: 345 / 4 = 86.25 -> 86 panels, the sheet says 97.
            assertThat(sizing.panels()).isNotEqualTo(sheetPanels);
        }
    }

    @ParameterizedTest(name = "{0} through the whole analysis")
    @CsvFileSource(resources = "/nl/kansenkaart/core/solar/leidraad-bitseveld.csv", numLinesToSkip = 1)
    void a_park_snapshot_gives_the_same_numbers_and_a_readable_reason(
            String company, double areaM2, int sheetPanels, int sheetKwp, int rulePanels, int ruleKwp) {
        SolarReport report = SolarAnalysis.analyse(
                Fixtures.snapshot(List.of(Fixtures.building("0106100000000001", areaM2))),
                SolarAssumptions.LEIDRAAD_DRENTHE);

        SolarPotential p = report.potentials().get(0);
        assertThat(p.method()).isEqualTo(SolarMethod.LEIDRAAD);
        assertThat(p.panels()).isEqualTo(rulePanels);
        assertThat(p.peakPowerKwp()).isEqualTo(ruleKwp);
        // Yield: whole kWp x 875 kWh/kWp, no orientation correction in the leidraad preset.
        assertThat(p.yieldKwhPerYear()).isCloseTo(ruleKwp * 875.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(p.reason())
                .isEqualTo("leidraad: " + (int) areaM2 + " m2 / 4 m2 per paneel = " + rulePanels
                        + " panelen x 308 Wp = " + ruleKwp + " kWp");
    }
}
