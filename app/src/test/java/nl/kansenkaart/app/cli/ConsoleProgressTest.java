package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private static final long MS = 1_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final StringWriter text = new StringWriter();

    private ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(new PrintWriter(text, true), terminal, clock::get);
    }

    @Test
    void work_shorter_than_a_second_prints_nothing() {
        try (ConsoleProgress p = progress(true)) {
            for (int i = 0; i <= 100; i++) {
                clock.set(i * 5 * MS);
                p.report(i, 100, "panden lezen");
            }
        }
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void off_a_terminal_only_the_final_line_appears_in_dutch_notation() {
        try (ConsoleProgress p = progress(false)) {
            for (int i = 0; i <= 30_000; i += 15) {
                clock.set(i * MS / 10);
                p.report(i, 30_000, "panden lezen");
            }
        }
        assertThat(text.toString()).isEqualTo("panden lezen: 30.000 / 30.000 (100 %)" + System.lineSeparator());
    }

    @Test
    void on_a_terminal_the_line_is_rewritten_a_few_times_per_second_at_most() {
        try (ConsoleProgress p = progress(true)) {
            // 3 seconds of reports every millisecond: after the first second, at most 4 repaints a second.
            for (int i = 0; i <= 3000; i++) {
                clock.set(i * MS);
                p.report(i * 10L, 30_000, "panden lezen");
            }
        }
        String out = text.toString();
        long repaints = out.chars().filter(c -> c == '\r').count();
        assertThat(repaints).isBetween(5L, 10L);
        assertThat(out)
                .contains("\rpanden lezen: 12.500 / 30.000 (41 %)")
                .endsWith("panden lezen: 30.000 / 30.000 (100 %)" + System.lineSeparator());
    }

    @Test
    void each_long_stage_gets_its_own_final_line_and_unknown_totals_show_only_the_count() {
        try (ConsoleProgress p = progress(false)) {
            clock.set(0);
            p.report(0, -1, "panden lezen");
            clock.set(2000 * MS);
            p.report(12_345, -1, "panden lezen");
            p.report(0, 12_345, "index bouwen");
            clock.set(2100 * MS);
            p.report(12_345, 12_345, "index bouwen");
        }
        // The index stage took 0.1 s: too short for a line of its own.
        assertThat(text.toString()).isEqualTo("panden lezen: 12.345" + System.lineSeparator());
    }

    @Test
    void a_quick_stage_followed_by_silent_work_gets_no_line() {
        try (ConsoleProgress p = progress(false)) {
            clock.set(0);
            p.report(0, 282, "daken lezen");
            clock.set(100 * MS);
            p.report(282, 282, "daken lezen");
            // Five seconds of work that reports nothing, then the end.
            clock.set(5100 * MS);
        }
        assertThat(text.toString()).isEmpty();
    }
}
