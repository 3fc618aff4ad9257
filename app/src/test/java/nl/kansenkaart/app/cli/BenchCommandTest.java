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
    void a_count_below_one_is_a_usage_error() {
        CliRun run = CliRun.of("bench", "store", "--n", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--n");
    }
}
