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

    private static final Company CAFE = new Company(
            "K10",
            "Café De Gröene Ĳssel",
            Optional.of("11223344"),
            Optional.empty(),
            Optional.of(new nl.kansenkaart.core.model.Address(
                    "Çurlystraße", 7, Optional.of("b"), Optional.empty(), "8011AB", "Zwölle")),
            Optional.empty());
    private static final Company RIJN = new Company(
            "K11", "IJzerhandel Rijn & Zoon", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    private static final Company NAIEF = new Company(
            "K12", "Naïef Ontwerp ’t Veld", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private void addDutchNames() throws Exception {
        try (ProjectStore store = ProjectStore.open(file);
                ImportSession s = store.beginImport(provenance("kvk-extra.csv", SourceKind.COMPANIES))) {
            s.add(CAFE);
            s.add(RIJN);
            s.add(NAIEF);
            s.commit(counts(3));
        }
    }

    @Test
    void dutch_names_are_found_whatever_the_accents_case_or_ij_as_typed() throws Exception {
        addDutchNames();
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.searchCompanies("cafe groene", 10)).containsExactly(CAFE);
            assertThat(store.searchCompanies("CAFÉ GRÖENE", 10)).containsExactly(CAFE);
            // The ligature ĳ in the name is found as typed "ij", "IJ" or as the ligature itself.
            assertThat(store.searchCompanies("ijssel", 10)).containsExactly(CAFE);
            assertThat(store.searchCompanies("IJssel", 10)).containsExactly(CAFE);
            assertThat(store.searchCompanies("ĳssel", 10)).containsExactly(CAFE);
            assertThat(store.searchCompanies("zwolle curlystrasse 7b", 10)).isEmpty(); // ß stays ß
            assertThat(store.searchCompanies("zwolle curlystraße 7b", 10)).containsExactly(CAFE);
            assertThat(store.searchCompanies("ijzerhandel rijn", 10)).containsExactly(RIJN);
            assertThat(store.searchCompanies("Ĳzerhandel", 10)).containsExactly(RIJN);
            assertThat(store.searchCompanies("naief 't veld", 10)).containsExactly(NAIEF);
            assertThat(store.searchCompanies("NAÏEF", 10)).containsExactly(NAIEF);
            // A word never spans two fields: the name's end and the KvK number's start are apart.
            assertThat(store.searchCompanies("ijssel11", 10)).isEmpty();
        }
    }

    @Test
    void a_version_4_file_gains_the_search_column_when_opened_and_finds_accented_names() throws Exception {
        addDutchNames();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement s = c.createStatement()) {
            // What a version-4 workbench left behind: no search column.
            s.execute("ALTER TABLE bedrijven DROP COLUMN zoektekst");
            s.execute("UPDATE projectinfo SET waarde = '4' WHERE sleutel = 'schema_version'");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(ProjectStore.CURRENT_SCHEMA_VERSION);
            assertThat(store.searchCompanies("cafe ijssel zwolle", 10)).containsExactly(CAFE);
            assertThat(store.searchCompanies("vaartweg 12a", 10)).containsExactly(MATCHED1);
            assertThat(store.companies()).hasSize(8);
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
