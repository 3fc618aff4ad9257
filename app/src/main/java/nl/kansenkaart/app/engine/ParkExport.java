package nl.kansenkaart.app.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.app.map.MapAnalyses;
import nl.kansenkaart.app.map.print.MapExport;
import nl.kansenkaart.app.report.BuildingAnalyses;
import nl.kansenkaart.app.report.DataSource;
import nl.kansenkaart.app.report.ReportException;
import nl.kansenkaart.app.report.WorkbookInput;
import nl.kansenkaart.app.report.excel.ExcelWorkbookWriter;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;
import nl.kansenkaart.io.store.StoreException;

/**
 * Writes one park's workbook and maps: the analyses are computed again with the assumptions the
 * park's last {@code analyse} stored (or the defaults when it was never analysed), so the files
 * match what the project shows.
 */
public final class ParkExport {
    /** The folder inside the export folder that receives the maps. */
    public static final String MAPS_DIR = "kaarten";

    private ParkExport() {}

    /**
     * What an export wrote.
     *
     * @param workbook the Excel file
     * @param maps the map files (PDF and PNG), in writing order
     * @param storedAssumptions true when the park's stored assumptions were used, false for the defaults
     * @param analyses the analyses the files show
     */
    public record Result(Path workbook, List<Path> maps, boolean storedAssumptions, ParkAnalyses analyses) {
        public Result {
            maps = List.copyOf(maps);
        }

        /** Every file written, workbook first. */
        public List<Path> files() {
            List<Path> all = new ArrayList<>();
            all.add(workbook);
            all.addAll(maps);
            return all;
        }
    }

    /** The project's imported sources as the summary lists them, import dates in the zone. */
    public static List<DataSource> sources(ProjectStore store, ZoneId zone) throws StoreException {
        List<DataSource> sources = new ArrayList<>();
        for (Provenance p : store.sources()) {
            sources.add(new DataSource(
                    p.sourceKey(),
                    p.kind().dutchName(),
                    p.format(),
                    LocalDate.ofInstant(p.importedAt(), zone),
                    p.counts().read(),
                    p.counts().imported(),
                    p.counts().skipped(),
                    p.counts().repaired(),
                    p.sourceCrs(),
                    p.counts().skippedReasons(),
                    p.notes()));
        }
        return sources;
    }

    /**
     * The workbook of the analyses: every sheet, the building analyses and the kansen included.
     *
     * @param sources the imported sources, for the summary
     * @param exportDate the date in the file name and on the sheets
     */
    public static WorkbookInput workbookInput(ParkAnalyses analyses, List<DataSource> sources, LocalDate exportDate) {
        AnalysisAssumptions a = analyses.assumptions();
        return new WorkbookInput(
                analyses.snapshot(),
                analyses.solar(),
                Optional.of(new BuildingAnalyses(analyses.buildings(), a.office(), a.obligations(), a.grid())),
                sources,
                exportDate,
                Optional.empty(),
                Optional.of(analyses.kansen()));
    }

    /**
     * Recomputes the park's analyses and writes the workbook and maps into the folder.
     *
     * @param exportDate the date in the file names and on the sheets (the caller reads the clock)
     * @param zone the time zone the import dates of the sources are shown in
     */
    public static Result export(
            ProjectStore store, String parkId, Path outDir, LocalDate exportDate, ZoneId zone, Progress progress)
            throws StoreException, AssumptionsException, ReportException, IOException {
        Optional<AnalysisAssumptions> stored = ParkEngine.storedAssumptions(store, parkId, exportDate);
        AnalysisAssumptions assumptions = stored.orElseGet(() -> AnalysisAssumptions.defaults(exportDate));
        ParkAnalyses analyses = ParkEngine.run(store.load(parkId), assumptions, progress);
        List<DataSource> sources = sources(store, zone);
        progress.report(0, 2, "werkmap schrijven");
        WorkbookInput input = workbookInput(analyses, sources, exportDate);
        Path workbook = ExcelWorkbookWriter.writeTo(outDir, input);
        progress.report(1, 2, "kaarten schrijven");
        List<Path> maps = MapExport.writeAll(
                analyses.snapshot(),
                MapAnalyses.of(analyses.solar(), analyses.buildings().labels(), analyses.kansen()),
                exportDate,
                outDir.resolve(MAPS_DIR));
        progress.report(2, 2, "export klaar");
        return new Result(workbook, maps, stored.isPresent(), analyses);
    }
}
