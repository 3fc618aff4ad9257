package nl.kansenkaart.app.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class SheetNamesTest {
    @Test
    void forbidden_characters_are_replaced_and_the_name_is_cut_to_31() {
        String name =
                SheetNames.safe("Zon/op:dak [concept] *? \\ voor een heel lang bedrijventerrein", new HashSet<>());
        assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContain("/", ":", "[", "]", "*", "?", "\\");
    }

    @Test
    void a_name_excel_accepts_is_kept_as_it_is() {
        assertThat(SheetNames.safe("Zon op dak", new HashSet<>())).isEqualTo("Zon op dak");
    }

    @Test
    void every_result_passes_pois_own_sheet_name_check() {
        for (String wanted : new String[] {"'quoted'", "a]b[c", "?", "  ", "x".repeat(40), "Label C: 2026/11"}) {
            String name = SheetNames.safe(wanted, new HashSet<>());
            WorkbookUtil.validateSheetName(name);
            assertThat(name).hasSizeBetween(1, 31).doesNotStartWith("'").doesNotEndWith("'");
        }
    }

    @Test
    void names_that_collide_ignoring_case_get_a_number() {
        Set<String> taken = new HashSet<>();
        assertThat(SheetNames.safe("Label C", taken)).isEqualTo("Label C");
        assertThat(SheetNames.safe("label c", taken)).isEqualTo("label c (2)");
        assertThat(SheetNames.safe("x".repeat(40), taken)).hasSize(31);
        assertThat(SheetNames.safe("x".repeat(40), taken)).isEqualTo("x".repeat(27) + " (2)");
    }
}
