package nl.kansenkaart.core.kansen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class OpportunityRecordsTest {
    private static final Geometry SQUARE =
            Fixtures.wkt("POLYGON ((81000 451000, 81020 451000, 81020 451020, 81000 451020, 81000 451000))");
    private static final PriorityScore SCORE = PriorityScore.of(10, false, 1, KansenAssumptions.STANDARD);

    @Test
    void an_individual_opportunity_refuses_a_collective_kind_and_a_missing_explanation() {
        assertThatThrownBy(() -> new IndividualOpportunity(
                        OpportunityType.ENERGY_HUB,
                        "0363100000000001",
                        List.of(),
                        SQUARE,
                        Impact.NONE,
                        SCORE,
                        false,
                        Optional.empty(),
                        "titel",
                        "uitleg"))
                .hasMessageContaining("geen individuele kanssoort");
        assertThatThrownBy(() -> new IndividualOpportunity(
                        OpportunityType.SOLAR_ROOF,
                        "0363100000000001",
                        List.of(),
                        SQUARE,
                        Impact.NONE,
                        SCORE,
                        false,
                        Optional.empty(),
                        "Zon op dak",
                        " "))
                .hasMessageContaining("zonder uitleg");
    }

    @Test
    void a_collective_opportunity_needs_members_and_lists_their_companies_once() {
        assertThatThrownBy(() -> new CollectiveOpportunity(
                        OpportunityType.HEAT_EXCHANGE, 1, List.of(), SQUARE, Impact.NONE, "titel", "uitleg"))
                .hasMessageContaining("onvolledig");
        CompanyRef shared = new CompanyRef("b-1", "Bakkerij Zuid");
        CollectiveOpportunity c = new CollectiveOpportunity(
                OpportunityType.HEAT_EXCHANGE,
                2,
                List.of(
                        new Member("0363100000000001", MemberRole.HEAT_USER, List.of(shared), 0, 0, 60_000),
                        new Member(
                                "0363100000000002",
                                MemberRole.HEAT_USER,
                                List.of(shared, new CompanyRef("a-9", "Ambacht")),
                                0,
                                0,
                                70_000)),
                SQUARE,
                Impact.NONE,
                "Warmte-uitwisseling 2 (2 panden)",
                "uitleg");
        assertThat(c.id()).isEqualTo("warmte_uitwisseling:2");
        assertThat(c.companies()).extracting(CompanyRef::companyId).containsExactly("a-9", "b-1");
        assertThat(c.buildingIds()).containsExactly("0363100000000001", "0363100000000002");
    }

    @Test
    void impacts_add_up_and_refuse_negative_numbers() {
        assertThat(new Impact(1, 2, 3, 4).plus(new Impact(10, 20, 30, 40))).isEqualTo(new Impact(11, 22, 33, 44));
        assertThatThrownBy(() -> new Impact(-1, 0, 0, 0)).hasMessageContaining("ongeldige impact");
    }

    @Test
    void every_kind_has_a_dutch_name_and_a_unique_code() {
        assertThat(List.of(OpportunityType.values()))
                .extracting(OpportunityType::code)
                .doesNotHaveDuplicates();
        assertThat(OpportunityType.COLLECTIVE_PV.dutch()).isEqualTo("Collectieve inkoop zonnepanelen");
        assertThat(OpportunityType.SOLAR_ROOF.isCollective()).isFalse();
    }
}
