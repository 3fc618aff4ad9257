package nl.kansenkaart.core.kansen;

import static nl.kansenkaart.core.kansen.ParkBuilder.pand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The whole chain on small parks. Pand 1: a 100 x 100 m hall behind a red feed-in grid (leidraad: 770
 * kWp, 673.750 kWh). Its business case by hand: investment 15 x 1,10 + 85 x 0,85 + 670 x 0,65 = 524,25
 * kEUR; savings 673.750 x (0,4 x 0,20 + 0,6 x 0,05) = 74.112,5 EUR; payback 7,0737 years.
 */
class KansenAnalysisTest {
    private static final KansenAssumptions A = KansenAssumptions.STANDARD;

    private static ParkBuilder mixedPark() {
        return new ParkBuilder()
                .building(1, 81_000, 451_000, 100, 100)
                .building(2, 81_200, 451_000, 20, 20)
                .building(3, 81_600, 451_000, 20, 20)
                .building(4, OptionalInt.of(1975), 82_000, 451_000, 40, 40)
                .electricityKwh(2, 200_000)
                .electricityKwh(3, 200_000)
                .gasM3(2, 100_000)
                .unit(2, 400, UsePurpose.INDUSTRY)
                .company(2, "Koelhuis Noord")
                .grid(CapacityStatus.AVAILABLE, CapacityStatus.CONGESTED);
    }

    @Test
    void the_solar_explanation_and_score_match_the_hand_computation() {
        KansenReport r = mixedPark().analyse(A);
        IndividualOpportunity solar = r.individual().get(0);
        assertThat(solar.type()).isEqualTo(OpportunityType.SOLAR_ROOF);
        assertThat(solar.buildingId()).isEqualTo(pand(1));
        assertThat(solar.sizeClass()).contains(SolarSizeClass.GH1);
        assertThat(solar.title()).isEqualTo("Zon op dak (GH1)");
        assertThat(solar.explanation())
                .startsWith("Zon op dak: 770 kWp op 10.000 m2 dak, 674 MWh per jaar, investering 524.250 euro,"
                        + " terugverdientijd 7,1 jaar; invoeding beperkt (netgebied rood); score 63,8");
        // impact 1; urgency 0,25; feasibility 0,4 x (1 - 2,0737 / 10) = 0,31705
        double feasibility = 0.4 * (1 - (524_250 / 74_112.5 - 5) / 10);
        assertThat(solar.score().feasibility()).isCloseTo(feasibility, within(1e-9));
        assertThat(solar.score().total()).isCloseTo(100 * (0.5 * 1 + 0.3 * 0.25 + 0.2 * feasibility), within(1e-9));
        assertThat(solar.impact().peakPowerKwp()).isEqualTo(770);
        assertThat(solar.impact().energyMwhPerYear()).isCloseTo(673.75, within(1e-9));
        assertThat(solar.geometry().getArea()).isEqualTo(10_000);
    }

    @Test
    void a_gh1_roof_and_an_old_large_hall_get_their_own_opportunities() {
        KansenReport r = mixedPark().analyse(A);
        assertThat(r.individual())
                .extracting(IndividualOpportunity::id)
                .containsExactly(
                        "zon_op_dak:" + pand(1),
                        "gh1_zon:" + pand(1),
                        "zon_op_dak:" + pand(2),
                        "besparingsplicht:" + pand(2),
                        "zon_op_dak:" + pand(3),
                        "besparingsplicht:" + pand(3),
                        "zon_op_dak:" + pand(4),
                        "constructieve_check:" + pand(4));
        IndividualOpportunity gh1 = r.individual().get(1);
        assertThat(gh1.obliged()).isFalse();
        // Pand 1 has no VBO: its use, and so whether GH1 is required, is unknown, not "vrijwillig".
        assertThat(gh1.explanation())
                .contains("10.000 m2 geschikt dak, 770 kWp", "verplichting onbekend: controleer")
                .doesNotContain("vrijwillig");
        IndividualOpportunity check = r.individual().get(7);
        assertThat(check.explanation())
                .startsWith("Constructieve check: laat de draagkracht van het dak (1.600 m2, bouwjaar 1975)"
                        + " onderzoeken voor 123 kWp zonnepanelen");
        IndividualOpportunity saving = r.individual().get(3);
        assertThat(saving.obliged()).isTrue();
        assertThat(saving.companies()).extracting(CompanyRef::name).containsExactly("Koelhuis Noord");
        // 15 % of (200.000 kWh + 100.000 m3 x 9,77 kWh) = 176,55 MWh
        assertThat(saving.impact().energyMwhPerYear()).isCloseTo(176.55, within(1e-9));
        assertThat(saving.explanation()).contains("erkende maatregelen (EML)", "geschatte besparing 176,6 MWh");
    }

