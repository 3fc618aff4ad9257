package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

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
}
