package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kansenkaart.io.store.StoreException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlingTest {

    @Command(name = "stuk")
    static final class Failing implements Callable<Integer> {
        private final Exception failure;

        Failing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static CliRun run(Exception failure) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ErrorHandling handling = new ErrorHandling();
        CommandLine cmd = new CommandLine(new Failing(failure))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(handling)
                .setParameterExceptionHandler(handling);
        int code = cmd.execute();
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void a_bug_exits_1_with_a_short_dutch_line_and_no_stack_trace_on_stderr() {
        CliRun run = run(new IllegalStateException("teller loopt terug"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err())
                .startsWith("Interne fout: teller loopt terug. De technische details staan in ")
                .doesNotContain("\tat ")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void a_store_failure_is_bad_input_with_the_stores_dutch_message() {
        Path file = Path.of("kapot.gpkg");

        CliRun run = run(new StoreException(file, "is geen GeoPackage"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("Projectbestand kapot.gpkg: is geen GeoPackage");
    }
}
