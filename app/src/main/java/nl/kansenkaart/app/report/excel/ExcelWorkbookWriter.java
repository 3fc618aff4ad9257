package nl.kansenkaart.app.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansenkaart.app.report.BuildingAnalyses;
import nl.kansenkaart.app.report.ParkLookup;
import nl.kansenkaart.app.report.ReportException;
import nl.kansenkaart.app.report.ReportFileNames;
import nl.kansenkaart.app.report.ReportTexts;
import nl.kansenkaart.app.report.WorkbookInput;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.labels.LabelResult;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one park's workbook in the leidraad's shape: Samenvatting, Adressenlijst, Zon op dak and,
 * when the analyses ran, Label C, Verplichtingen and the lists of individual and collective kansen. Streams rows to disk (SXSSF), so the
 * heap holds only a window of rows however long the adressenlijst is.
 */
public final class ExcelWorkbookWriter {
    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    static final int ROW_WINDOW = 200;

    private ExcelWorkbookWriter() {}

    /**
     * Writes the workbook into a directory under its standard name ("Kansenkaart De Vaart
     * 2026-11-24.xlsx"). The file appears whole or not at all: it is written beside the target and
     * moved into place.
     *
     * @return the file written
     * @throws ReportException when the directory or the file cannot be written
     */
    public static Path writeTo(Path directory, WorkbookInput input) throws ReportException {
        Path target = directory.resolve(
                ReportFileNames.workbook(input.snapshot().park().name(), input.exportDate()));
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, ".kansenkaart-", ".xlsx.tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(input, out);
            }
            moveIntoPlace(temp, target);
            return target;
        } catch (AccessDeniedException e) {
            throw new ReportException(target, "geen schrijfrechten (is het bestand open in Excel?)", e);
        } catch (NoSuchFileException e) {
            throw new ReportException(target, "map bestaat niet: " + e.getFile(), e);
        } catch (IOException e) {
            throw new ReportException(target, String.valueOf(e.getMessage()), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; a plain replace is the next best thing.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Only a leftover temporary file; the report itself succeeded or already failed loudly.
        }
    }

    /** Writes the workbook to a stream, which stays open. */
    public static void write(WorkbookInput input, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new StreamingWorkbook(ROW_WINDOW)) {
            try {
                fill(wb, input);
                wb.write(out);
            } finally {
                wb.dispose();
            }
        }
    }

    private static void fill(SXSSFWorkbook wb, WorkbookInput in) {
        properties(wb, in);
        CellStyles styles = new CellStyles(wb);
        Set<String> names = new HashSet<>();
        Optional<BuildingAnalyses> analyses = in.buildingAnalyses();
        ParkLookup lookup = new ParkLookup(
                in.snapshot(), analyses.map(a -> a.office().referenceDate()).orElse(in.exportDate()));
        Map<String, LabelResult> labels = analyses.map(
                        a -> byBuilding(a.results().labels(), LabelResult::buildingId))
                .orElse(Map.of());

        SummarySheet.write(
                wb.createSheet(SheetNames.safe(ReportTexts.text("sheet.summary"), names)), styles, in, lookup);

        TableSheet addresses = table(wb, styles, names, "sheet.addresses", AddressListSheet.COLUMNS);
        AddressListSheet.write(addresses, in.snapshot().units(), lookup, labels);
        addresses.finish();

        TableSheet solar = table(wb, styles, names, "sheet.solar", SolarSheet.COLUMNS);
        SolarSheet.write(solar, in.solar(), lookup);
        solar.finish();

        if (analyses.isPresent()) {
            BuildingAnalyses a = analyses.get();
            TableSheet office = table(wb, styles, names, "sheet.labels", LabelSheet.COLUMNS);
            LabelSheet.write(office, a.results().labels(), lookup);
            office.finish();
            TableSheet obligations = table(wb, styles, names, "sheet.obligations", ObligationSheet.COLUMNS);
            ObligationSheet.write(
                    obligations,
                    a.results().obligations(),
                    byBuilding(a.results().grid(), GridPosition::buildingId),
                    lookup);
            obligations.finish();
        }
        in.kansen().ifPresent(k -> {
            TableSheet individual = table(wb, styles, names, "sheet.kansenIndividual", KansenSheets.INDIVIDUAL);
            java.util.Set<String> unknown = new java.util.HashSet<>();
            analyses.ifPresent(a -> a.results().obligations().stream()
                    .filter(r -> r.level() == nl.kansenkaart.core.obligations.ObligationLevel.UNKNOWN)
                    .forEach(r -> unknown.add(r.buildingId())));
            KansenSheets.writeIndividual(individual, k, lookup, unknown);
            individual.finish();
            TableSheet collective = table(wb, styles, names, "sheet.kansenCollective", KansenSheets.COLLECTIVE);
            KansenSheets.writeCollective(collective, k, lookup);
            collective.finish();
        });
    }

    private static TableSheet table(
            SXSSFWorkbook wb, CellStyles styles, Set<String> names, String key, List<Column> columns) {
        return new TableSheet(wb.createSheet(SheetNames.safe(ReportTexts.text(key), names)), styles, columns);
    }

    private static <T> Map<String, T> byBuilding(List<T> results, Function<T, String> id) {
        return results.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    private static void properties(SXSSFWorkbook wb, WorkbookInput in) {
        POIXMLProperties.CoreProperties core =
                wb.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(ReportTexts.format("workbook.title", in.snapshot().park().name(), in.exportDate()));
        core.setSubjectProperty(ReportTexts.text("workbook.subject"));
        core.setCreator(ReportTexts.text("workbook.author"));
        // The export date, not the clock: the same input gives the same properties.
        core.setCreated(Optional.of(Date.from(in.exportDate().atStartOfDay().toInstant(ZoneOffset.UTC))));
        in.consultant().ifPresent(core::setLastModifiedByUser);
    }
}
