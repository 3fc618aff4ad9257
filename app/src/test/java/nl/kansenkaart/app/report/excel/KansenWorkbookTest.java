package nl.kansenkaart.app.report.excel;

import static nl.kansenkaart.app.report.excel.ExcelWorkbookWriterTest.column;
import static nl.kansenkaart.app.report.excel.ExcelWorkbookWriterTest.headers;
import static nl.kansenkaart.app.report.excel.ExcelWorkbookWriterTest.rowsBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.ParkAnalyses;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.app.engine.ParkExport;
import nl.kansenkaart.core.kansen.CollectiveOpportunity;
import nl.kansenkaart.core.kansen.IndividualOpportunity;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.kansen.OpportunityType;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample park De Vaart, imported from its source files through the real import path, analysed
 * with the default assumptions and written as the export writes it: the two lists of measures and
 * the score card, read back with POI against the kansen report itself.
 */
class KansenWorkbookTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);

    @TempDir
    static Path dir;

    static KansenReport kansen;
    /** Panden whose energy-saving obligation is unknown (no VBO or no floor area). */
    static java.util.Set<String> obligationUnknown = new java.util.HashSet<>();

    static XSSFWorkbook wb;

    @BeforeAll
    static void import_analyse_and_write_the_sample_park() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("bronnen"));
        SampleData.extractTo(sources);
        Importer importer = new Importer();
        ParkAnalyses analyses;
        Path file;
        try (ProjectStore store = ProjectStore.create(dir.resolve("project.gpkg"))) {
            for (var f : SampleData.files()) {
                importer.importFile(
                        store, sources.resolve(f.fileName()), Optional.empty(), Optional.empty(), Progress.NONE);
            }
            analyses =
                    ParkEngine.run(store.load(SampleData.parkId()), AnalysisAssumptions.defaults(DATE), Progress.NONE);
            file = ExcelWorkbookWriter.writeTo(
                    dir, ParkExport.workbookInput(analyses, ParkExport.sources(store, ZoneOffset.UTC), DATE));
        }
        kansen = analyses.kansen();
        analyses.buildings().obligations().stream()
                .filter(r -> r.level() == nl.kansenkaart.core.obligations.ObligationLevel.UNKNOWN)
                .forEach(r -> obligationUnknown.add(r.buildingId()));
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        if (wb != null) {
            wb.close();
        }
    }

    @Test
    void the_sample_park_has_individual_and_collective_kansen_to_list() {
        assertThat(kansen.individual()).hasSizeGreaterThan(10);
        assertThat(kansen.collective()).isNotEmpty();
    }

    @Test
    void both_lists_are_sheets_with_valid_names_and_the_dutch_headers() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).endsWith("Kansen individueel", "Kansen collectief");
        assertThat(names).allMatch(n -> n.length() <= 31);
        assertThat(headers(wb.getSheet("Kansen individueel")))
                .containsExactly(
                        "Prioriteit",
                        "Score (0-100)",
                        "Maatregel",
                        "Bedrijfsnaam",
                        "Adres(sen)",
                        "Verplicht",
                        "Potentieel vermogen (kWp)",
                        "Opbrengst of besparing (MWh/jaar)",
                        "Investering (€)",
                        "Vermeden CO2 (ton/jaar)",
                        "Toelichting",
                        "Pand-ID",
                        "Soort kans");
        assertThat(headers(wb.getSheet("Kansen collectief")))
                .containsExactly(
                        "Maatregel",
                        "Nr.",
                        "Aantal panden",
                        "Aantal bedrijven",
                        "Bedrijven",
                        "Deelnemers (adres, rol)",
                        "Potentieel vermogen (kWp)",
                        "Opbrengst of besparing (MWh/jaar)",
                        "Investering (€)",
                        "Vermeden CO2 (ton/jaar)",
                        "Toelichting",
                        "Pand-ID's",
                        "Soort kans");
    }

    @Test
    void the_row_counts_equal_the_reports_opportunity_counts() {
        assertThat(wb.getSheet("Kansen individueel").getLastRowNum())
                .isEqualTo(kansen.individual().size());
        assertThat(wb.getSheet("Kansen collectief").getLastRowNum())
                .isEqualTo(kansen.collective().size());
    }

    @Test
    void individual_rows_follow_the_priority_with_numeric_cells_in_their_formats() {
        Sheet sheet = wb.getSheet("Kansen individueel");
        List<IndividualOpportunity> byScore = kansen.byScore();
        double previous = Double.MAX_VALUE;
        for (int r = 1; r <= byScore.size(); r++) {
            Row row = sheet.getRow(r);
            IndividualOpportunity o = byScore.get(r - 1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(r);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            double score = row.getCell(1).getNumericCellValue();
            assertThat(score).isEqualTo(o.score().total()).isLessThanOrEqualTo(previous);
            previous = score;
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(o.title());
            // GH1 on a pand whose obligation is unknown says so, as its explanation asks to check it.
            boolean unknown = o.type() == OpportunityType.GH1_SOLAR && obligationUnknown.contains(o.buildingId());
            assertThat(row.getCell(5).getStringCellValue())
                    .isEqualTo(unknown ? "onbekend" : o.obliged() ? "ja" : "nee");
            if (unknown) {
                assertThat(o.explanation()).contains("verplichting onbekend: controleer");
            }
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo(o.explanation());
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo(o.buildingId());
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo(o.type().dutch());
            if (o.impact().peakPowerKwp() > 0) {
                assertThat(row.getCell(6).getNumericCellValue())
                        .isEqualTo(o.impact().peakPowerKwp());
                assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            } else {
                assertThat(row.getCell(6)).as("geen kWp bij %s", o.title()).isNull();
            }
            if (o.impact().investmentEur() > 0) {
                assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            }
        }
        // A solar opportunity carries its power, yield and investment as numbers.
        Row solar = rowsBy(sheet, 12).get(OpportunityType.SOLAR_ROOF.dutch());
        assertThat(solar).isNotNull();
        for (int c : new int[] {6, 7, 8, 9}) {
            assertThat(solar.getCell(c).getCellType()).as("kolom %d", c).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void collective_rows_name_their_buildings_roles_and_companies() {
        Sheet sheet = wb.getSheet("Kansen collectief");
        for (int r = 1; r <= kansen.collective().size(); r++) {
            CollectiveOpportunity o = kansen.collective().get(r - 1);
            Row row = sheet.getRow(r);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(o.title());
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(o.number());
            assertThat(row.getCell(2).getNumericCellValue())
                    .isEqualTo(o.members().size());
            assertThat(row.getCell(5).getStringCellValue().split("; "))
                    .hasSize(o.members().size());
            assertThat(row.getCell(5).getStringCellValue())
                    .contains("(" + o.members().get(0).role().dutch() + ")");
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo(String.join(", ", o.buildingIds()));
            if (!o.companies().isEmpty()) {
                assertThat(row.getCell(3).getNumericCellValue()).isPositive();
                assertThat(row.getCell(4).getStringCellValue()).isNotBlank();
            }
        }
    }

    @Test
    void the_lists_have_a_bold_frozen_header_and_an_autofilter() {
        for (String name : List.of("Kansen individueel", "Kansen collectief")) {
            XSSFSheet sheet = wb.getSheet(name);
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
        }
    }

    @Test
    void the_summary_carries_the_score_card_with_totals_kinds_and_koplopers() {
        Sheet summary = wb.getSheet("Samenvatting");
        Map<String, Row> rows = rowsBy(summary, 0);
        var card = kansen.scoreCard();
        assertThat(rows.get("Individuele kansen (blad Kansen individueel)")
                        .getCell(1)
                        .getNumericCellValue())
                .isEqualTo(kansen.individual().size());
        assertThat(rows.get("Collectieve kansen (blad Kansen collectief)")
                        .getCell(1)
                        .getNumericCellValue())
                .isEqualTo(kansen.collective().size());
        assertThat(rows.get("Nieuw zonpotentieel (kWp)").getCell(1).getNumericCellValue())
                .isEqualTo(card.peakPowerKwp());
        assertThat(rows.get("Tekort voor energieneutraal 2035 (MWh/jaar)")
                        .getCell(1)
                        .getNumericCellValue())
                .isEqualTo(card.energyNeutralGapMwh());
        assertThat(rows.get("Te vermijden CO2 (ton/jaar)").getCell(1).getNumericCellValue())
                .isEqualTo(card.co2AvoidedTonPerYear());
        for (OpportunityType t : OpportunityType.values()) {
            Row row = rows.get(t.dutch());
            assertThat(row).as(t.dutch()).isNotNull();
            assertThat(row.getCell(1).getNumericCellValue())
                    .isEqualTo(card.buildingsPerType().get(t).doubleValue());
            assertThat(row.getCell(2).getNumericCellValue())
                    .isEqualTo(card.companiesPerType().get(t).doubleValue());
        }
        assertThat(card.koplopers()).isNotEmpty();
        List<String> labels = column(summary, 0);
        for (var k : card.koplopers()) {
            assertThat(labels).anyMatch(l -> l.startsWith(k.rank() + ". "));
            assertThat(rowsBy(summary, 1).get(k.buildingId())).isNotNull();
        }
        assertThat(labels).containsAll(kansen.notes());
    }
}
