package nl.kansenkaart.core.obligations;

import static nl.kansenkaart.core.testing.Fixtures.REFERENCE_DATE;
import static nl.kansenkaart.core.testing.Fixtures.building;
import static nl.kansenkaart.core.testing.Fixtures.flag;
import static nl.kansenkaart.core.testing.Fixtures.gridArea;
import static nl.kansenkaart.core.testing.Fixtures.pand;
import static nl.kansenkaart.core.testing.Fixtures.unit;
import static nl.kansenkaart.core.testing.Fixtures.unitLabel;
import static nl.kansenkaart.core.testing.Fixtures.vbo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.LabelOutcome.Kind;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.progress.Progress;
import org.junit.jupiter.api.Test;

/** The three analyses over one small park, its summary, and identical results on a second run. */
class ParkAnalysisTest {

    /**
     * Five panden: 1 a non-compliant office (E), 2 an office without label, 3 a compliant office, 4 a
     * large hall (likely obliged), 5 a monument office outside every grid area.
     */
    private static ParkSnapshot park() {
        return new ParkSnapshot(
                nl.kansenkaart.core.testing.Fixtures.park(),
                List.of(
                        building(pand(1), 84_000, 455_000),
                        building(pand(2), 84_100, 455_000),
                        building(pand(3), 86_000, 455_000),
                        building(pand(4), 86_100, 455_000),
                        building(pand(5), 95_000, 455_000)),
                List.of(
                        unit(vbo(1), 1240, List.of(pand(1)), UsePurpose.OFFICE),
                        unit(vbo(2), 300, List.of(pand(2)), UsePurpose.OFFICE),
                        unit(vbo(3), 800, List.of(pand(3)), UsePurpose.OFFICE),
                        unit(vbo(4), 6000, List.of(pand(4)), UsePurpose.INDUSTRY),
                        unit(vbo(5), 400, List.of(pand(5)), UsePurpose.OFFICE)),
                List.of(),
                List.of(
                        unitLabel(vbo(1), LabelClass.E, LocalDate.of(2019, 1, 1)),
                        unitLabel(vbo(3), LabelClass.A, LocalDate.of(2022, 1, 1))),
                List.of(
                        gridArea(
                                "w",
                                CapacityStatus.CONGESTED,
                                CapacityStatus.CONGESTED,
                                2030,
                                "POLYGON ((80000 450000, 85000 450000, 85000 460000, 80000 460000, 80000 450000))"),
                        gridArea(
                                "e",
                                CapacityStatus.AVAILABLE,
                                CapacityStatus.CONGESTION_MANAGEMENT,
                                null,
                                "POLYGON ((85000 450000, 90000 450000, 90000 460000, 85000 460000, 85000 450000))")),
                List.of(
                        company("hal", Optional.of(vbo(4))),
                        company("kantoor", Optional.of(vbo(2))),
                        company("los", Optional.empty())),
                List.of(flag(pand(5), "monument", "ja")));
    }

    private static Company company(String id, Optional<String> unitId) {
        return new Company(id, "Bedrijf " + id, Optional.empty(), Optional.empty(), Optional.empty(), unitId);
    }

    private static ParkResults run(ParkSnapshot snapshot) {
        return ParkAnalysis.run(
                snapshot,
                OfficeAssumptions.legal(REFERENCE_DATE),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                Progress.NONE);
    }

