package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.core.progress.Progress;
import org.junit.jupiter.api.Test;

class SynchronousTaskExecutorTest {
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final List<String> calls = new ArrayList<>();

    @Test
    void the_result_reaches_the_success_callback_before_execute_returns() {
        executor.execute("optellen", p -> 2 + 3, r -> calls.add("klaar " + r), e -> calls.add("fout"));
        assertThat(calls).containsExactly("klaar 5");
    }

    @Test
    void a_failure_reaches_the_failure_callback_with_its_dutch_message() {
        executor.execute(
                "lezen",
                p -> {
                    throw new IllegalStateException("bestand kapot");
                },
                r -> calls.add("klaar"),
                e -> calls.add("fout: " + e.getMessage()));
        assertThat(calls).containsExactly("fout: bestand kapot");
    }

    @Test
    void work_that_stops_on_cancellation_calls_neither_callback() {
        executor.execute(
                "afbreken",
                p -> {
                    throw new Progress.CancelledException();
                },
                r -> calls.add("klaar"),
                e -> calls.add("fout"));
        assertThat(calls).isEmpty();
    }
}