    @Test
    void the_score_card_sets_use_against_solar_and_names_the_koplopers() {
        KansenReport r = mixedPark().analyse(A);
        ParkScoreCard card = r.scoreCard();
        // use: 400.000 kWh + 100.000 m3 x 9,77 = 1.377 MWh; solar: 673,75 + 2 x 27,125 + 123 x 0,875
        double solar = 673.75 + 2 * 27.125 + 107.625;
        assertThat(card.totalUseMwh()).isCloseTo(1_377, within(1e-9));
        assertThat(card.solarYieldMwh()).isCloseTo(solar, within(1e-9));
        assertThat(card.energyNeutralGapMwh()).isCloseTo(1_377 - solar, within(1e-9));
        assertThat(card.solarShareOfUse().getAsDouble()).isCloseTo(solar / 1_377, within(1e-12));
        assertThat(card.peakPowerKwp()).isEqualTo(770 + 31 + 31 + 123);
        // 400.000 x 0,374 + 100.000 x 1,78 kg
        assertThat(card.co2EmittedTonPerYear()).isCloseTo(327.6, within(1e-9));
        assertThat(card.companies()).isEqualTo(1);
        assertThat(card.buildingsPerType().get(OpportunityType.SOLAR_ROOF)).isEqualTo(4);
        assertThat(card.companiesPerType().get(OpportunityType.ENERGY_SAVING)).isEqualTo(1);
        assertThat(card.buildingsPerType().get(OpportunityType.HEAT_EXCHANGE)).isZero();
        assertThat(card.koplopers())
                .extracting(Koploper::buildingId)
                .containsExactly(pand(1), pand(2), pand(4), pand(3));
        assertThat(card.koplopers().get(1).companies())
                .extracting(CompanyRef::name)
                .containsExactly("Koelhuis Noord");
        assertThat(card.describe()).anySatisfy(l -> assertThat(l).startsWith("koploper 1: pand " + pand(1)));
        assertThat(r.describe()).anySatisfy(l -> assertThat(l).startsWith("tekort voor energieneutraal 2035: "));
    }

    @Test
    void two_runs_and_a_shuffled_building_order_give_equal_reports() {
        ParkSnapshot s = mixedPark().snapshot();
        KansenReport first = ParkBuilder.analyse(s, A);
        assertThat(ParkBuilder.analyse(s, A)).isEqualTo(first);
        List<Building> shuffled = new ArrayList<>(s.buildings());
        Collections.reverse(shuffled);
        ParkSnapshot reversed = new ParkSnapshot(
                s.park(), shuffled, s.units(), s.roofParts(), s.labels(), s.gridAreas(), s.companies(), s.overrides());
        assertThat(ParkBuilder.analyse(reversed, A)).isEqualTo(first);
        assertThat(first.byScore().get(0).score().total())
                .isGreaterThanOrEqualTo(first.byScore().get(1).score().total());
        assertThat(first.all())
                .hasSize(first.individual().size() + first.collective().size());
    }

    @Test
    void an_empty_park_gives_an_empty_explained_report() {
        KansenReport r = new ParkBuilder().analyse(A);
        assertThat(r.individual()).isEmpty();
        assertThat(r.collective()).isEmpty();
        assertThat(r.notes().get(0)).isEqualTo("geen panden in het plangebied: geen kansen te bepalen");
        assertThat(r.scoreCard().buildings()).isZero();
        assertThat(r.scoreCard().solarShareOfUse()).isEmpty();
        assertThat(r.scoreCard().koplopers()).isEmpty();
        assertThat(r.describe()).contains("let op: geen panden in het plangebied: geen kansen te bepalen");
    }

