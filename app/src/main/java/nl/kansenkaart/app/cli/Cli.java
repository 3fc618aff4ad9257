package nl.kansenkaart.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds the configured command line: Dutch errors, exit codes, output and error writers. */
public final class Cli {
    private Cli() {}

    /** A command line that prints to the given writers (tests pass string writers). */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        ErrorHandling errors = new ErrorHandling();
        CommandLine cmd = new CommandLine(new KansenkaartCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(errors);
        cmd.setExecutionExceptionHandler(errors);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    /** Runs the command line on the process's stdout and stderr and returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return create(out, err).execute(args);
    }
}
