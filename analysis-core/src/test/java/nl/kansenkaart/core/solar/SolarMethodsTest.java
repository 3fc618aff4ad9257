package nl.kansenkaart.core.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofType;
import org.junit.jupiter.api.Test;

/** Each method on a case computed by hand; the working is in the comments. */
class SolarMethodsTest {
    private static final double KWH = 1e-6;
    private static final SolarAssumptions ACTUEEL_FOOTPRINT = SolarAssumptions.ACTUEEL.withMethod(SolarMethod.ACTUEEL);
    private static final String ID = "0106100000000007";

    @Test
    void actueel_fills_thirty_percent_of_a_flat_hall_with_whole_panels() {
        // 1,000 m2, flat roof, not small: 30 % -> 300 m2; 300 / 1.95 = 153.8 -> 153 panels;
        // 153 x 430 Wp = 65.79 kWp; 65.79 x 875 x 0.90 = 51,809.625 kWh.
        SolarPotential p = only(
                ACTUEEL_FOOTPRINT,
                Fixtures.building(ID, 1000, OptionalInt.of(2010), Fixtures.roof(RoofType.SINGLE_HORIZONTAL, false)));

        assertThat(p.method()).isEqualTo(SolarMethod.ACTUEEL);
        assertThat(p.usableRoofAreaM2()).isCloseTo(300, within(1e-9));
        assertThat(p.panels()).isEqualTo(153);
        assertThat(p.peakPowerKwp()).isCloseTo(65.79, within(1e-9));
        assertThat(p.yieldKwhPerYear()).isCloseTo(51_809.625, within(KWH));
        // Investment by brackets: 15 kWp x 1.10 + 50.79 kWp x 0.85 EUR/Wp = 59,671.50 EUR.
        assertThat(p.economics().investmentEur()).isCloseTo(59_671.5, within(1e-6));
        // Savings: 51,809.625 kWh x (0.40 x 0.20 + 0.60 x 0.05) = x 0.11 = 5,699.06 EUR; payback 10.47 yr.
        assertThat(p.economics().yearlySavingsEur()).isCloseTo(5_699.05875, within(1e-6));
        assertThat(p.economics().paybackYears().getAsDouble()).isCloseTo(10.4704, within(1e-4));
        // CO2: 51,809.625 kWh x 0.374 kg/kWh = 19,376.8 kg.
        assertThat(p.economics().co2AvoidedKgPerYear()).isCloseTo(19_376.79975, within(1e-6));
        assertThat(p.flags().gh1SizeRoof()).isFalse();
        assertThat(p.flags().structuralCheckAdvised()).isFalse(); // built 2010
        assertThat(p.reason())
                .isEqualTo("actueel: 30 % van 1.000 m2 (plat dak) = 300 m2 bruikbaar, 153 panelen, 65,8 kWp,"
                        + " oriëntatie onbekend (factor 0,90)");
    }

    @Test
    void actueel_uses_a_quarter_for_small_pitched_or_unknown_roofs_and_thirty_percent_for_small_flat_ones() {
        // 200 m2 < 285 m2, pitched: 25 % -> 50 m2; 50 / 1.95 = 25.6 -> 25 panels = 10.75 kWp.
        SolarPotential pitched = only(
                ACTUEEL_FOOTPRINT,
                Fixtures.building(ID, 200, OptionalInt.of(1995), Fixtures.roof(RoofType.SLANTED, false)));
        assertThat(pitched.panels()).isEqualTo(25);
        assertThat(pitched.peakPowerKwp()).isCloseTo(10.75, within(1e-9));
        // 10.75 kWp x 1.10 EUR/Wp (all in the first bracket) = 11,825 EUR.
        assertThat(pitched.economics().investmentEur()).isCloseTo(11_825, within(1e-6));
        assertThat(pitched.reason())
                .startsWith("actueel: 25 % van 200 m2 (klein pand, schuin dak) = 50 m2 bruikbaar,"
                        + " 25 panelen, 10,8 kWp");

        // Roof type unknown (no 3D BAG): small buildings count as pitched, so also 25 panels.
        SolarPotential unknown = only(ACTUEEL_FOOTPRINT, Fixtures.building(ID, 200));
        assertThat(unknown.panels()).isEqualTo(25);

        // Small but flat: 30 % -> 60 m2; 60 / 1.95 = 30.8 -> 30 panels = 12.9 kWp.
        SolarPotential flat = only(
                ACTUEEL_FOOTPRINT,
                Fixtures.building(ID, 200, OptionalInt.of(1995), Fixtures.roof(RoofType.MULTIPLE_HORIZONTAL, false)));
        assertThat(flat.panels()).isEqualTo(30);
        assertThat(flat.peakPowerKwp()).isCloseTo(12.9, within(1e-9));
    }

