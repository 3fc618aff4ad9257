package nl.kansenkaart.app.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.app.engine.ParkExport;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.text.DutchNumbers;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;
import nl.kansenkaart.samples.SampleData;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Samenvatting's "Bronnen en importopmerkingen": a project imported through the real import path
 * (the sample park's files, plus the real Delft panden with their one bad id and the real IBIS
 * contours of Rijssen-Holten when ../shared/data is there), exported as the export writes it, read
 * back with POI and LibreOffice: every source with its file, date, counts, skip reasons and every
 * note the project file holds for it.
 */
class SourceNotesWorkbookTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    @TempDir
    static Path dir;

    static List<Provenance> sources;
    static Path workbook;
    /** Column A (and B after a tab) of every row of the Samenvatting, as text. */
    static List<String> rows;

    @BeforeAll
    static void import_analyse_and_write() throws Exception {
        Path files = Files.createDirectories(dir.resolve("bronnen"));
        SampleData.extractTo(files);
        Importer importer = new Importer();
        try (ProjectStore store = ProjectStore.create(dir.resolve("project.gpkg"))) {
            for (var f : SampleData.files()) {
                importer.importFile(
                        store, files.resolve(f.fileName()), Optional.empty(), Optional.empty(), Progress.NONE);
            }
            Optional<Path> shared = sharedData();
            if (shared.isPresent()) {
                for (String real : List.of(
                        "bag-delft-wippolder/wippolder.gpkg",
                        "ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten.json")) {
                    importer.importFile(
                            store, shared.get().resolve(real), Optional.empty(), Optional.empty(), Progress.NONE);
                }
            }
            sources = store.sources();
            var analyses =
                    ParkEngine.run(store.load(SampleData.parkId()), AnalysisAssumptions.defaults(DATE), Progress.NONE);
            workbook = ExcelWorkbookWriter.writeTo(
                    dir, ParkExport.workbookInput(analyses, ParkExport.sources(store, ZoneOffset.UTC), DATE));
        }
        rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (InputStream in = Files.newInputStream(workbook);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Samenvatting");
            for (int r = 0; r <= summary.getLastRowNum(); r++) {
                Row row = summary.getRow(r);
                String a = row == null ? "" : formatter.formatCellValue(row.getCell(0));
                Cell b = row == null ? null : row.getCell(1);
                String bText = b == null
                        ? ""
                        : b.getCellType() == CellType.NUMERIC
                                        && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(b)
                                ? b.getLocalDateTimeCellValue().toLocalDate().toString()
                                : formatter.formatCellValue(b);
                rows.add(bText.isEmpty() ? a : a + "\t" + bText);
            }
        }
    }

    private static Optional<Path> sharedData() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
                d.getParent() != null;
                d = d.getParent()) {
            Path candidate = d.getParent().resolve("shared/data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The rows of the block, from its heading to the end of the sheet. */
    private static List<String> block() {
        int start = rows.indexOf("Bronnen en importopmerkingen");
        assertThat(start).as("kop van het blok").isPositive();
        return rows.subList(start + 1, rows.size());
    }

    /** The rows of one source in the block: from its numbered name to the blank row after it. */
    private static List<String> sourceRows(String name) {
        List<String> block = block();
        int from = -1;
        for (int i = 0; i < block.size() && from < 0; i++) {
            if (block.get(i).matches("Bron \\d+: " + java.util.regex.Pattern.quote(name))) {
                from = i;
            }
        }
        assertThat(from).as("bron %s in het blok", name).isNotNegative();
        int to = block.subList(from, block.size()).indexOf("");
        return block.subList(from, to < 0 ? block.size() : from + to);
    }

    /** The notes of a source as written: bullet rows with their continuation rows joined again. */
    private static List<String> notes(List<String> source) {
        List<String> notes = new ArrayList<>();
        for (String row : source) {
            if (row.startsWith(SourceNotesRows.BULLET)) {
                notes.add(row.substring(SourceNotesRows.BULLET.length()));
            } else if (row.startsWith(SourceNotesRows.CONTINUED) && !notes.isEmpty()) {
                int last = notes.size() - 1;
                notes.set(last, notes.get(last) + " " + row.substring(SourceNotesRows.CONTINUED.length()));
            }
        }
        return notes;
    }

    @Test
    void every_source_of_the_project_is_listed_with_file_date_counts_reasons_and_every_note() {
        assertThat(sources).hasSizeGreaterThanOrEqualTo(SampleData.files().size());
        for (Provenance p : sources) {
            List<String> source = sourceRows(p.sourceKey());
            assertThat(source)
                    .as(p.sourceKey())
                    .contains("Soort en formaat\t" + p.kind().dutchName() + ", " + p.format() + ", "
                            + (p.sourceCrs().equals("geen geometrie")
                                    ? "geen geometrie"
                                    : "coördinaten in " + p.sourceCrs()))
                    .contains("Geïmporteerd op\t" + LocalDate.ofInstant(p.importedAt(), ZoneOffset.UTC))
                    .contains("Aantallen\tgelezen "
                            + DutchNumbers.integer(p.counts().read()) + "; geïmporteerd "
                            + DutchNumbers.integer(p.counts().imported()) + " (waarvan "
                            + DutchNumbers.integer(p.counts().repaired()) + " hersteld); overgeslagen "
                            + DutchNumbers.integer(p.counts().skipped()));
            for (Map.Entry<String, Long> reason : p.counts().skippedReasons().entrySet()) {
                assertThat(source).contains("Overgeslagen: " + reason.getKey() + "\t" + reason.getValue());
            }
            assertThat(notes(source))
                    .as(p.sourceKey())
                    .containsExactlyElementsOf(p.notes().stream()
                            .map(n -> n.strip().replaceAll("\\s+", " "))
                            .toList());
        }
        // The sample's sources carry notes beyond their layer line (matching, merges, label selection).
        assertThat(sources.stream().mapToInt(p -> p.notes().size()).sum()).isGreaterThan(sources.size());
    }

    @Test
    void the_real_delft_panden_show_their_skipped_bad_id() {
        assumeTrue(sharedData().isPresent(), "../shared/data ontbreekt");
        assertThat(sourceRows("wippolder.gpkg")).contains("Overgeslagen: ongeldig pand-id\t1");
    }

    @Test
    void notes_are_broken_into_rows_that_fit_the_printed_width() {
        assertThat(block())
                .filteredOn(r -> r.startsWith(SourceNotesRows.BULLET) || r.startsWith(SourceNotesRows.CONTINUED))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.length())
                        .isLessThanOrEqualTo(SourceNotesRows.NOTE_WIDTH + SourceNotesRows.BULLET.length()));
        assertThat(SourceNotesRows.wrap("a ".repeat(200).strip(), 50))
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(50))
                .hasSize(8);
    }

    @Test
    void libreoffice_reads_the_block_on_the_summary() throws Exception {
        Optional<Path> soffice = onPath("soffice").or(() -> onPath("libreoffice"));
        assumeTrue(soffice.isPresent(), "LibreOffice staat niet op het PATH");
        Path out = Files.createDirectories(dir.resolve("csv"));
        Process p = new ProcessBuilder(
                        soffice.get().toString(),
                        "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
                        "--outdir",
                        out.toString(),
                        workbook.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("lo.log").toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS))
                .as("LibreOffice klaar binnen 3 minuten")
                .isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("lo.log"))).isZero();
        String base = workbook.getFileName().toString().replace(".xlsx", "");
        Path csv = Files.exists(out.resolve(base + "-Samenvatting.csv"))
                ? out.resolve(base + "-Samenvatting.csv")
                : out.resolve(base + ".csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).contains("Bronnen en importopmerkingen,,,,,,");
        Provenance first = sources.get(0);
        assertThat(lines).anyMatch(l -> l.startsWith("Bron 1: " + first.sourceKey() + ","));
        String note = first.notes().get(0);
        assertThat(String.join("\n", lines))
                .contains(SourceNotesRows.wrap(note, SourceNotesRows.NOTE_WIDTH).get(0));
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
