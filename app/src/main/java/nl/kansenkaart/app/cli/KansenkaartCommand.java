package nl.kansenkaart.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code kansenkaart} command; without a subcommand it prints the usage help. */
@Command(
        name = "kansenkaart",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        resourceBundle = Msg.BUNDLE,
        subcommands = {
            DemoCommand.class,
            ImportCommand.class,
            AnalyseCommand.class,
            ExportCommand.class,
            InfoCommand.class,
            BenchCommand.class,
            GuiCommand.class
        })
public final class KansenkaartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
