package nl.kansenkaart.app.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import nl.kansenkaart.app.report.WorkbookInput;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A few thousand rows: more rows than SXSSF keeps in memory, every label class, one style per kind. */
class LargeWorkbookTest {
    @Test
    void rows_beyond_the_streaming_window_arrive_and_styles_do_not_grow_with_rows() throws IOException {
        int units = 3_000;
        ParkSnapshot snapshot = AddressListBenchmark.park(units);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelWorkbookWriter.write(
                WorkbookInput.of(
                        snapshot,
                        SolarAnalysis.analyse(snapshot, SolarAssumptions.ACTUEEL),
                        LocalDate.of(2026, 11, 24)),
                out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet addresses = wb.getSheet("Adressenlijst");
            assertThat(units).isGreaterThan(ExcelWorkbookWriter.ROW_WINDOW * 10);
            assertThat(addresses.getLastRowNum()).isEqualTo(units);
            assertThat(wb.getSheet("Zon op dak").getLastRowNum())
                    .isEqualTo(snapshot.buildings().size());
            java.util.Set<String> classes = new java.util.HashSet<>();
            for (int r = 1; r <= units; r++) {
                var row = addresses.getRow(r);
                assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
                if (row.getCell(12) != null) {
                    classes.add(row.getCell(12).getStringCellValue());
                }
            }
            assertThat(classes).hasSize(LabelClass.values().length);
            // Header, heading, bold, two text, one per number format, one per label class and the default.
            long numberFormats = java.util.Arrays.stream(NumberFormat.values())
                    .filter(f -> f.excelFormat() != null)
                    .count();
            assertThat(numberFormats).isEqualTo(10);
            assertThat(wb.getNumCellStyles()).isEqualTo(5 + numberFormats + LabelClass.values().length + 1);
        }
    }
}