    @Test
    void the_summary_counts_verdicts_obligations_companies_and_congestion() {
        ParkResults results = run(park());
        assertThat(results.labels())
                .extracting(r -> r.kind())
                .containsExactly(Kind.NON_COMPLIANT, Kind.NO_LABEL, Kind.COMPLIANT, Kind.NOT_OBLIGED, Kind.EXEMPT);
        ParkSummary s = results.summary();
        assertThat(s.buildings()).isEqualTo(5);
        assertThat(s.count(Kind.NON_COMPLIANT)).isEqualTo(1);
        assertThat(s.count(Kind.PARTLY_LABELLED)).isZero();
        assertThat(s.nonCompliantOfficeM2()).isEqualTo(1240.0);
        assertThat(s.noLabelOfficeM2()).isEqualTo(300.0);
        // 6.000 m2 hall: 6.000 x 47,3 = 283.800 kWh and 43.800 m3; 1.240 m2 office: 82.212 kWh.
        assertThat(results.obligations())
                .extracting(ObligationResult::level)
                .containsExactly(
                        ObligationLevel.SAVING_LIKELY,
                        ObligationLevel.NONE_LIKELY,
                        ObligationLevel.SAVING_LIKELY,
                        ObligationLevel.SAVING_LIKELY,
                        ObligationLevel.NONE_LIKELY);
        assertThat(s.savingLikelyBuildings()).isEqualTo(3);
        assertThat(s.researchLikelyBuildings()).isZero();
        assertThat(s.matchedCompanies()).isEqualTo(2);
        assertThat(s.likelyObligedCompanies()).isEqualTo(1);
        assertThat(s.offtakeCongestedBuildings()).isEqualTo(2);
        assertThat(s.feedInCongestedBuildings()).isEqualTo(4);
        assertThat(s.gridUnknownBuildings()).isEqualTo(1);
        assertThat(s.describe())
                .contains("kantooroppervlak zonder label C: 1.240 m2 met label D-G, 300 m2 zonder label")
                .contains("bedrijven met waarschijnlijk een plicht: 1 van 2 gekoppelde bedrijven")
                .contains("panden in gebied met congestie: afname 2, invoeding 4, onbekend 1");
    }

    @Test
    void a_second_run_gives_identical_results() {
        ParkResults first = run(park());
        ParkResults second = run(park());
        assertThat(second).isEqualTo(first);
        assertThat(second.labels())
                .extracting(r -> r.reason())
                .isEqualTo(first.labels().stream().map(r -> r.reason()).toList());
        assertThat(second.obligations())
                .extracting(ObligationResult::reason)
                .isEqualTo(first.obligations().stream()
                        .map(ObligationResult::reason)
                        .toList());
    }

    @Test
    void each_analysis_on_its_own_agrees_with_the_combined_run() {
        ParkSnapshot snapshot = park();
        ParkResults combined = run(snapshot);
        assertThat(nl.kansenkaart.core.labels.OfficeLabelAnalysis.analyse(
                        snapshot, OfficeAssumptions.legal(REFERENCE_DATE)))
                .isEqualTo(combined.labels());
        assertThat(ObligationAnalysis.analyse(snapshot, ObligationAssumptions.legal()))
                .isEqualTo(combined.obligations());
        assertThat(nl.kansenkaart.core.grid.GridAnalysis.analyse(snapshot)).isEqualTo(combined.grid());
    }

    @Test
    void spreading_the_work_over_threads_gives_the_same_results_in_the_same_order() {
        // Two chunks of panden, generated as in the benchmark: some shared units, labels, grid gaps.
        ParkSnapshot large = nl.kansenkaart.core.synthetic.SyntheticPark.generate(20_000);
        OfficeAssumptions office = OfficeAssumptions.legal(REFERENCE_DATE);
        ParkResults sequential = ParkAnalysis.run(
                large, office, ObligationAssumptions.legal(), GridAssumptions.standard(), Progress.NONE, false);
        ParkResults parallel = ParkAnalysis.run(
                large, office, ObligationAssumptions.legal(), GridAssumptions.standard(), Progress.NONE, true);
        assertThat(parallel).isEqualTo(sequential);
        assertThat(parallel.labels()).hasSize(20_000);
        assertThat(parallel.summary().count(Kind.NON_COMPLIANT)).isPositive();
        assertThat(parallel.summary().gridUnknownBuildings()).isPositive();
    }

    @Test
    void a_cancelled_run_stops_with_the_cancellation() {
        Progress cancelled = new Progress() {
            @java.lang.Override
            public void report(long done, long total, String message) {}

            @java.lang.Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParkAnalysis.run(
                        park(),
                        OfficeAssumptions.legal(REFERENCE_DATE),
                        ObligationAssumptions.legal(),
                        GridAssumptions.standard(),
                        cancelled))
                .isInstanceOf(Progress.CancelledException.class);
    }
}
