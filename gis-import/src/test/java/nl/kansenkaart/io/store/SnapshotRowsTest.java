package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class SnapshotRowsTest {

    @Test
    void every_day_of_sixty_years_reads_as_local_date_parse_reads_it() {
        for (LocalDate d = LocalDate.of(1990, 1, 1); d.getYear() < 2050; d = d.plusDays(1)) {
            String text = d.toString();
            assertThat(SnapshotRows.isoDate(text)).isEqualTo(LocalDate.parse(text));
        }
    }

    @Test
    void unusual_dates_still_go_through_the_formatter() {
        assertThat(SnapshotRows.isoDate("0000-01-01")).isEqualTo(LocalDate.parse("0000-01-01"));
        assertThat(SnapshotRows.isoDate("+10000-01-01")).isEqualTo(LocalDate.parse("+10000-01-01"));
        assertThat(SnapshotRows.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void an_impossible_date_fails_as_before() {
        for (String bad :
                new String[] {"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "2024/01/01"}) {
            assertThatThrownBy(() -> SnapshotRows.isoDate(bad)).isInstanceOf(DateTimeParseException.class);
        }
    }
}
