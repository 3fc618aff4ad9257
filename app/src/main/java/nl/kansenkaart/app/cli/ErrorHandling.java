package nl.kansenkaart.app.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what goes wrong into an exit code and a Dutch line on stderr: usage errors (2), bad input
 * data (3, the message names file, feature and reason, no stack trace) and internal errors (1, the
 * stack trace goes to the log only).
 */
final class ErrorHandling implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText(Msg.get("error.usage", dutch(ex))));
        err.println(Msg.get("error.usage.hint", cmd.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (BadInputs.isBadInput(ex)) {
            err.println(Msg.get("error.badInput", ex.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        LOG.error("Interne fout in '{}'", cmd.getCommandSpec().qualifiedName(), ex);
        err.println(Msg.get("error.internal", String.valueOf(ex.getMessage()), Logging.logLocation()));
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** Picocli's English parse messages, said again in Dutch for the cases a consultant meets. */
    private static String dutch(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u) {
            return Msg.get("error.usage.unmatched", String.join(", ", u.getUnmatched()));
        }
        if (ex instanceof MissingParameterException m) {
            String missing = m.getMissing().stream().map(ErrorHandling::label).collect(Collectors.joining(", "));
            return Msg.get("error.usage.missing", missing);
        }
        if (ex instanceof OverwrittenOptionException o) {
            return Msg.get("error.usage.twice", label(o.getOverwritten()));
        }
        if (ex.getCause() instanceof SourceKindConverter.DutchConversionException dutch) {
            return dutch.getMessage();
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return Msg.get("error.usage.value", ex.getValue(), label(ex.getArgSpec()), ex.getMessage());
        }
        return ex.getMessage();
    }

    private static String label(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
    }
}
