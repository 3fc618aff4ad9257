package nl.kansenkaart.core.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.RoofType;
import org.junit.jupiter.api.Test;

/** Zero, tiny, huge, north-facing, missing and gone: every odd case gets an explained outcome. */
class SolarEdgeCasesTest {
    private static final String ID = "0106100000000009";

    @Test
    void a_zero_negative_or_nan_footprint_is_refused_with_a_dutch_message() {
        for (double bad : new double[] {0, -12.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new FootprintInput(ID, bad, RoofShape.UNKNOWN, OptionalInt.empty()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ongeldig footprint-oppervlak")
                    .hasMessageContaining("van pand " + ID)
                    .hasMessageContaining("moet een getal groter dan 0 zijn");
            assertThatThrownBy(() ->
                            SolarAnalysis.size(bad, Optional.empty(), List.of(), SolarAssumptions.LEIDRAAD_DRENTHE))
                    .hasMessageContaining("ongeldig footprint-oppervlak");
        }
        assertThatThrownBy(() -> FootprintBatch.run(new double[] {410, 755, -1}, SolarAssumptions.LEIDRAAD_DRENTHE))
                .hasMessageContaining("ongeldig footprint-oppervlak -1.0 m2 van pand op regel 2");
    }

    @Test
    void a_footprint_without_area_in_a_snapshot_is_left_out_with_its_reason() {
        // A collapsed ring: a valid, non-empty polygon with zero area, as broken sources deliver.
        Building flat = new Building(
                ID,
                OptionalInt.empty(),
                BuildingStatus.IN_USE,
                Fixtures.wkt("POLYGON ((233000 557000, 233010 557000, 233020 557000, 233000 557000))"),
                Optional.empty());
        SolarReport report = SolarAnalysis.analyse(Fixtures.snapshot(List.of(flat)), SolarAssumptions.ACTUEEL);

        assertThat(report.outcomes()).singleElement().isInstanceOf(NotAssessed.class);
        assertThat(report.outcomes().get(0).reason())
                .isEqualTo("niet meegenomen: pandgeometrie heeft geen oppervlak (0 m2)");
        assertThat(report.totals().buildingsNotAssessed()).isEqualTo(1);
    }

    @Test
    void a_one_square_metre_shed_gets_no_panels_and_says_it_is_too_small() {
        // Leidraad: 1 / 4 = 0.25 -> 0 panels. Actueel: 25 % of 1 m2 = 0.25 m2 < 1.95 m2 -> 0 panels.
        SolarPotential leidraad = first(SolarAssumptions.LEIDRAAD_DRENTHE, Fixtures.building(ID, 1));
        assertThat(leidraad.panels()).isZero();
        assertThat(leidraad.peakPowerKwp()).isZero();
        assertThat(leidraad.reason())
                .isEqualTo("leidraad: 1 m2 / 4 m2 per paneel = 0 panelen; te klein voor één paneel");
        assertThat(leidraad.economics().investmentEur()).isZero();
        assertThat(leidraad.economics().paybackYears()).isEmpty();

        SolarPotential actueel = first(SolarAssumptions.ACTUEEL, Fixtures.building(ID, 1));
        assertThat(actueel.panels()).isZero();
        assertThat(actueel.reason()).endsWith("te klein voor één paneel");
    }

    @Test
    void a_seventy_thousand_square_metre_hall_without_roof_parts_falls_back_and_is_flagged() {
        // 3D BAG gives halls over 70,000 m2 no roof parts. Fallback to actueel: 30 % of 70,000 m2 =
        // 21,000 m2; 21,000 / 1.95 = 10,769.2 -> 10,769 panels x 430 Wp = 4,630.67 kWp.
        Building hall =
                Fixtures.building(ID, 70_000, OptionalInt.of(1978), Fixtures.roof(RoofType.SINGLE_HORIZONTAL, false));
        SolarPotential p = first(SolarAssumptions.ACTUEEL, hall);

        assertThat(p.sizing().fallback()).contains(FootprintFallback.NO_ROOF_PARTS);
        assertThat(p.method()).isEqualTo(SolarMethod.ACTUEEL);
        assertThat(p.panels()).isEqualTo(10_769);
        assertThat(p.peakPowerKwp()).isCloseTo(4_630.67, within(1e-9));
        assertThat(p.flags().gh1SizeRoof()).isTrue(); // 21,000 m2 >= 2,000 and 4,631 kWp >= 300
        assertThat(p.flags().structuralCheckAdvised()).isTrue(); // >= 1,000 m2 and built before 1990
        assertThat(p.reason())
                .isEqualTo(
                        "geen dakvlakken in 3D BAG, terugval op footprint: actueel: 30 % van 70.000 m2 (plat dak)"
                                + " = 21.000 m2 bruikbaar, 10.769 panelen, 4.630,7 kWp, oriëntatie onbekend (factor 0,90);"
                                + " GH1-dak (erkende maatregel zon-PV); constructieve check aanbevolen (70.000 m2, bouwjaar 1978)");
    }

    @Test
    void a_greenhouse_and_a_building_without_any_roof_data_say_why_they_fell_back() {
        SolarPotential greenhouse = first(
                SolarAssumptions.ACTUEEL,
                Fixtures.building(ID, 5_000, OptionalInt.of(2015), Fixtures.roof(RoofType.COULD_NOT_DETECT, true)));
        assertThat(greenhouse.sizing().fallback()).contains(FootprintFallback.GREENHOUSE);
        assertThat(greenhouse.reason())
                .startsWith("kas of warenhuis zonder dakvlakken in 3D BAG, terugval op footprint");

        SolarPotential missing = first(SolarAssumptions.ACTUEEL, Fixtures.building(ID, 800));
        assertThat(missing.sizing().fallback()).contains(FootprintFallback.NO_ROOF_DATA);
        assertThat(missing.reason())
                .startsWith("geen 3D BAG-dakgegevens, terugval op footprint: actueel: 30 % van 800 m2");
    }

    @Test
    void a_roof_that_faces_only_north_carries_nothing_and_says_so() {
        SolarReport report = SolarAnalysis.analyse(
                Fixtures.snapshot(
                        List.of(Fixtures.building(
                                ID, 120, OptionalInt.of(1965), Fixtures.roof(RoofType.SLANTED, false))),
                        List.of(Fixtures.part(ID, 0, 40, 350, 70), Fixtures.part(ID, 1, 40, 20, 70)),
                        List.of(),
                        List.of()),
                SolarAssumptions.ACTUEEL);
        SolarPotential p = report.potentials().get(0);

        assertThat(p.panels()).isZero();
        assertThat(p.economics().paybackYears()).isEmpty();
        assertThat(p.flags().structuralCheckAdvised()).isFalse(); // no panels, nothing to carry
        assertThat(p.reason())
                .isEqualTo("dakvlakken: 0 van 2 bruikbaar, 0 m2, 0 panelen, 0 kWp; 2 noordvlakken uitgesloten");
    }

    @Test
    void demolished_and_never_built_buildings_are_explained_not_counted() {
        Building demolished = new Building(
                "0106100000000001",
                OptionalInt.of(1960),
                BuildingStatus.DEMOLISHED,
                Fixtures.rectangle(233000, 557000, 50),
                Optional.empty());
        Building notBuilt = new Building(
                "0106100000000002",
                OptionalInt.empty(),
                BuildingStatus.NOT_REALISED,
                Fixtures.rectangle(233100, 557000, 50),
                Optional.empty());
        SolarReport report = SolarAnalysis.analyse(
                Fixtures.snapshot(List.of(notBuilt, demolished, Fixtures.building("0106100000000003", 410))),
                SolarAssumptions.LEIDRAAD_DRENTHE);

        assertThat(report.outcomes())
                .extracting(SolarOutcome::reason)
                .containsExactly(
                        "niet meegenomen: BAG-status Pand gesloopt",
                        "niet meegenomen: BAG-status Niet gerealiseerd pand",
                        "leidraad: 410 m2 / 4 m2 per paneel = 103 panelen x 308 Wp = 32 kWp");
        assertThat(report.totals().buildingsAssessed()).isEqualTo(1);
        assertThat(report.totals().buildingsNotAssessed()).isEqualTo(2);
        assertThat(report.totals().panels()).isEqualTo(103);
    }

    @Test
    void feed_in_is_constrained_inside_a_red_grid_area_and_unknown_outside_every_area() {
        Building inside = Fixtures.building("0106100000000001", 600);
        Building outside = new Building(
                "0106100000000002",
                OptionalInt.of(2001),
                BuildingStatus.IN_USE,
                Fixtures.rectangle(236000, 557000, 30),
                Optional.empty());
        SolarReport report = SolarAnalysis.analyse(
                Fixtures.snapshot(
                        List.of(inside, outside),
                        List.of(),
                        List.of(
                                Fixtures.grid(
                                        "A",
                                        CapacityStatus.SCARCE,
                                        "POLYGON ((232000 556000, 235000 556000, 235000 558000, 232000 558000, 232000 556000))"),
                                Fixtures.grid(
                                        "B",
                                        CapacityStatus.CONGESTED,
                                        "POLYGON ((232900 556900, 233500 556900, 233500 557100, 232900 557100, 232900 556900))")),
                        List.of()),
                SolarAssumptions.LEIDRAAD_DRENTHE);

        SolarPotential in = report.potentials().get(0);
        SolarPotential out = report.potentials().get(1);
        // Both areas hold the first building; the red one wins.
        assertThat(in.flags().feedInStatus()).contains(CapacityStatus.CONGESTED);
        assertThat(in.flags().feedInConstrained()).isTrue();
        assertThat(in.reason()).endsWith("; teruglevering beperkt door netcongestie");
        assertThat(out.flags().feedInStatus()).isEmpty();
        assertThat(out.flags().feedInConstrained()).isFalse();
    }

    @Test
    void existing_panels_come_from_the_consultants_override_and_a_bad_value_is_refused() {
        Building b = Fixtures.building(ID, 410);
        Override yes =
                new Override(Override.OverrideTarget.BUILDING, "NL.IMBAG.Pand." + ID, "bestaande_zonnepanelen", "Ja");
        SolarPotential p = SolarAnalysis.analyse(
                        Fixtures.snapshot(List.of(b), List.of(), List.of(), List.of(yes)),
                        SolarAssumptions.LEIDRAAD_DRENTHE)
                .potentials()
                .get(0);
        assertThat(p.flags().existingPv()).contains(true);
        assertThat(p.reason()).endsWith("; heeft al zonnepanelen");

        SolarPotential unknown = first(SolarAssumptions.LEIDRAAD_DRENTHE, b);
        assertThat(unknown.flags().existingPv()).isEmpty();

        Override bad = new Override(Override.OverrideTarget.BUILDING, ID, "bestaande_zonnepanelen", "misschien");
        assertThatThrownBy(() -> SolarAnalysis.analyse(
                        Fixtures.snapshot(List.of(b), List.of(), List.of(), List.of(bad)),
                        SolarAssumptions.LEIDRAAD_DRENTHE))
                .hasMessage(
                        "ongeldige waarde 'misschien' voor bestaande_zonnepanelen van pand " + ID + ": kies ja of nee");
    }

    @Test
    void an_old_hall_of_unknown_age_gets_the_structural_check_and_a_young_one_does_not() {
        SolarPotential unknownAge = first(
                SolarAssumptions.LEIDRAAD_DRENTHE, Fixtures.building(ID, 1_000, OptionalInt.empty(), Optional.empty()));
        assertThat(unknownAge.flags().structuralCheckAdvised()).isTrue();
        assertThat(unknownAge.reason()).endsWith("; constructieve check aanbevolen (1.000 m2, bouwjaar onbekend)");

        SolarPotential young = first(
                SolarAssumptions.LEIDRAAD_DRENTHE,
                Fixtures.building(ID, 1_000, OptionalInt.of(1990), Optional.empty()));
        assertThat(young.flags().structuralCheckAdvised()).isFalse(); // 1990 is not before 1990

        SolarPotential small = first(
                SolarAssumptions.LEIDRAAD_DRENTHE, Fixtures.building(ID, 999, OptionalInt.of(1950), Optional.empty()));
        assertThat(small.flags().structuralCheckAdvised()).isFalse(); // 999 m2 < 1,000 m2
    }

    @Test
    void the_footprint_stream_refuses_nothing_valid_and_keeps_the_callers_ids() {
        List<SolarPotential> out = SolarAnalysis.analyseFootprints(
                        Stream.of(new FootprintInput("rij-1", 410, RoofShape.UNKNOWN, OptionalInt.empty())),
                        SolarAssumptions.LEIDRAAD_DRENTHE)
                .toList();
        assertThat(out).singleElement().satisfies(p -> {
            assertThat(p.buildingId()).isEqualTo("rij-1");
            assertThat(p.panels()).isEqualTo(103);
        });
    }

    private static SolarPotential first(SolarAssumptions a, Building b) {
        return SolarAnalysis.analyse(Fixtures.snapshot(List.of(b)), a)
                .potentials()
                .get(0);
    }
}
