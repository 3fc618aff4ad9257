package nl.kansenkaart.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import nl.kansenkaart.io.store.ImportCounts;
import nl.kansenkaart.io.store.LayerCount;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kansenkaart info}: one line per layer, {@code name<TAB>count} in the store's order, so
 * scripts can compare it with {@code ogrinfo}; then the imported sources, one line each.
 */
@Command(name = "info")
final class InfoCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "P.gpkg", descriptionKey = "option.project")
    Path project;

    @Override
    public Integer call() throws Exception {
        ProjectFiles.existingProject(project);
        try (ProjectStore store = ProjectStore.open(project)) {
            print(store.layerCounts(), store.sources(), spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /** Prints the layer lines and the source lines (shared with the demo). */
    static void print(List<LayerCount> layers, List<Provenance> sources, PrintWriter out) {
        for (LayerCount layer : layers) {
            out.println(layer.layerName() + "\t" + layer.count());
        }
        out.println();
        if (sources.isEmpty()) {
            out.println(Msg.get("info.noSources"));
        } else {
            out.println(Msg.get("info.sources"));
            // In import order: that is the order the consultant did the work in.
            sources.stream()
                    .sorted(Comparator.comparing(Provenance::importedAt).thenComparing(Provenance::sourceKey))
                    .forEach(p -> {
                        out.println(sourceLine(p));
                        // Indented under their source: why records were skipped, then the import's notes.
                        p.counts()
                                .skippedReasons()
                                .forEach((reason, n) -> out.println(Msg.get("info.skipped", reason, Msg.count(n))));
                        p.notes().forEach(note -> out.println(Msg.get("info.note", note)));
                    });
        }
        out.flush();
    }

    private static String sourceLine(Provenance p) {
        ImportCounts c = p.counts();
        return String.join(
                "\t",
                p.sourceKey(),
                p.kind().dutchName(),
                p.format(),
                p.sourceCrs(),
                WHEN.format(p.importedAt().atZone(ZoneId.systemDefault())),
                Msg.get(
                        "info.counts",
                        Msg.count(c.read()),
                        Msg.count(c.imported()),
                        Msg.count(c.repaired()),
                        Msg.count(c.skipped())));
    }
}
