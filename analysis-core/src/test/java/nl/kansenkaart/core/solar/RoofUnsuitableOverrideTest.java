package nl.kansenkaart.core.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Override;
import org.junit.jupiter.api.Test;

/** The consultant's verdict "dak ongeschikt" beats whatever the roof data say. */
class RoofUnsuitableOverrideTest {
    private static final String HALL = "0106100000000021";
    private static final String SHOP = "0106100000000022";

    private static Override unsuitable(String id, String value) {
        return new Override(Override.OverrideTarget.BUILDING, id, SolarAnalysis.ROOF_UNSUITABLE_KEY, value);
    }

    private static SolarReport analyse(List<Override> overrides) {
        // A 4,000 m2 hall built in 1975: leidraad 1,000 panels, 308 kWp, a GH1 roof with a structural check.
        Building hall = Fixtures.building(HALL, 4_000, OptionalInt.of(1975), java.util.Optional.empty());
        Building shop = Fixtures.building(SHOP, 410);
        return SolarAnalysis.analyse(
                Fixtures.snapshot(List.of(hall, shop), List.of(), List.of(), overrides),
                SolarAssumptions.LEIDRAAD_DRENTHE);
    }

    @Test
    void a_roof_marked_unsuitable_gets_no_panels_and_says_the_consultant_marked_it() {
        SolarReport before = analyse(List.of());
        SolarPotential hallBefore = before.potentials().get(0);
        assertThat(hallBefore.panels()).isEqualTo(1_000);
        assertThat(hallBefore.peakPowerKwp()).isEqualTo(308);
        assertThat(hallBefore.flags().gh1SizeRoof()).isTrue();
        assertThat(hallBefore.flags().structuralCheckAdvised()).isTrue();

        SolarReport after = analyse(List.of(unsuitable("NL.IMBAG.Pand." + HALL, "ja")));
        SolarPotential hall = after.potentials().get(0);

        assertThat(hall.buildingId()).isEqualTo(HALL);
        assertThat(hall.sizing()).isInstanceOf(UnsuitableRoofSizing.class);
        assertThat(hall.method()).isEqualTo(SolarMethod.LEIDRAAD);
        assertThat(hall.usableRoofAreaM2()).isZero();
        assertThat(hall.panels()).isZero();
        assertThat(hall.peakPowerKwp()).isZero();
        assertThat(hall.yieldKwhPerYear()).isZero();
        assertThat(hall.economics().investmentEur()).isZero();
        assertThat(hall.economics().paybackYears()).isEmpty();
        // No GH1 roof and no structural check for a roof that will carry nothing.
        assertThat(hall.flags().gh1SizeRoof()).isFalse();
        assertThat(hall.flags().structuralCheckAdvised()).isFalse();
        assertThat(hall.reason())
                .isEqualTo("dak door de adviseur als ongeschikt gemarkeerd: 0 panelen (zonder die markering"
                        + " leidraad: 4.000 m2 / 4 m2 per paneel = 1.000 panelen x 308 Wp = 308 kWp)");
    }

    @Test
    void the_park_totals_leave_the_unsuitable_roof_out_and_count_it() {
        SolarTotals before = analyse(List.of()).totals();
        SolarTotals after = analyse(List.of(unsuitable(HALL, "ja"))).totals();

        // Only the 410 m2 shop is left: 103 panels, 32 kWp, 28,000 kWh.
        assertThat(after.buildingsAssessed()).isEqualTo(2);
        assertThat(after.panels()).isEqualTo(103);
        assertThat(after.peakPowerKwp()).isEqualTo(32);
        assertThat(after.yieldMwhPerYear()).isCloseTo(28.0, within(1e-9));
        assertThat(after.usableRoofAreaM2()).isCloseTo(410, within(1e-9));
        assertThat(after.gh1Roofs()).isZero();
        assertThat(after.roofsMarkedUnsuitable()).isEqualTo(1);
        assertThat(after.describe()).contains("Daken door adviseur ongeschikt gemarkeerd (0 panelen): 1");
        assertThat(before.panels()).isEqualTo(1_000 + 103);
        assertThat(before.gh1Roofs()).isEqualTo(1);
        assertThat(before.roofsMarkedUnsuitable()).isZero();
        assertThat(before.describe()).noneMatch(l -> l.contains("ongeschikt"));
    }

    @Test
    void nee_undoes_the_mark_and_a_bad_value_is_refused_in_dutch() {
        assertThat(analyse(List.of(unsuitable(HALL, "nee")))).isEqualTo(analyse(List.of()));
        assertThat(analyse(List.of(unsuitable(HALL, " Ja ")))
                        .potentials()
                        .get(0)
                        .panels())
                .isZero();
        assertThatThrownBy(() -> analyse(List.of(unsuitable(HALL, "soms"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ongeldige waarde 'soms' voor dak_ongeschikt van pand " + HALL + ": kies ja of nee");
    }

    @Test
    void a_marked_roof_with_roof_parts_keeps_the_fallback_words_out_and_the_method_in() {
        Building b = Fixtures.building(SHOP, 410);
        SolarReport report = SolarAnalysis.analyse(
                Fixtures.snapshot(
                        List.of(b),
                        List.of(Fixtures.part(SHOP, 0, 35, 180, 200)),
                        List.of(),
                        List.of(unsuitable(SHOP, "1"))),
                SolarAssumptions.ACTUEEL);
        SolarPotential p = report.potentials().get(0);
        assertThat(p.method()).isEqualTo(SolarMethod.DAKVLAKKEN);
        assertThat(p.panels()).isZero();
        assertThat(p.reason())
                .startsWith("dak door de adviseur als ongeschikt gemarkeerd: 0 panelen (zonder die"
                        + " markering dakvlakken: 1 van 1 bruikbaar, 200 m2, 76 panelen");
    }
}
