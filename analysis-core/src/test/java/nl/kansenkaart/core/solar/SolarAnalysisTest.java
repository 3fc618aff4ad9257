package nl.kansenkaart.core.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofType;
import org.junit.jupiter.api.Test;

/** The park report: order, totals, determinism, thread safety and the fast paths agreeing. */
class SolarAnalysisTest {

    /** A small park: halls, a shed, roofs with parts, one demolished pand, a congested grid area. */
    private static ParkSnapshot park() {
        List<Building> buildings = new ArrayList<>();
        List<RoofPart> parts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("01061000000%05d", 40 - i); // reverse order on purpose
            double area = 150 + i * 97.5;
            RoofType type = i % 3 == 0 ? RoofType.SLANTED : RoofType.SINGLE_HORIZONTAL;
            OptionalInt year = i % 5 == 0 ? OptionalInt.empty() : OptionalInt.of(1960 + i);
            buildings.add(
                    Fixtures.building(id, area, year, i % 4 == 0 ? Optional.empty() : Fixtures.roof(type, false)));
            if (i % 2 == 0) {
                parts.add(Fixtures.part(id, 0, 30 + i % 7, 150 + i, area * 0.55));
                parts.add(Fixtures.part(id, 1, 30 + i % 7, 330 + i % 30, area * 0.55));
                parts.add(Fixtures.part(id, 2, 2, 0, 6));
            }
        }
        buildings.add(new Building(
                "0106100000099999",
                OptionalInt.of(1950),
                nl.kansenkaart.core.model.BuildingStatus.DEMOLISHED,
                Fixtures.rectangle(232500, 556500, 40),
                Optional.empty()));
        return Fixtures.snapshot(
                buildings,
                parts,
                List.of(Fixtures.grid(
                        "Z",
                        CapacityStatus.CONGESTION_MANAGEMENT,
                        "POLYGON ((232000 556000, 234000 556000, 234000 558000, 232000 558000, 232000 556000))")),
                List.of());
    }

    @Test
    void results_come_in_pand_id_order_and_the_totals_are_their_sums() {
        SolarReport report = SolarAnalysis.analyse(park(), SolarAssumptions.ACTUEEL);

        assertThat(report.outcomes())
                .extracting(SolarOutcome::buildingId)
                .isSorted()
                .hasSize(41);
        assertThat(report.parkId()).isEqualTo("DR-0106-0042");
        assertThat(report.assumptions()).isEqualTo(SolarAssumptions.ACTUEEL);
        List<SolarPotential> ps = report.potentials();
        SolarTotals t = report.totals();
        assertThat(t.buildingsAssessed()).isEqualTo(40);
        assertThat(t.buildingsNotAssessed()).isEqualTo(1);
        assertThat(t.panels())
                .isEqualTo(ps.stream().mapToLong(SolarPotential::panels).sum());
        assertThat(t.peakPowerKwp())
                .isCloseTo(ps.stream().mapToDouble(SolarPotential::peakPowerKwp).sum(), within(1e-6));
        assertThat(t.yieldMwhPerYear())
                .isCloseTo(
                        ps.stream().mapToDouble(SolarPotential::yieldKwhPerYear).sum() / 1000, within(1e-9));
        assertThat(t.usableRoofAreaM2())
                .isCloseTo(
                        ps.stream()
                                .mapToDouble(SolarPotential::usableRoofAreaM2)
                                .sum(),
                        within(1e-6));
        assertThat(t.investmentEur())
                .isCloseTo(
                        ps.stream()
                                .mapToDouble(p -> p.economics().investmentEur())
                                .sum(),
                        within(1e-6));
        assertThat(t.co2AvoidedKgPerYear())
                .isCloseTo(
                        ps.stream()
                                .mapToDouble(p -> p.economics().co2AvoidedKgPerYear())
                                .sum(),
                        within(1e-6));
        // Both methods occur: parts where 3D BAG has them, the footprint fallback elsewhere.
        assertThat(ps).extracting(SolarPotential::method).contains(SolarMethod.DAKVLAKKEN, SolarMethod.ACTUEEL);
        assertThat(ps).allMatch(p -> p.flags().feedInConstrained());
        assertThat(t.describe()).contains("Panden berekend: 40", "Panden niet meegenomen: 1");
    }

    @Test
    void two_runs_give_equal_reports_and_parallel_runs_give_the_same_report() {
        ParkSnapshot snapshot = park();
        SolarReport first = SolarAnalysis.analyse(snapshot, SolarAssumptions.ACTUEEL);
        SolarReport second = SolarAnalysis.analyse(park(), SolarAssumptions.ACTUEEL);
        assertThat(second).isEqualTo(first);
        assertThat(second.outcomes())
                .extracting(SolarOutcome::reason)
                .containsExactlyElementsOf(
                        first.outcomes().stream().map(SolarOutcome::reason).toList());

        List<SolarReport> parallel = IntStream.range(0, 16)
                .parallel()
                .mapToObj(i -> SolarAnalysis.analyse(snapshot, SolarAssumptions.ACTUEEL))
                .toList();
        assertThat(parallel).allMatch(first::equals);
    }

    @Test
    void the_array_and_stream_fast_paths_agree_with_each_other_to_the_last_bit() {
        double[] areas =
                IntStream.range(0, 5_000).mapToDouble(i -> 1 + i * 13.37).toArray();
        for (SolarAssumptions a : List.of(SolarAssumptions.LEIDRAAD_DRENTHE, SolarAssumptions.ACTUEEL)) {
            int[] panels = new int[areas.length];
            double[] kwp = new double[areas.length];
            double[] kwh = new double[areas.length];
            SolarTotals batch = FootprintBatch.run(areas, a, panels, kwp, kwh);

            List<SolarPotential> stream = SolarAnalysis.analyseFootprints(
                            IntStream.range(0, areas.length)
                                    .mapToObj(i -> new FootprintInput(
                                            "rij-" + i, areas[i], RoofShape.UNKNOWN, OptionalInt.empty())),
                            a)
                    .toList();

            for (int i = 0; i < areas.length; i++) {
                assertThat(panels[i]).isEqualTo(stream.get(i).panels());
                assertThat(kwp[i]).isEqualTo(stream.get(i).peakPowerKwp());
                assertThat(kwh[i]).isEqualTo(stream.get(i).yieldKwhPerYear());
            }
            assertThat(batch).isEqualTo(SolarTotals.of(stream));
            assertThat(FootprintBatch.run(areas, a)).isEqualTo(batch);
        }
    }

    @Test
    void the_share_of_the_parks_electricity_use_appears_once_an_estimate_exists() {
        SolarReport report = SolarAnalysis.analyse(
                Fixtures.snapshot(List.of(Fixtures.building("0106100000000001", 410))),
                SolarAssumptions.LEIDRAAD_DRENTHE);
        assertThat(report.shareOfParkElectricityUse()).isEmpty();
        // 32 kWp x 875 = 28,000 kWh of an estimated 112,000 kWh = a quarter.
        assertThat(report.withElectricityUseEstimate(112_000)
                        .shareOfParkElectricityUse()
                        .getAsDouble())
                .isCloseTo(0.25, within(1e-12));
        SolarReport withUse = report.withElectricityUseEstimate(112_000);
        assertThat(withUse.parkElectricityUseMwhPerYear()).hasValue(112.0);
        assertThat(report.describeTotals())
                .last()
                .isEqualTo("Aandeel in geschat elektriciteitsgebruik park:"
                        + " onbekend (nog geen schatting van het gebruik)");
        assertThat(withUse.describeTotals())
                .startsWith(report.totals().describe().toArray(String[]::new))
                .last()
                .asString()
                .startsWith("Aandeel in geschat elektriciteitsgebruik park: 25 % (opbrengst 28 MWh tegenover geschat"
                        + " 112 MWh per jaar; een schatting:");
        assertThatThrownBy(() -> report.withElectricityUseEstimate(0))
                .hasMessageContaining("ongeldig geschat elektriciteitsgebruik");
    }
}