    @Test
    void dakvlakken_sizes_each_part_with_its_own_factor_and_says_what_it_left_out() {
        List<RoofPart> parts = List.of(
                // south 35 deg, 100 m2: factor 1.00; 100 x 0.75 / 1.95 = 38.5 -> 38 panels = 16.34 kWp;
                // 16.34 x 875 = 14,297.5 kWh
                Fixtures.part(ID, 0, 35, 180, 100),
                // north 35 deg: excluded (north face from 20 deg up)
                Fixtures.part(ID, 1, 35, 0, 100),
                // east 35 deg, 60 m2: factor 0.80; 60 x 0.75 / 1.95 = 23.1 -> 23 panels = 9.89 kWp;
                // 9.89 x 875 x 0.80 = 6,923 kWh
                Fixtures.part(ID, 2, 35, 90, 60),
                // flat (3 deg, facing nearly north): east-west layout, factor 0.90;
                // 200 x 0.70 / 1.95 = 71.8 -> 71 panels = 30.53 kWp; 30.53 x 875 x 0.90 = 24,042.375 kWh
                Fixtures.part(ID, 3, 3, 10, 200),
                // a dormer cheek of 8 m2: smaller than 10 m2, excluded
                Fixtures.part(ID, 4, 35, 180, 8));
        SolarReport report = SolarAnalysis.analyse(
                Fixtures.snapshot(
                        List.of(Fixtures.building(
                                ID, 300, OptionalInt.of(2001), Fixtures.roof(RoofType.SLANTED, false))),
                        parts,
                        List.of(),
                        List.of()),
                SolarAssumptions.ACTUEEL);

        SolarPotential p = report.potentials().get(0);
        RoofPartSizing sizing = (RoofPartSizing) p.sizing();
        assertThat(p.method()).isEqualTo(SolarMethod.DAKVLAKKEN);
        assertThat(sizing.parts()).extracting(RoofPartUse::panels).containsExactly(38, 0, 23, 71, 0);
        assertThat(sizing.parts())
                .extracting(RoofPartUse::exclusion)
                .containsExactly(
                        Optional.empty(),
                        Optional.of(PartExclusion.NORTH_FACE),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(PartExclusion.TOO_SMALL));
        assertThat(sizing.parts().get(2).yieldFactor()).isCloseTo(0.80, within(1e-12));
        assertThat(sizing.parts().get(3).flat()).isTrue();
        assertThat(p.usableRoofAreaM2()).isCloseTo(360, within(1e-9));
        assertThat(p.panels()).isEqualTo(132);
        assertThat(p.peakPowerKwp()).isCloseTo(56.76, within(1e-9));
        assertThat(p.yieldKwhPerYear()).isCloseTo(14_297.5 + 6_923 + 24_042.375, within(KWH));
        assertThat(p.reason())
                .isEqualTo("dakvlakken: 3 van 5 bruikbaar, 360 m2, 132 panelen, 56,8 kWp; noordvlak uitgesloten;"
                        + " dakvlak te klein (< 10 m2) uitgesloten");
    }

    @Test
    void a_gentle_north_face_below_the_exclusion_slope_is_used_with_its_low_factor() {
        // 15 deg facing north: not flat (>= 10), not excluded (< 20); factor halfway between the
        // 10 deg row (0.83) and the 20 deg row (0.75) in the north column = 0.79.
        RoofPartUse use = RoofPartSizing.use(Fixtures.part(ID, 0, 15, 0, 50), SolarAssumptions.ACTUEEL);
        assertThat(use.isUsable()).isTrue();
        assertThat(use.yieldFactor()).isCloseTo(0.79, within(1e-12));
        // 50 x 0.75 / 1.95 = 19.2 -> 19 panels.
        assertThat(use.panels()).isEqualTo(19);
    }

    @Test
    void the_leidraad_method_ignores_roof_parts_and_the_roof_part_method_falls_back_without_them() {
        List<RoofPart> parts = List.of(Fixtures.part(ID, 0, 35, 180, 100));
        Sizing leidraad = SolarAnalysis.size(410, Optional.empty(), parts, SolarAssumptions.LEIDRAAD_DRENTHE);
        assertThat(leidraad).isInstanceOf(LeidraadSizing.class);
        assertThat(leidraad.panels()).isEqualTo(103);

        Sizing fallback = SolarAnalysis.size(
                1000, Fixtures.roof(RoofType.SINGLE_HORIZONTAL, false), List.of(), SolarAssumptions.ACTUEEL);
        assertThat(fallback.method()).isEqualTo(SolarMethod.ACTUEEL);
        assertThat(fallback.fallback()).contains(FootprintFallback.NO_ROOF_PARTS);
        assertThat(fallback.panels()).isEqualTo(153); // as in the actueel hand case above
    }

    private static SolarPotential only(SolarAssumptions a, nl.kansenkaart.core.model.Building b) {
        return SolarAnalysis.analyse(Fixtures.snapshot(List.of(b)), a)
                .potentials()
                .get(0);
    }
}
