package nl.kansenkaart.core.kansen;

import static nl.kansenkaart.core.kansen.ParkBuilder.pand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked small parks for each collective rule. The hub park: pand 1 a 100 x 100 m hall (leidraad:
 * 10.000 m2 / 4 m2 = 2.500 panels x 308 Wp = 770 kWp, a producer), pand 2 a 20 x 20 m unit 100 m east of
 * it (31 kWp, 200.000 kWh: a consumer), pand 3 the same 380 m east of pand 2 (580 m from pand 1).
 */
class CollectiveRulesTest {
    private static final KansenAssumptions A = KansenAssumptions.STANDARD;

    private static ParkBuilder hubPark(CapacityStatus offtake, CapacityStatus feedIn) {
        return new ParkBuilder()
                .building(1, 81_000, 451_000, 100, 100)
                .building(2, 81_200, 451_000, 20, 20)
                .building(3, 81_600, 451_000, 20, 20)
                .electricityKwh(2, 200_000)
                .electricityKwh(3, 200_000)
                .unit(2, 400, UsePurpose.INDUSTRY)
                .company(2, "Koelhuis Noord")
                .grid(offtake, feedIn);
    }

    private static List<CollectiveOpportunity> of(KansenReport r, OpportunityType type) {
        return r.collective().stream().filter(c -> c.type() == type).toList();
    }

    @Test
    void a_producer_and_a_consumer_within_250_m_behind_a_congested_feed_in_form_a_hub() {
        KansenReport r =
                hubPark(CapacityStatus.AVAILABLE, CapacityStatus.CONGESTED).analyse(A);
        List<CollectiveOpportunity> hubs = of(r, OpportunityType.ENERGY_HUB);
        assertThat(hubs).hasSize(1);
        CollectiveOpportunity hub = hubs.get(0);
        assertThat(hub.buildingIds()).containsExactly(pand(1), pand(2));
        assertThat(hub.members()).extracting(Member::role).containsExactly(MemberRole.PRODUCER, MemberRole.CONSUMER);
        assertThat(hub.impact().peakPowerKwp()).isEqualTo(770);
        assertThat(hub.companies()).extracting(CompanyRef::name).containsExactly("Koelhuis Noord");
        assertThat(hub.id()).isEqualTo("energiehub:1");
        assertThat(hub.explanation())
                .contains(
                        "2 panden, elk binnen 250 m van een ander",
                        "invoeding rood",
                        "1 producent(en) met samen 770 kWp",
                        "1 afnemer(s) met samen 200.000 kWh per jaar",
                        "1 bedrijven");
        // The map polygon: hull of both footprints plus the 10 m buffer.
        assertThat(hub.geometry().covers(r.individual().get(0).geometry())).isTrue();
        assertThat(hub.geometry().getEnvelopeInternal().getMinX()).isCloseTo(80_990, within(0.01));
        assertThat(hub.geometry().getEnvelopeInternal().getMaxX()).isCloseTo(81_230, within(0.01));
        assertThat(hub.geometry().getSRID()).isEqualTo(28992);
    }

    @Test
    void single_linkage_chains_a_third_building_within_reach_of_the_second() {
        Properties p = new Properties();
        p.setProperty("hub.max_afstand_m", "400");
        p.setProperty("hub.max_omvang_m", "1000");
        KansenReport r = hubPark(CapacityStatus.CONGESTED, CapacityStatus.AVAILABLE)
                .analyse(KansenAssumptions.fromProperties(p, A));
        // Pand 3 is 580 m from pand 1 but 380 m from pand 2: one cluster of three.
        assertThat(of(r, OpportunityType.ENERGY_HUB)).singleElement().satisfies(h -> assertThat(h.buildingIds())
                .containsExactly(pand(1), pand(2), pand(3)));
        // With the standard cap the centres span 560 m (81.050 to 81.610) > 500 m: the cut falls at the
        // widest gap, before pand 3, which alone is no hub.
        p.remove("hub.max_omvang_m");
        KansenReport capped = hubPark(CapacityStatus.CONGESTED, CapacityStatus.AVAILABLE)
                .analyse(KansenAssumptions.fromProperties(p, A));
        assertThat(of(capped, OpportunityType.ENERGY_HUB)).singleElement().satisfies(h -> assertThat(h.buildingIds())
                .containsExactly(pand(1), pand(2)));
    }

    @Test
    void a_free_grid_gives_no_hub_and_says_why() {
        KansenReport r =
                hubPark(CapacityStatus.AVAILABLE, CapacityStatus.SCARCE).analyse(A);
        assertThat(of(r, OpportunityType.ENERGY_HUB)).isEmpty();
        assertThat(r.notes()).contains("energiehub: geen pand in een netgebied met congestie voor afname of invoeding");
    }

