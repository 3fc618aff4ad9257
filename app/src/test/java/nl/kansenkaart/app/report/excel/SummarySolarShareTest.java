package nl.kansenkaart.app.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.app.report.TestParks;
import nl.kansenkaart.app.report.WorkbookInput;
import nl.kansenkaart.core.solar.SolarReport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Samenvatting sets the solar yield against the park's estimated electricity use, and says it is an estimate. */
class SummarySolarShareTest {
    @TempDir
    Path dir;

    private List<Row> summaryRows(WorkbookInput in) throws Exception {
        Path file = ExcelWorkbookWriter.writeTo(dir, in);
        try (InputStream is = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(is)) {
            Sheet s = wb.getSheet("Samenvatting");
            List<Row> rows = new ArrayList<>();
            s.forEach(rows::add);
            return rows;
        }
    }

    private static int indexOf(List<Row> rows, String label) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.getCell(0) != null && r.getCell(0).toString().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void the_share_row_is_followed_by_the_estimated_use_and_the_words_that_it_is_an_estimate() throws Exception {
        WorkbookInput base = TestParks.fullInput(TestParks.deVaart());
        SolarReport solar = base.solar().withElectricityUseEstimate(250_000);
        WorkbookInput in = new WorkbookInput(
                base.snapshot(), solar, base.buildingAnalyses(), base.sources(), base.exportDate(), base.consultant());

        List<Row> rows = summaryRows(in);
        int share = indexOf(rows, "Aandeel in geschat elektriciteitsgebruik park");
        assertThat(share).isPositive();
        assertThat(rows.get(share).getCell(1).getNumericCellValue())
                .isCloseTo(solar.totals().yieldMwhPerYear() / 250, within(1e-12));
        assertThat(rows.get(share + 1).getCell(0).toString())
                .isEqualTo("Geschat elektriciteitsgebruik park (kWh/jaar)");
        assertThat(rows.get(share + 1).getCell(1).getNumericCellValue()).isCloseTo(250_000, within(1e-6));
        assertThat(rows.get(share + 2).getCell(0).toString())
                .startsWith("Een schatting: gebruiksoppervlak x kentallen");
    }

    @Test
    void without_an_estimate_the_summary_says_the_share_is_unknown() throws Exception {
        List<Row> rows = summaryRows(TestParks.fullInput(TestParks.deVaart()));
        assertThat(indexOf(rows, "Aandeel in geschat elektriciteitsgebruik park"))
                .isEqualTo(-1);
        assertThat(indexOf(
                        rows, "Aandeel in elektriciteitsgebruik park: onbekend (nog geen schatting van het gebruik)"))
                .isPositive();
    }
}
