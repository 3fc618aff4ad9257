package nl.kansenkaart.app.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.app.report.ReportException;
import nl.kansenkaart.app.report.TestParks;
import nl.kansenkaart.app.report.WorkbookInput;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the De Vaart test park's workbook to a real .xlsx and reads it back with POI (XSSF). */
class ExcelWorkbookWriterTest {
    @TempDir
    static Path dir;

    static Path file;
    static XSSFWorkbook wb;
    static ParkSnapshot snapshot;

    @BeforeAll
    static void write_the_workbook() throws ReportException, IOException {
        snapshot = TestParks.deVaart();
        file = ExcelWorkbookWriter.writeTo(dir, TestParks.withKansen(TestParks.fullInput(snapshot)));
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
    }

    @Test
    void the_file_is_named_after_the_park_and_the_date_and_no_temporary_file_is_left() throws IOException {
        assertThat(file.getFileName().toString()).isEqualTo("Kansenkaart De Vaart 2026-11-24.xlsx");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly(file.getFileName().toString());
        }
    }

    @Test
    void the_sheets_come_in_the_leidraads_order_with_the_lists_of_measures_last() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names)
                .containsExactly(
                        "Samenvatting",
                        "Adressenlijst",
                        "Zon op dak",
                        "Label C",
                        "Verplichtingen",
                        "Kansen individueel",
                        "Kansen collectief");
    }

    @Test
    void the_solar_sheet_starts_with_exactly_the_leidraads_columns() {
        assertThat(headers(wb.getSheet("Zon op dak")))
                .startsWith(
                        "Bedrijfsnaam",
                        "Adres",
                        "Gebouwoppervlak (m²)",
                        "Zonnepanelen potentie (aantal)",
                        "Potentieel vermogen (kWp)",
                        "Opbrengst (kWh/jaar)",
                        "Investering (€)",
                        "Terugverdientijd (jaar)",
                        "Methode",
                        "Toelichting");
    }

    @Test
    void the_address_list_has_the_leidraads_columns() {
        assertThat(headers(wb.getSheet("Adressenlijst")))
                .containsExactly(
                        "Bedrijfsnaam",
                        "Straat",
                        "Huisnummer",
                        "Huisletter",
                        "Toevoeging",
                        "Postcode",
                        "Plaats",
                        "Gebruiksdoel",
                        "Gebruiksoppervlakte (m2)",
                        "Bouwjaar",
                        "Pand-ID",
                        "VBO-ID",
                        "Energielabel",
                        "Label-C-status",
                        "Contactpersoon",
                        "Telefoon",
                        "E-mail",
                        "Opmerkingen");
    }

    @Test
    void the_leidraad_rows_of_410_and_755_m2_are_reproduced_with_the_drenthe_preset() {
        Map<String, Row> byAddress = rowsBy(wb.getSheet("Zon op dak"), 1);
        Row a = byAddress.get("Vaartweg 1");
        assertThat(a.getCell(0).getStringCellValue()).isEqualTo("Bedrijf A");
        assertThat(a.getCell(2).getNumericCellValue()).isEqualTo(410.0);
        assertThat(a.getCell(3).getNumericCellValue()).isEqualTo(103.0);
        assertThat(a.getCell(4).getNumericCellValue()).isEqualTo(32.0);
        Row b = byAddress.get("Vaartweg 3; Vaartweg 3A");
        assertThat(b.getCell(0).getStringCellValue()).isEqualTo("Bedrijf B; Bedrijf B Advies");
        assertThat(b.getCell(2).getNumericCellValue()).isEqualTo(755.0);
        assertThat(b.getCell(3).getNumericCellValue()).isEqualTo(189.0);
        assertThat(b.getCell(4).getNumericCellValue()).isEqualTo(58.0);
        // 32 kWp x 875 kWh/kWp with the unknown-orientation factor 1.00 of the preset.
        assertThat(a.getCell(5).getNumericCellValue()).isEqualTo(28_000.0);
        assertThat(a.getCell(8).getStringCellValue()).isEqualTo("Leidraad (footprint)");
        assertThat(a.getCell(9).getStringCellValue()).startsWith("leidraad: 410 m2 / 4 m2 per paneel = 103 panelen");
    }

    @Test
    void numbers_are_numeric_cells_with_the_consultants_formats() {
        Row a = rowsBy(wb.getSheet("Zon op dak"), 1).get("Vaartweg 1");
        for (int c = 2; c <= 7; c++) {
            assertThat(a.getCell(c).getCellType()).as("kolom %d", c).isEqualTo(CellType.NUMERIC);
        }
        assertThat(formats(a, 2, 3, 4, 5, 6, 7)).containsExactly("0", "0", "0.0", "#,##0", "#,##0", "0.0");
        Row unit = rowsBy(wb.getSheet("Adressenlijst"), 11).get("0106010000000001");
        assertThat(unit.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(unit.getCell(8).getNumericCellValue()).isEqualTo(380.0);
        assertThat(unit.getCell(9).getNumericCellValue()).isEqualTo(1985.0);
        // BAG ids keep their leading zero: text, never a number.
        assertThat(unit.getCell(10).getCellType()).isEqualTo(CellType.STRING);
        assertThat(unit.getCell(10).getStringCellValue()).isEqualTo(TestParks.PAND_A);
    }

    @Test
    void the_address_list_has_one_row_per_vbo_and_the_solar_sheet_one_per_assessed_pand() {
        assertThat(wb.getSheet("Adressenlijst").getLastRowNum())
                .isEqualTo(snapshot.units().size());
        var report = SolarAnalysis.analyse(snapshot, SolarAssumptions.LEIDRAAD_DRENTHE);
        assertThat(wb.getSheet("Zon op dak").getLastRowNum())
                .isEqualTo(report.potentials().size())
                .isEqualTo(4);
        assertThat(column(wb.getSheet("Zon op dak"), 10)).doesNotContain(TestParks.PAND_GONE);
        assertThat(column(wb.getSheet("Samenvatting"), 0))
                .contains(
                        "Panden niet meegenomen (niet in blad Zon op dak)",
                        "niet meegenomen: BAG-status Pand gesloopt");
    }

    @Test
    void company_names_come_from_matches_company_overrides_and_unit_overrides() {
        Map<String, Row> units = rowsBy(wb.getSheet("Adressenlijst"), 11);
        assertThat(units.get("0106010000000003").getCell(0).getStringCellValue())
                .isEqualTo("Bedrijf B Advies");
        assertThat(units.get("0106010000000005").getCell(0).getStringCellValue())
                .isEqualTo("Garage Jansen");
        assertThat(units.get("0106010000000006").getCell(0)).isNull();
        assertThat(units.get("0106010000000005").getCell(15).getStringCellValue())
                .isEqualTo(TestParks.PHONE);
    }

    @Test
    void text_that_looks_like_a_formula_stays_text() {
        Map<String, Row> units = rowsBy(wb.getSheet("Adressenlijst"), 11);
        Cell name = units.get("0106010000000004").getCell(0);
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo(TestParks.FORMULA_NAME);
        assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
        Cell phone = units.get("0106010000000005").getCell(15);
        assertThat(phone.getCellStyle().getQuotePrefixed()).isTrue();
        Cell remark = units.get("0106010000000005").getCell(17);
        assertThat(remark.getCellType()).isEqualTo(CellType.STRING);
        assertThat(remark.getCellStyle().getQuotePrefixed()).isTrue();
        // The same company on the list of measures: its office's label-C opportunity.
        Row office = rowsBy(wb.getSheet("Kansen individueel"), 11).get(TestParks.PAND_OFFICE);
        assertThat(office.getCell(3).getStringCellValue()).isEqualTo(TestParks.FORMULA_NAME);
        assertThat(office.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
        // Ordinary text is not quote-prefixed.
        assertThat(units.get("0106010000000001").getCell(1).getCellStyle().getQuotePrefixed())
                .isFalse();
        // No cell anywhere in the workbook became a formula.
        wb.forEach(sheet -> sheet.forEach(
                row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
    }

    @Test
    void label_classes_are_shown_in_their_customary_colours() {
        Map<String, Row> units = rowsBy(wb.getSheet("Adressenlijst"), 11);
        Cell e = units.get("0106010000000002").getCell(12);
        Cell b = units.get("0106010000000003").getCell(12);
        assertThat(e.getStringCellValue()).isEqualTo("E");
        assertThat(fill(e)).isEqualTo(LabelClass.E.colourHex());
        assertThat(b.getStringCellValue()).isEqualTo("B");
        assertThat(fill(b)).isEqualTo(LabelClass.B.colourHex());
        // One style per class, shared by every cell of that class.
        assertThat(e.getCellStyle().getIndex()).isNotEqualTo(b.getCellStyle().getIndex());
        assertThat(wb.getNumCellStyles()).isLessThan(40);
    }

    @Test
    void the_label_c_sheet_lists_office_panden_most_urgent_first() {
        XSSFSheet sheet = wb.getSheet("Label C");
        assertThat(headers(sheet))
                .containsExactly(
                        "Pand-ID",
                        "Adres(sen)",
                        "Bedrijfsnaam",
                        "Kantooroppervlak (m2)",
                        "Totale gebruiksoppervlakte (m2)",
                        "Kantooraandeel",
                        "Energielabel",
                        "Status",
                        "Toelichting");
        assertThat(column(sheet, 0)).containsExactly(TestParks.PAND_OFFICE, TestParks.PAND_B, TestParks.PAND_GARAGE);
        Row office = sheet.getRow(1);
        assertThat(office.getCell(7).getStringCellValue()).isEqualTo(LabelOutcome.Kind.NO_LABEL.dutch());
        assertThat(office.getCell(8).getStringCellValue()).contains("geen geregistreerd label");
        assertThat(office.getCell(5).getNumericCellValue()).isEqualTo(1.0);
        assertThat(office.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0%");
        Row b = sheet.getRow(2);
        assertThat(b.getCell(6).getStringCellValue()).isEqualTo("E");
        assertThat(fill(b.getCell(6))).isEqualTo(LabelClass.E.colourHex());
        assertThat(b.getCell(7).getStringCellValue()).isEqualTo(LabelOutcome.Kind.NON_COMPLIANT.dutch());
        assertThat(rowsBy(wb.getSheet("Adressenlijst"), 11)
                        .get("0106010000000002")
                        .getCell(13)
                        .getStringCellValue())
                .isEqualTo(LabelOutcome.Kind.NON_COMPLIANT.dutch());
    }

    @Test
    void the_obligations_sheet_has_a_row_per_pand_with_estimated_use_and_basis() {
        XSSFSheet sheet = wb.getSheet("Verplichtingen");
        assertThat(sheet.getLastRowNum()).isEqualTo(snapshot.buildings().size());
        Row first = sheet.getRow(1);
        // The 2,000 m2 office uses the most, so it comes first; its use is a number in kWh.
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo(TestParks.PAND_OFFICE);
        assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(4).getNumericCellValue()).isPositive();
        assertThat(first.getCell(6).getStringCellValue()).isEqualTo("geschat");
        assertThat(first.getCell(10).getStringCellValue()).contains("kWh").contains("kantoorfunctie");
        assertThat(column(sheet, 7))
                .allMatch(v -> v.equals("waarschijnlijk") || v.equals("niet waarschijnlijk") || v.equals("onbekend"));
    }

    @Test
    void every_table_has_a_bold_frozen_header_an_autofilter_and_measured_widths() {
        List<Boolean> fitted = new ArrayList<>();
        for (String name : List.of(
                "Adressenlijst",
                "Zon op dak",
                "Label C",
                "Verplichtingen",
                "Kansen individueel",
                "Kansen collectief")) {
            XSSFSheet sheet = wb.getSheet(name);
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .as(name)
                    .isEqualTo((short) 1);
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
            // Printed: landscape A4 with the header on every page; one page wide when that stays readable.
            assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            int totalChars = 0;
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                totalChars += sheet.getColumnWidth(c) / 256;
            }
            boolean narrow = TableSheet.fitsOnePageWide(totalChars);
            assertThat(sheet.getFitToPage()).as(name).isEqualTo(narrow);
            if (narrow) {
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            } else {
                assertThat(sheet.getPrintSetup().getLeftToRight()).as(name).isTrue();
            }
            fitted.add(narrow);
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                int chars = sheet.getColumnWidth(c) / 256;
                assertThat(chars).as("%s kolom %d", name, c).isBetween(6, 81);
                assertThat(chars)
                        .isGreaterThanOrEqualTo(
                                sheet.getRow(0).getCell(c).getStringCellValue().length());
            }
        }
        // The narrow Label C table is scaled to one page wide, the wide adressenlijst is not.
        assertThat(fitted).contains(true, false);
    }

    @Test
    void the_summary_names_park_date_sources_totals_and_every_assumption() {
        Sheet summary = wb.getSheet("Samenvatting");
        List<String> labels = column(summary, 0);
        Map<String, Row> rows = rowsBy(summary, 0);
        assertThat(rows.get("Bedrijventerrein").getCell(1).getStringCellValue()).isEqualTo("De Vaart");
        assertThat(rows.get("Park-id (RIN)").getCell(1).getStringCellValue()).isEqualTo("DR-0106-001");
        assertThat(rows.get("Gemeente").getCell(1).getStringCellValue()).isEqualTo("Assen");
        assertThat(rows.get("Bruto oppervlak (ha, volgens bron)").getCell(1).getNumericCellValue())
                .isEqualTo(12.5);
        assertThat(new DataFormatter().formatCellValue(rows.get("Exportdatum").getCell(1)))
                .isEqualTo("2026-11-24");
        assertThat(rows.get("Opgesteld door").getCell(1).getStringCellValue()).isEqualTo("J. de Adviseur");
        assertThat(rows.get("ep-online.csv").getCell(6).getNumericCellValue()).isEqualTo(1.0);
        assertThat(new DataFormatter()
                        .formatCellValue(rows.get("bag-assen.gpkg").getCell(3)))
                .isEqualTo("2026-11-20");
        assertThat(rows.get("Zonnepanelen (aantal)").getCell(1).getNumericCellValue())
                .isEqualTo(103 + 189 + 300 + 75);
        assertThat(rows.get("Panden: verplicht, geen label").getCell(1).getNumericCellValue())
                .isEqualTo(1.0);
        // Every assumption line of every analysis appears, split at its first ": " or whole.
        List<String> printed = new ArrayList<>();
        summary.forEach(r -> {
            String a = text(r.getCell(0));
            String b = text(r.getCell(1));
            printed.add(b.isEmpty() ? a : a + ": " + b);
        });
        var input = TestParks.withKansen(TestParks.fullInput(snapshot));
        assertThat(printed).containsAll(input.solar().assumptions().describe());
        assertThat(printed).containsAll(input.buildingAnalyses().orElseThrow().describeAssumptions());
        assertThat(printed)
                .containsAll(input.kansen().orElseThrow().assumptions().describe());
        // The kansen ran, so nothing is announced as missing.
        assertThat(labels).doesNotContain("Nog niet in deze werkmap");
    }

    @Test
    void the_document_properties_name_title_and_author() {
        var core = wb.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("Kansenkaart De Vaart 2026-11-24");
        assertThat(core.getCreator()).isEqualTo("Kansenkaart workbench");
        assertThat(core.getLastModifiedByUser()).isEqualTo("J. de Adviseur");
    }

    @Test
    void without_label_analyses_the_label_sheets_are_left_out_and_the_summary_says_so(@TempDir Path other)
            throws ReportException, IOException {
        Path written = ExcelWorkbookWriter.writeTo(
                other,
                WorkbookInput.of(
                        snapshot, SolarAnalysis.analyse(snapshot, SolarAssumptions.ACTUEEL), TestParks.EXPORT_DATE));
        try (InputStream in = Files.newInputStream(written);
                XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertThat(read.getNumberOfSheets()).isEqualTo(3);
            assertThat(column(read.getSheet("Samenvatting"), 0))
                    .contains("niet berekend bij deze export (bladen Label C en Verplichtingen ontbreken)")
                    .anyMatch(l -> l.startsWith("Kansen (lijsten van individuele en collectieve maatregelen)"));
            assertThat(read.getSheet("Adressenlijst").getRow(1).getCell(13)).isNull();
        }
    }

    @Test
    void a_file_that_cannot_be_written_gives_a_dutch_message_naming_it(@TempDir Path other) throws IOException {
        Path blocker = other.resolve("geen-map");
        Files.writeString(blocker, "ik ben een bestand");
        var input = TestParks.fullInput(snapshot);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExcelWorkbookWriter.writeTo(blocker, input))
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith(
                        "kan " + blocker.resolve("Kansenkaart De Vaart 2026-11-24.xlsx") + " niet schrijven");
    }

    static List<String> headers(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    static List<String> column(Sheet sheet, int column) {
        List<String> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                out.add(text(row.getCell(column)));
            }
        }
        return out;
    }

    static Map<String, Row> rowsBy(Sheet sheet, int column) {
        Map<String, Row> out = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null) {
                out.put(text(row.getCell(column)), row);
            }
        }
        return out;
    }

    static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    static List<String> formats(Row row, int... columns) {
        List<String> out = new ArrayList<>();
        for (int c : columns) {
            out.add(row.getCell(c).getCellStyle().getDataFormatString());
        }
        return out;
    }

    static String fill(Cell cell) {
        byte[] rgb = ((XSSFCellStyle) cell.getCellStyle())
                .getFillForegroundXSSFColor()
                .getRGB();
        return String.format("#%02x%02x%02x", rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff);
    }
}
