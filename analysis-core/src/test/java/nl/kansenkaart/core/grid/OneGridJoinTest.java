package nl.kansenkaart.core.grid;

import static nl.kansenkaart.core.testing.Fixtures.building;
import static nl.kansenkaart.core.testing.Fixtures.gridArea;
import static nl.kansenkaart.core.testing.Fixtures.pand;
import static nl.kansenkaart.core.testing.Fixtures.unit;
import static nl.kansenkaart.core.testing.Fixtures.vbo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarOutcome;
import nl.kansenkaart.core.solar.SolarPotential;
import nl.kansenkaart.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The solar feed-in flag and the grid analysis read one join: nested areas, the PC6 fallback and no
 * data at all give the same feed-in status in both columns of every pand.
 */
class OneGridJoinTest {
    private static final GridArea REGION = gridArea(
            "regio",
            CapacityStatus.SCARCE,
            CapacityStatus.AVAILABLE,
            2027,
            "POLYGON ((80000 450000, 84000 450000, 84000 460000, 80000 460000, 80000 450000))");
    private static final GridArea STATION = gridArea(
            "station",
            CapacityStatus.AVAILABLE,
            CapacityStatus.CONGESTED,
            2030,
            "POLYGON ((82000 454000, 83000 454000, 83000 456000, 82000 456000, 82000 454000))");

    @Test
    void solar_and_grid_give_every_pand_the_same_feed_in_under_nested_areas_and_the_postcode_fallback() {
        Building nested = building(pand(1), 82_500, 455_000); // region and station: feed-in red
        Building regionOnly = building(pand(2), 81_000, 451_000); // region only: feed-in free
        Building byPostcode = building(pand(3), 86_000, 455_000); // no area; its unit's PC6 is orange
        Building nowhere = building(pand(4), 88_000, 458_000); // no area, its PC6 not in the data
        ParkSnapshot snapshot = new ParkSnapshot(
                Fixtures.park(),
                List.of(nested, regionOnly, byPostcode, nowhere),
                List.of(
                        unit(vbo(3), 500, List.of(pand(3)), UnitStatus.IN_USE, "2595AB", UsePurpose.INDUSTRY),
                        unit(vbo(4), 500, List.of(pand(4)), UnitStatus.IN_USE, "2595ZZ", UsePurpose.INDUSTRY)),
                List.of(),
                List.of(),
                List.of(STATION, REGION),
                List.of(),
                List.of(),
                List.of(new GridPostcode(
                        "2595AB",
                        "Stedin",
                        CapacityStatus.AVAILABLE,
                        CapacityStatus.CONGESTION_MANAGEMENT,
                        OptionalInt.empty())));

        List<GridPosition> grid = GridAnalysis.analyse(snapshot);
        Map<String, CapacityStatus> gridFeedIn = new HashMap<>();
        grid.forEach(g -> gridFeedIn.put(g.buildingId(), g.feedIn()));
        assertThat(gridFeedIn)
                .containsEntry(pand(1), CapacityStatus.CONGESTED)
                .containsEntry(pand(2), CapacityStatus.AVAILABLE)
                .containsEntry(pand(3), CapacityStatus.CONGESTION_MANAGEMENT)
                .containsEntry(pand(4), CapacityStatus.UNKNOWN);

        // Both ways of running solar: with the park's positions (the engine) and on its own.
        for (List<SolarOutcome> outcomes : List.of(
                SolarAnalysis.analyse(snapshot, SolarAssumptions.ACTUEEL, grid).outcomes(),
                SolarAnalysis.analyse(snapshot, SolarAssumptions.ACTUEEL).outcomes())) {
            assertThat(outcomes).hasSize(4);
            for (SolarOutcome o : outcomes) {
                SolarPotential p = (SolarPotential) o;
                CapacityStatus expected = gridFeedIn.get(p.buildingId());
                Optional<CapacityStatus> flag = p.flags().feedInStatus();
                assertThat(flag.orElse(CapacityStatus.UNKNOWN))
                        .as("pand %s", p.buildingId())
                        .isEqualTo(expected);
                assertThat(p.flags().feedInConstrained()).isEqualTo(expected.isCongested());
            }
        }
    }
}