    @Test
    void a_park_without_roofs_labels_grid_units_or_companies_says_which_data_is_missing() {
        KansenReport r = new ParkBuilder().building(1, 81_000, 451_000, 20, 20).analyse(A);
        assertThat(r.notes())
                .contains(
                        "geen 3D BAG-dakgegevens: zonpotentieel geschat uit de footprint (methode Leidraad"
                                + " (footprint))",
                        "geen verblijfsobjecten: energiegebruik, label-C-plicht en energiebesparingsplicht niet te"
                                + " schatten, alleen zonkansen",
                        "geen EP-Online-labels geladen: label-C-kansen niet te bepalen (0 kantoorpanden met label"
                                + " onbekend)",
                        "geen netcapaciteitsgegevens: energiehub niet te bepalen, zon gerekend met netfactor 0,8"
                                + " (onbekend)",
                        "geen bedrijven (KvK) geladen: kansen per pand zonder bedrijfsnamen",
                        "energiehub: geen netcapaciteitsgegevens geladen, congestie onbekend");
        IndividualOpportunity solar = r.individual().get(0);
        assertThat(solar.explanation()).contains("netcapaciteit onbekend");
        assertThat(solar.companies()).isEmpty();
    }

    @Test
    void offices_without_any_labels_loaded_are_counted_as_unknown_not_as_failing() {
        KansenReport r = new ParkBuilder()
                .building(1, 81_000, 451_000, 20, 20)
                .unit(1, 300, UsePurpose.OFFICE)
                .analyse(A);
        assertThat(r.individual()).noneMatch(o -> o.type() == OpportunityType.LABEL_C_UPGRADE);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("(1 kantoorpanden met label onbekend)"));
    }

    @Test
    void a_company_without_a_unit_in_the_park_is_named_in_a_note() {
        ParkBuilder park = mixedPark();
        park.companies.add(new nl.kansenkaart.core.model.Company(
                "bedrijf-99",
                "Elders BV",
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty()));
        KansenReport r = park.analyse(A);
        assertThat(r.notes())
                .contains("1 van 2 bedrijven niet aan een verblijfsobject in het plangebied gekoppeld: niet bij een"
                        + " kans genoemd");
    }

    @Test
    void existing_panels_remove_the_solar_opportunity() {
        ParkBuilder park = mixedPark();
        park.overrides.add(Fixtures.flag(pand(1), SolarAnalysis.EXISTING_PV_KEY, "ja"));
        KansenReport r = park.analyse(A);
        assertThat(r.individual()).noneMatch(o -> o.buildingId().equals(pand(1)));
    }

    @Test
    void a_solar_report_of_another_park_is_refused() {
        ParkSnapshot s = mixedPark().snapshot();
        SolarReport other = new SolarReport(
                "park-2",
                "Ander park",
                SolarAssumptions.LEIDRAAD_DRENTHE,
                List.of(),
                nl.kansenkaart.core.solar.SolarTotals.of(List.of()),
                java.util.OptionalDouble.empty());
        var results = ParkAnalysis.run(
                s,
                OfficeAssumptions.legal(Fixtures.REFERENCE_DATE),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                Progress.NONE);
        assertThatThrownBy(() -> KansenAnalysis.analyse(s, other, results, A))
                .hasMessage("zonrapport hoort bij park park-2, niet bij park-1");
    }

    @Test
    void a_gh1_roof_on_a_pand_with_a_small_known_use_is_voluntary_and_one_likely_obliged_is_required() {
        KansenReport r = new ParkBuilder()
                .building(1, 81_000, 451_000, 100, 100)
                .unit(1, 100, UsePurpose.INDUSTRY)
                .building(2, 81_200, 451_000, 100, 100)
                .unit(2, 400, UsePurpose.INDUSTRY)
                .electricityKwh(2, 200_000)
                .grid(CapacityStatus.AVAILABLE, CapacityStatus.AVAILABLE)
                .analyse(A);
        IndividualOpportunity small = r.individual().stream()
                .filter(o -> o.id().equals("gh1_zon:" + pand(1)))
                .findFirst()
                .orElseThrow();
        assertThat(small.obliged()).isFalse();
        assertThat(small.explanation()).contains("geen energiebesparingsplicht verwacht, dus vrijwillig");
        IndividualOpportunity big = r.individual().stream()
                .filter(o -> o.id().equals("gh1_zon:" + pand(2)))
                .findFirst()
                .orElseThrow();
        assertThat(big.obliged()).isTrue();
        assertThat(big.explanation()).contains("dus maatregel waarschijnlijk verplicht");
    }
}
