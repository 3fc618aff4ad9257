package nl.kansenkaart.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportFileNamesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void the_workbook_is_named_after_park_and_date() {
        assertThat(ReportFileNames.workbook("De Vaart", DAY)).isEqualTo("Kansenkaart De Vaart 2026-11-24.xlsx");
    }

    @Test
    void characters_windows_forbids_are_stripped() {
        assertThat(ReportFileNames.workbook("Bitseveld: Noord/Zuid <fase 2>? \"A|B\"*", DAY))
                .isEqualTo("Kansenkaart Bitseveld Noord Zuid fase 2 A B 2026-11-24.xlsx");
    }

    @Test
    void trailing_dots_control_characters_and_long_names_do_not_survive() {
        assertThat(ReportFileNames.workbook("Terrein e.o...\t", DAY))
                .isEqualTo("Kansenkaart Terrein e.o 2026-11-24.xlsx");
        assertThat(ReportFileNames.workbook("x".repeat(300), DAY)).hasSizeLessThan(160);
        assertThat(ReportFileNames.workbook("???", DAY)).isEqualTo("Kansenkaart park 2026-11-24.xlsx");
    }
}
