package nl.kansenkaart.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarPotential;
import nl.kansenkaart.core.synthetic.SyntheticPark;
import nl.kansenkaart.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** On the synthetic sample park the solar feed-in flag and the grid analysis agree for every pand. */
class SyntheticParkGridAgreementTest {
    @Test
    void every_pand_of_the_synthetic_park_shows_the_same_feed_in_in_solar_and_grid() {
        ParkSnapshot park = SyntheticPark.generate(2_000);
        ParkResults results = ParkAnalysis.run(
                park,
                OfficeAssumptions.legal(Fixtures.REFERENCE_DATE),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                Progress.NONE);
        Map<String, CapacityStatus> grid = new HashMap<>();
        results.grid().forEach(g -> grid.put(g.buildingId(), g.feedIn()));
        assertThat(grid.values()).contains(CapacityStatus.CONGESTED);
        // The standalone solar analysis joins on its own by the same rule; the engine hands it the positions.
        for (var report : java.util.List.of(
                SolarAnalysis.analyse(park, SolarAssumptions.ACTUEEL),
                SolarAnalysis.analyse(park, SolarAssumptions.ACTUEEL, results.grid()))) {
            assertThat(report.potentials()).hasSizeGreaterThan(1_000);
            for (SolarPotential p : report.potentials()) {
                assertThat(p.flags().feedInStatus().orElse(CapacityStatus.UNKNOWN))
                        .as("pand %s", p.buildingId())
                        .isEqualTo(grid.get(p.buildingId()));
            }
        }
    }
}
