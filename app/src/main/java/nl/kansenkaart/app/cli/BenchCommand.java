package nl.kansenkaart.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.kansenkaart.app.cli.bench.AnalysisBench;
import nl.kansenkaart.app.cli.bench.BenchTable;
import nl.kansenkaart.app.cli.bench.ExportBench;
import nl.kansenkaart.app.cli.bench.ImportBench;
import nl.kansenkaart.app.cli.bench.NationalBench;
import nl.kansenkaart.app.cli.bench.RenderBench;
import nl.kansenkaart.app.cli.bench.StoreBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kansenkaart bench <stage>}: times one part of the engine and prints a table. */
@Command(name = "bench")
final class BenchCommand implements Callable<Integer> {
    /** The stages, in the order the usage help lists them. */
    static final List<String> STAGES = List.of("store", "import", "analyse", "export", "render", "national");

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "ONDERDEEL",
            descriptionKey = "option.bench.stage",
            completionCandidates = Stages.class)
    String stage;

    @Option(names = "--n", paramLabel = "N", descriptionKey = "option.bench.n")
    Optional<Long> n;

    @Option(names = "--parks", paramLabel = "AANTAL", descriptionKey = "option.bench.parks")
    Optional<Integer> parks;

    @Option(names = "--buildings-per-park", paramLabel = "AANTAL", descriptionKey = "option.bench.perPark")
    Optional<Integer> perPark;

    @Option(names = "--keep", paramLabel = "BESTAND", descriptionKey = "option.bench.keep")
    Optional<Path> keep;

    @Option(names = "--setup-only", descriptionKey = "option.bench.setupOnly")
    boolean setupOnly;

    @Override
    public Integer call() throws Exception {
        if (n.isPresent() && n.get() < 1) {
            throw new ParameterException(spec.commandLine(), Msg.get("bench.badN", n.get()));
        }
        checkNationalOptions();
        BenchTable table;
        try (ConsoleProgress progress =
                ConsoleProgress.onStderr(spec.commandLine().getErr())) {
            table = switch (stage) {
                case "store" -> StoreBench.run(n.orElse(StoreBench.DEFAULT_N), progress);
                case "import" -> ImportBench.run(n.orElse(ImportBench.DEFAULT_N), progress);
                case "analyse" -> AnalysisBench.run(n.orElse(AnalysisBench.DEFAULT_N), progress);
                case "export" -> ExportBench.run(n.orElse(ExportBench.DEFAULT_N), progress);
                case "render" -> RenderBench.run(n.orElse(RenderBench.DEFAULT_N), progress);
                case "national" -> NationalBench.run(
                        parks.orElse(NationalBench.DEFAULT_PARKS),
                        perPark.orElse(NationalBench.DEFAULT_PER_PARK),
                        keep,
                        setupOnly,
                        progress);
                default -> throw new ParameterException(
                        spec.commandLine(), Msg.get("bench.unknownStage", stage, String.join(", ", STAGES)));
            };
        }
        table.print(
                spec.commandLine().getOut(),
                Msg.get("bench.header.metric"),
                Msg.get("bench.header.value"),
                Msg.get("bench.header.unit"),
                Msg.get("bench.header.goal"));
        return ExitCodes.OK;
    }

    private void checkNationalOptions() {
        boolean national = "national".equals(stage);
        if (!national) {
            for (var o : List.of(
                    Map.entry("--parks", parks.isPresent()),
                    Map.entry("--buildings-per-park", perPark.isPresent()),
                    Map.entry("--keep", keep.isPresent()),
                    Map.entry("--setup-only", setupOnly))) {
                if (o.getValue()) {
                    throw new ParameterException(
                            spec.commandLine(), Msg.get("bench.national.onlyNational", o.getKey()));
                }
            }
            return;
        }
        if (n.isPresent()) {
            throw new ParameterException(spec.commandLine(), Msg.get("bench.national.onlyOthers", "--n"));
        }
        if (setupOnly && keep.isEmpty()) {
            throw new ParameterException(spec.commandLine(), Msg.get("bench.national.setupOnlyNeedsKeep"));
        }
        if (parks.isPresent() && parks.get() < 1) {
            throw new ParameterException(
                    spec.commandLine(), Msg.get("bench.national.badCount", "--parks", parks.get()));
        }
        if (perPark.isPresent() && perPark.get() < 1) {
            throw new ParameterException(
                    spec.commandLine(), Msg.get("bench.national.badCount", "--buildings-per-park", perPark.get()));
        }
    }

    /** The stage names for the usage help. */
    static final class Stages implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return STAGES.iterator();
        }
    }
}