    @Test
    void consumers_without_a_producer_nearby_give_no_hub_and_say_why() {
        KansenReport r = new ParkBuilder()
                .building(2, 81_200, 451_000, 20, 20)
                .building(3, 81_250, 451_000, 20, 20)
                .electricityKwh(2, 200_000)
                .electricityKwh(3, 200_000)
                .grid(CapacityStatus.CONGESTED, CapacityStatus.CONGESTED)
                .analyse(A);
        assertThat(of(r, OpportunityType.ENERGY_HUB)).isEmpty();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n)
                .startsWith("energiehub: 2 panden in een netgebied met congestie, maar geen groep van producent"));
    }

    @Test
    void buildings_above_15_kwp_buy_panels_together_from_three_on() {
        KansenReport r = hubPark(CapacityStatus.AVAILABLE, CapacityStatus.AVAILABLE)
                .building(4, 82_000, 452_000, 5, 5) // 6 panels, 2 kWp: below the threshold
                .analyse(A);
        CollectiveOpportunity pv = of(r, OpportunityType.COLLECTIVE_PV).get(0);
        assertThat(pv.buildingIds()).containsExactly(pand(1), pand(2), pand(3));
        assertThat(pv.impact().peakPowerKwp()).isEqualTo(770 + 31 + 31);
        assertThat(pv.title()).isEqualTo("Collectieve inkoop zonnepanelen (3 panden)");
        assertThat(pv.explanation()).contains("3 panden met minstens 15 kWp, samen 832 kWp");

        KansenReport two = new ParkBuilder()
                .building(1, 81_000, 451_000, 20, 20)
                .building(2, 81_100, 451_000, 20, 20)
                .analyse(A);
        assertThat(of(two, OpportunityType.COLLECTIVE_PV)).isEmpty();
        assertThat(two.notes())
                .contains("collectieve inkoop zon: 2 panden met minstens 15 kWp zonder bestaande panelen;"
                        + " minstens 3 nodig");
    }

    @Test
    void large_gas_users_within_200_m_are_heat_exchange_candidates_and_farther_ones_are_not() {
        KansenReport r = new ParkBuilder()
                .building(1, 81_000, 451_000, 20, 20)
                .building(2, 81_150, 451_000, 20, 20) // 130 m from pand 1
                .building(3, 81_500, 451_000, 20, 20) // 330 m from pand 2
                .building(4, 81_000, 451_100, 20, 20) // 80 m north of pand 1, but small gas use
                .gasM3(1, 60_000)
                .gasM3(2, 80_000)
                .gasM3(3, 90_000)
                .gasM3(4, 10_000)
                .analyse(A);
        List<CollectiveOpportunity> heat = of(r, OpportunityType.HEAT_EXCHANGE);
        assertThat(heat).singleElement().satisfies(h -> {
            assertThat(h.buildingIds()).containsExactly(pand(1), pand(2));
            assertThat(h.members()).extracting(Member::role).containsOnly(MemberRole.HEAT_USER);
            assertThat(h.explanation())
                    .contains("2 grootverbruikers van gas, elk binnen 200 m van een ander", "140.000 m3 gas");
        });
    }

    @Test
    void offices_failing_label_c_get_a_shared_approach() {
        ParkBuilder park = new ParkBuilder();
        for (int n = 1; n <= 4; n++) {
            park.building(n, 81_000 + 100 * n, 451_000, 20, 20).unit(n, 300, UsePurpose.OFFICE);
        }
        park.labels.add(Fixtures.unitLabel(ParkBuilder.vbo(1), LabelClass.B, LocalDate.of(2020, 1, 1)));
        park.labels.add(Fixtures.unitLabel(ParkBuilder.vbo(2), LabelClass.E, LocalDate.of(2020, 1, 1)));
        KansenReport r = park.analyse(A);
        CollectiveOpportunity shared = of(r, OpportunityType.SHARED_LABEL_C).get(0);
        assertThat(shared.buildingIds()).containsExactly(pand(2), pand(3), pand(4));
        assertThat(shared.explanation()).contains("3 kantoorpanden met samen 900 m2 kantoor", "(2 zonder label)");
        assertThat(r.individual())
                .filteredOn(o -> o.type() == OpportunityType.LABEL_C_UPGRADE)
                .extracting(IndividualOpportunity::title)
                .containsExactly(
                        "Naar label C (label niet C of beter)",
                        "Naar label C (geen label)",
                        "Naar label C (geen label)");
    }

    @Test
    void likely_obliged_buildings_save_energy_together() {
        ParkBuilder park = new ParkBuilder();
        for (int n = 1; n <= 3; n++) {
            park.building(n, 81_000 + 100 * n, 451_000, 20, 20).electricityKwh(n, 60_000);
        }
        park.building(4, 81_500, 451_000, 20, 20).electricityKwh(4, 40_000);
        KansenReport r = park.analyse(A);
        CollectiveOpportunity saving = of(r, OpportunityType.COLLECTIVE_SAVING).get(0);
        assertThat(saving.buildingIds()).containsExactly(pand(1), pand(2), pand(3));
        // 15 % of 60.000 kWh = 9 MWh each, 27 MWh together
        assertThat(saving.impact().energyMwhPerYear()).isCloseTo(27, within(1e-9));
        assertThat(saving.explanation()).contains("samen 180 MWh per jaar", "geschatte besparing 27 MWh per jaar");
    }
}
