package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.store.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;
import nl.kansenkaart.io.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Bedrijf koppelen…" against the whole KvK list: searching the project's companies with a limit, and
 * a company matched by hand to a unit of a park loading with that park wherever its own address is.
 */
class CompanySearchTest {
    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void fill() throws Exception {
        file = dir.resolve("project.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            importAll(store);
        }
    }

    @Test
    void every_word_must_occur_in_the_name_kvk_number_or_address_whatever_the_case() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.searchCompanies("smit", 10)).containsExactly(MATCHED1);
            assertThat(store.searchCompanies("87654321", 10)).containsExactly(UNMATCHED_FAR);
            assertThat(store.searchCompanies("DORPSSTRAAT 3 elders", 10)).containsExactly(UNMATCHED_FAR);
            // The postcode as typed with or without its space, with the house number and letter.
            assertThat(store.searchCompanies("9401 ab", 10)).containsExactly(MATCHED1);
            assertThat(store.searchCompanies("vaartweg 12a", 10)).containsExactly(MATCHED1);
            assertThat(store.searchCompanies("vaartweg", 10)).containsExactly(UNMATCHED_NEAR, MATCHED1);
            assertThat(store.searchCompanies("smit elders", 10)).isEmpty();
        }
    }

    @Test
    void the_limit_holds_and_a_blank_query_gives_the_first_by_name() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.searchCompanies("  ", 2)).containsExactly(UNMATCHED_NEAR, UNMATCHED_FAR);
            assertThat(store.searchCompanies("", 100)).hasSize(5);
            assertThatThrownBy(() -> store.searchCompanies("x", 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void like_wildcards_in_the_query_are_plain_text() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.searchCompanies("%", 10)).isEmpty();
            assertThat(store.searchCompanies("_", 10)).isEmpty();
        }
    }

    @Test
    void a_company_matched_by_hand_to_a_unit_of_the_park_loads_with_it_and_its_edit_applies() throws Exception {
        Override matched = new Override(OverrideTarget.COMPANY, UNMATCHED_FAR.id(), "verblijfsobject", U1);
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.load("P1").companies()).doesNotContain(UNMATCHED_FAR);
            store.saveOverride(matched);
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.load("P1").companies()).contains(UNMATCHED_FAR, MATCHED1, UNMATCHED_NEAR);
            assertThat(store.load("P1").overrides()).contains(matched);
            // Not in the other park, which does not hold U1.
            assertThat(store.load("P2").companies()).doesNotContain(UNMATCHED_FAR);
        }
    }

    @Test
    void a_national_sized_list_is_searched_without_reading_it_all() throws Exception {
        Path big = dir.resolve("groot.gpkg");
        try (ProjectStore store = ProjectStore.create(big)) {
            try (ImportSession s = store.beginImport(provenance("kvk.csv", SourceKind.COMPANIES))) {
                for (int i = 0; i < 20_000; i++) {
                    s.add(new Company(
                            "C" + i,
                            "Bedrijf " + i,
                            Optional.of(String.format("%08d", i)),
                            Optional.empty(),
                            Optional.of(A4),
                            Optional.empty()));
                }
                s.commit(counts(20_000));
            }
            assertThat(store.searchCompanies("bedrijf", 50)).hasSize(50);
            assertThat(store.searchCompanies("00019999", 50))
                    .singleElement()
                    .extracting(Company::name)
                    .isEqualTo("Bedrijf 19999");
        }
    }
}
