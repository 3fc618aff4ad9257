package nl.kansenkaart.core.kansen;

import static nl.kansenkaart.core.kansen.ParkBuilder.pand;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import nl.kansenkaart.core.model.CapacityStatus;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked small parks for the cap on energy hubs and heat groups. Every hall is 40 x 40 m
 * (1.600 m2 / 4 m2 = 400 panels x 308 Wp = 123 kWp: a producer) using 200.000 kWh (a consumer), so
 * each hall alone could anchor a hub; behind a congested feed-in, single linkage at 250 m chains a
 * whole row of them into one group.
 */
class ClusterCapTest {
    private static final KansenAssumptions A = KansenAssumptions.STANDARD;

    /** A row of halls along x, the left edges at the given x values, all at y = 451.000. */
    private static ParkBuilder row(double... xs) {
        ParkBuilder park = new ParkBuilder();
        for (int i = 0; i < xs.length; i++) {
            park.building(i + 1, xs[i], 451_000, 40, 40)
                    .electricityKwh(i + 1, 200_000)
                    .gasM3(i + 1, 60_000);
        }
        return park.grid(CapacityStatus.AVAILABLE, CapacityStatus.CONGESTED);
    }

    private static List<List<String>> groups(KansenReport r, OpportunityType type) {
        return r.collective().stream()
                .filter(c -> c.type() == type)
                .map(CollectiveOpportunity::buildingIds)
                .toList();
    }

    private static List<String> panden(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to)
                .mapToObj(ParkBuilder::pand)
                .toList();
    }

    private static KansenAssumptions uncapped() {
        Properties p = new Properties();
        p.setProperty("hub.max_panden", "1000");
        p.setProperty("hub.max_omvang_m", "100000");
        return KansenAssumptions.fromProperties(p, A);
    }

    @Test
    void a_row_of_twelve_halls_chains_into_one_hub_without_the_cap_and_two_of_six_with_it() {
        // Left edges 80 m apart (gaps of 40 m): centres from 81.020 to 81.900, a span of 880 m.
        double[] xs = new double[12];
        for (int i = 0; i < 12; i++) {
            xs[i] = 81_000 + 80 * i;
        }
        assertThat(groups(row(xs).analyse(uncapped()), OpportunityType.ENERGY_HUB))
                .containsExactly(panden(1, 12));

        // 880 m > 500 m: cut in the middle half (after 3 to after 9); all gaps are 80 m, so the middle.
        KansenReport capped = row(xs).analyse(A);
        assertThat(groups(capped, OpportunityType.ENERGY_HUB)).containsExactly(panden(1, 6), panden(7, 12));
        assertThat(capped.collective().stream()
                        .filter(c -> c.type() == OpportunityType.ENERGY_HUB)
                        .map(CollectiveOpportunity::id))
                .containsExactly("energiehub:1", "energiehub:2");
        assertThat(capped.collective().get(1).explanation())
                .contains("6 panden, elk binnen 250 m van een ander (groep van hoogstens 10 panden en 500 m omvang)");
    }

    @Test
    void the_cut_falls_at_the_widest_gap_like_a_road_between_two_rows() {
        // Halls 1-3 80 m apart, a 180 m step between 3 and 4 (still linked: 140 m between walls), then 4-8.
        KansenReport r = row(81_000, 81_080, 81_160, 81_340, 81_420, 81_500, 81_580, 81_660)
                .analyse(A);
        // Centres 81.020 .. 81.680: span 660 m > 500. Middle half: cut after 2 to after 6; widest gap after 3.
        assertThat(groups(r, OpportunityType.ENERGY_HUB)).containsExactly(panden(1, 3), panden(4, 8));
        assertThat(groups(
                        row(81_000, 81_080, 81_160, 81_340, 81_420, 81_500, 81_580, 81_660)
                                .analyse(uncapped()),
                        OpportunityType.ENERGY_HUB))
                .containsExactly(panden(1, 8));
    }

    @Test
    void a_compact_block_above_the_member_cap_is_split_by_count() {
        // Twelve halls in three rows of four, 60 m apart: span of the centres 216 m (fits), but 12 > 10.
        ParkBuilder park = new ParkBuilder();
        int n = 1;
        for (int rowIndex = 0; rowIndex < 3; rowIndex++) {
            for (int col = 0; col < 4; col++) {
                park.building(n, 81_000 + 60 * col, 451_000 + 60 * rowIndex, 40, 40)
                        .electricityKwh(n, 200_000);
                n++;
            }
        }
        KansenReport r =
                park.grid(CapacityStatus.CONGESTED, CapacityStatus.CONGESTED).analyse(A);
        // Wider (180 m) than high (120 m): cut along x; the column gaps are equal, so after column 2.
        assertThat(groups(r, OpportunityType.ENERGY_HUB))
                .containsExactly(
                        List.of(pand(1), pand(2), pand(5), pand(6), pand(9), pand(10)),
                        List.of(pand(3), pand(4), pand(7), pand(8), pand(11), pand(12)));
    }

    @Test
    void heat_groups_have_their_own_cap_of_six_members() {
        double[] xs = new double[8];
        for (int i = 0; i < 8; i++) {
            xs[i] = 81_000 + 80 * i;
        }
        // Span 560 m and 8 members: over both limits (6 panden, 500 m); cut in the middle: 4 + 4.
        assertThat(groups(row(xs).analyse(A), OpportunityType.HEAT_EXCHANGE))
                .containsExactly(panden(1, 4), panden(5, 8));
        Properties p = new Properties();
        p.setProperty("warmte.max_panden", "8");
        p.setProperty("warmte.max_omvang_m", "600");
        assertThat(groups(row(xs).analyse(KansenAssumptions.fromProperties(p, A)), OpportunityType.HEAT_EXCHANGE))
                .containsExactly(panden(1, 8));
    }

    @Test
    void a_half_that_falls_apart_after_the_cut_is_linked_again_and_a_lone_building_is_no_group() {
        // 1-2-3 close together, 4 alone 240 m further (linked: 240 - 40 = 200 m wall to wall).
        // Span 81.020 .. 81.420 = 400 m with cap 300: cut at the widest gap (after 3): {1,2,3} and {4}.
        Properties p = new Properties();
        p.setProperty("hub.max_omvang_m", "300");
        KansenReport r = row(81_000, 81_080, 81_160, 81_400).analyse(KansenAssumptions.fromProperties(p, A));
        assertThat(groups(r, OpportunityType.ENERGY_HUB)).containsExactly(panden(1, 3));
    }
}
