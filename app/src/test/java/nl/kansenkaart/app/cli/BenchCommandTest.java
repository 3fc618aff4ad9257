package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kansenkaart.app.cli.bench.NationalBench;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.synthetic.SyntheticNation;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void an_unknown_stage_is_a_usage_error_listing_the_stages() {
        CliRun run = CliRun.of("bench", "raket");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("raket").contains("store");
    }

    @Test
    void a_small_store_bench_prints_its_table_with_the_loaded_park() {
        // 1.500 panden: two parks, the second (the middle one) holds 500. Small: this is a test, not the benchmark.
        CliRun run = CliRun.of("bench", "store", "--n", "1500");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("bench store: 1.500 synthetische panden")
                .containsPattern("panden geschreven +1\\.500 +rijen")
                .containsPattern("proefterreinen +2")
                .containsPattern("panden in dat terrein +500 +panden")
                .containsPattern("piekgeheugen \\(heap\\) +\\d+ +MB +< 512 MB");
    }

    @Test
    void a_small_analyse_bench_prints_solar_and_building_rows_with_their_goals() {
        CliRun run = CliRun.of("bench", "analyse", "--n", "2000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("bench analyse: 2.000 synthetische panden")
                .containsPattern("zon op dak, leidraad .* +[0-9.,]+ +ms +< 2 s")
                .containsPattern("verblijfsobjecten +4\\.000 +rijen")
                .containsPattern("labels \\+ verplichtingen \\+ net, beste van 3 na opwarmen +[0-9,]+ +s +< 3 s")
                .containsPattern("panden geanalyseerd +2\\.000 +panden");
    }

    @Test
    void a_small_export_bench_writes_the_workbook_and_the_map_and_prints_the_heap() {
        CliRun run = CliRun.of("bench", "export", "--n", "2000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("rijen in de adressenlijst +2\\.000 +rijen")
                .containsPattern("werkmap schrijven .* +[0-9,]+ +s +< 5 s")
                .containsPattern("extra heap tijdens het schrijven .* +\\d+ +MB +< 512 MB")
                .containsPattern("A3-kaart 300 dpi van 2\\.000 panden .* +[0-9,]+ +s +< 3 s");
    }

    @Test
    void a_count_below_one_is_a_usage_error() {
        CliRun run = CliRun.of("bench", "store", "--n", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--n");
    }

    @Test
    void a_tiny_national_bench_stores_every_result_of_every_park_in_the_kept_file() throws Exception {
        // Three parks of about 50 panden: the whole chain, small enough for a test.
        Path file = dir.resolve("nationaal.gpkg");
        CliRun run =
                CliRun.of("bench", "national", "--parks", "3", "--buildings-per-park", "50", "--keep", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        long panden = new SyntheticNation(3, 50, NationalBench.SEED).buildingCount();
        assertThat(run.out())
                .contains("bench national: 3 synthetische terreinen van gemiddeld 50 panden")
                .containsPattern("terreinen geanalyseerd +3")
                .containsPattern("panden geanalyseerd +" + panden + " +panden")
                .containsPattern("stap 2: laden, analyseren en opslaan \\(wandtijd\\) +[0-9,]+ +s +< 300 s")
                .containsPattern("piekgeheugen \\(heap\\) +[0-9.]+ +MB +< 2\\.048 MB")
                .containsPattern("doel gehaald +(ja|nee)");
        try (ProjectStore store = ProjectStore.open(file)) {
            Map<String, Long> rows = new LinkedHashMap<>();
            store.layerCounts().forEach(c -> rows.put(c.layerName(), c.count()));
            assertThat(rows)
                    .containsEntry("bedrijventerreinen", 3L)
                    .containsEntry("panden", panden)
                    .containsEntry("label_c", labelRows(store))
                    .containsEntry("verplichtingen", panden);
            // label_c leaves out the panden with floor area but no office function at all.
            assertThat(rows.get("label_c")).isPositive().isLessThan(panden);
            assertThat(rows.get("verblijfsobjecten")).isGreaterThan(panden);
            assertThat(rows.get("energielabels")).isPositive();
            assertThat(rows.get("bedrijven")).isPositive();
            assertThat(rows.get("zon_op_dak")).isPositive().isLessThanOrEqualTo(panden);
            // Every opportunity the chain counted is stored, per kind in its own layer.
            assertThat(rows.get("kansen_individueel")).isPositive().isEqualTo(counted(run.out(), "individuele kansen"));
            assertThat(rows.get("kansen_collectief")).isEqualTo(counted(run.out(), "collectieve kansen"));
            assertThat(store.storedAssumptions(SyntheticNation.parkId(2))).isNotEmpty();
            assertThat(store.overrides()).hasSize(3);
        }

        // A second run on the kept file skips step 1 and replaces the results: the same counts.
        CliRun again =
                CliRun.of("bench", "national", "--parks", "3", "--buildings-per-park", "50", "--keep", file.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out())
                .containsPattern("stap 1: proefset schrijven .* +overgeslagen")
                .containsPattern("resultaten van een eerdere run in het bestand +verwijderd vóór de meting");
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.layerCounts())
                    .filteredOn(c -> c.layerName().equals("label_c"))
                    .singleElement()
                    .satisfies(c -> assertThat(c.count()).isEqualTo(labelRows(store)));
        }
    }

    @Test
    void setup_only_writes_the_set_without_results_and_a_copy_then_runs_the_chain() throws Exception {
        Path file = dir.resolve("opzet.gpkg");
        CliRun setup = CliRun.of(
                "bench",
                "national",
                "--parks",
                "2",
                "--buildings-per-park",
                "40",
                "--keep",
                file.toString(),
                "--setup-only");

        assertThat(setup.exitCode()).as(setup.err()).isZero();
        assertThat(setup.out())
                .containsPattern("stap 1: proefset schrijven .* +[0-9,]+ +s")
                .doesNotContain("stap 2");
        long panden = new SyntheticNation(2, 40, NationalBench.SEED).buildingCount();
        try (ProjectStore store = ProjectStore.open(file)) {
            Map<String, Long> rows = new LinkedHashMap<>();
            store.layerCounts().forEach(c -> rows.put(c.layerName(), c.count()));
            assertThat(rows).containsEntry("panden", panden).doesNotContainKey("label_c");
        }

        Path copy = dir.resolve("kopie.gpkg");
        java.nio.file.Files.copy(file, copy);
        CliRun chain =
                CliRun.of("bench", "national", "--parks", "2", "--buildings-per-park", "40", "--keep", copy.toString());
        assertThat(chain.exitCode()).as(chain.err()).isZero();
        assertThat(chain.out())
                .containsPattern("panden geanalyseerd +" + panden + " +panden")
                .containsPattern("resultaten van een eerdere run in het bestand +geen");
    }

    @Test
    void setup_only_needs_a_file_to_keep() {
        CliRun run = CliRun.of("bench", "national", "--parks", "2", "--setup-only");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--setup-only").contains("--keep");
    }

    @Test
    void national_options_belong_to_the_national_stage_only() {
        CliRun run = CliRun.of("bench", "store", "--parks", "3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--parks").contains("national");
    }

    /** The panden that get a label_c row, from the analyses as the bench runs them (reference date 2026-01-01). */
    private static long labelRows(ProjectStore store) throws Exception {
        long rows = 0;
        for (var park : store.parks()) {
            rows += ParkEngine.run(
                            store.load(park.id()),
                            AnalysisAssumptions.defaults(LocalDate.of(2026, 1, 1)),
                            Progress.NONE)
                    .buildings()
                    .labels()
                    .stream()
                    .filter(l -> !(l.outcome() instanceof LabelOutcome.NotObliged n
                            && n.why() == LabelOutcome.NotObligedWhy.NO_OFFICE))
                    .count();
        }
        return rows;
    }

    private static long counted(String out, String metric) {
        var m = java.util.regex.Pattern.compile(metric + " +([0-9.]+) ").matcher(out);
        assertThat(m.find()).as(metric).isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }
}
