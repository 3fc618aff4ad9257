package nl.kansenkaart.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.ParkAnalyses;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.io.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kansenkaart analyse}: runs every analysis on one park or on all of them, replaces their
 * results in the project in one transaction and prints a Dutch summary with the assumptions used. The assumptions file
 * is read before the project is opened, so a bad file leaves the project untouched.
 */
@Command(name = "analyse")
final class AnalyseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "P.gpkg", descriptionKey = "option.project")
    Path project;

    @Option(names = "--park", paramLabel = "ID", descriptionKey = "option.park.optional")
    Optional<String> parkId;

    @Option(names = "--assumptions", paramLabel = "BESTAND", descriptionKey = "option.assumptions")
    Optional<Path> assumptions;

    @Override
    public Integer call() throws Exception {
        ProjectFiles.existingProject(project);
        LocalDate today = LocalDate.now();
        AnalysisAssumptions a = assumptions.isPresent()
                ? AnalysisAssumptions.read(ProjectFiles.existingInput(assumptions.get()), today)
                : AnalysisAssumptions.defaults(today);
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = ProjectStore.open(project)) {
            List<Park> parks = parks(store);
            try (ConsoleProgress progress =
                    ConsoleProgress.onStderr(spec.commandLine().getErr())) {
                List<ParkAnalyses> results = ParkEngine.analyseAndStore(
                        store, parks.stream().map(Park::id).toList(), a, Instant.now(), progress);
                for (int k = 0; k < parks.size(); k++) {
                    printSummary(out, parks.get(k), results.get(k));
                }
            }
        }
        out.println(
                Msg.get("analyse.assumptions", assumptions.map(Path::toString).orElse(Msg.get("analyse.defaults"))));
        a.describe().forEach(l -> out.println("  " + l));
        out.flush();
        return ExitCodes.OK;
    }

    private List<Park> parks(ProjectStore store) throws Exception {
        if (parkId.isPresent()) {
            return List.of(store.park(parkId.get())
                    .orElseThrow(() -> new BadInputException(Msg.get("project.noSuchPark", project, parkId.get()))));
        }
        List<Park> all = store.parks();
        if (all.isEmpty()) {
            throw new BadInputException(Msg.get("analyse.noParks", project));
        }
        return all;
    }

    /** The park's heading and summary lines (shared with the demo). */
    static void printSummary(PrintWriter out, Park park, ParkAnalyses result) {
        out.println(Msg.get("analyse.park", park.name(), park.id()));
        result.describe().forEach(l -> out.println("  " + l));
        out.println();
    }
}
