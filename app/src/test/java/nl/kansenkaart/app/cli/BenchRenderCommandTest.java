package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code kansenkaart bench render} on a small synthetic park (a test, not the benchmark). */
class BenchRenderCommandTest {

    @Test
    void a_small_render_bench_prints_the_redraw_after_pan_and_zoom_with_the_goal() {
        CliRun run = CliRun.of("bench", "render", "--n", "2000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("bench render: 2.000 synthetische panden")
                .containsPattern(
                        "hele terrein tekenen \\(2\\.000 panden in beeld\\) +[0-9.,]+ / [0-9.,]+ / [0-9.,]+ +ms CPU")
                .containsPattern(
                        "opnieuw tekenen na verschuiven, hele terrein \\([0-9.]+ panden in beeld\\) .*< 100 ms")
                .containsPattern("opnieuw tekenen na inzoomen met het wiel \\([0-9.]+ panden in beeld\\) .*< 100 ms")
                .containsPattern("opnieuw tekenen na uitzoomen met het wiel \\([0-9.]+ panden in beeld\\) .*< 100 ms")
                .containsPattern("opnieuw tekenen na verschuiven, ingezoomd \\([0-9.]+ panden in beeld\\) .*< 100 ms");
    }
}
