package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import nl.kansenkaart.app.engine.CompanyMatches;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;
import org.junit.jupiter.api.Test;

/** "Bedrijf koppelen…" on the imported sample park: links and unlinks land in the project file and survive. */
class CompanyMatchViewModelTest extends SampleCopyFixture {

    /** A VBO of the park without any company, so a link is the only thing naming it. */
    private AddressRow rowWithoutCompany(WorkbenchViewModel on) {
        return on.addresses().visibleRows().stream()
                .filter(r -> r.company().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private static AddressRow row(WorkbenchViewModel on, String unitId) {
        return on.addresses().visibleRows().stream()
                .filter(r -> r.unitId().equals(unitId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void unmatched_companies_come_first_and_the_search_narrows_the_list() {
        AddressRow target = rowWithoutCompany(vm);
        CompanyMatchViewModel match = vm.companyMatch();
        match.open(target.unitId());

        assertThat(match.headingProperty().get()).startsWith("Bedrijven op " + target.street());
        assertThat(match.linked()).isEmpty();
        assertThat(match.candidates()).isNotEmpty();
        long unmatched = vm.analysesProperty().get().orElseThrow().snapshot().companies().stream()
                .filter(c -> c.unitId().isEmpty())
                .count();
        assertThat(unmatched).as("the sample has unmatched KvK rows").isPositive();
        // Every unmatched company is listed before every matched one.
        for (int i = 0; i < match.candidates().size(); i++) {
            boolean matched = !match.candidates().get(i).matchedUnitId().isEmpty();
            assertThat(matched).isEqualTo(i >= unmatched);
        }
        assertThat(match.candidates().get(0).matchedTo()).isEqualTo("niet gekoppeld");

        CompanyMatchViewModel.Candidate some =
                match.candidates().get(match.candidates().size() - 1);
        match.searchProperty().set(some.kvkNumber());
        assertThat(match.candidates())
                .extracting(CompanyMatchViewModel.Candidate::companyId)
                .contains(some.companyId())
                .allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(match.candidates()).allSatisfy(c -> assertThat(c.kvkNumber()).isEqualTo(some.kvkNumber()));
    }

    @Test
    void a_company_linked_to_a_vbo_is_in_the_project_file_and_survives_reopening_and_a_kvk_reimport() throws Exception {
        AddressRow target = rowWithoutCompany(vm);
        CompanyMatchViewModel match = vm.companyMatch();
        match.open(target.unitId());
        CompanyMatchViewModel.Candidate chosen = match.candidates().get(0);
        assertThat(chosen.matchedUnitId()).isEmpty();

        match.link(chosen);

        assertThat(match.linked())
                .extracting(CompanyMatchViewModel.Candidate::companyId)
                .containsExactly(chosen.companyId());
        assertThat(match.candidates())
                .extracting(CompanyMatchViewModel.Candidate::companyId)
                .doesNotContain(chosen.companyId());
        assertThat(row(vm, target.unitId()).company()).isEqualTo(chosen.name());
        assertThat(dialogs.errors).isEmpty();
        vm.close();

        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(store.overrides())
                    .contains(new Override(
                            Override.OverrideTarget.COMPANY,
                            chosen.companyId(),
                            CompanyMatches.UNIT_KEY,
                            target.unitId()));
        }
        WorkbenchViewModel reopened = open(project);
        assertThat(row(reopened, target.unitId()).company()).isEqualTo(chosen.name());
        reopened.close();

        // The KvK list imported again replaces the company rows; the consultant's match stays.
        Path sources = SampleData.extractTo(dir.resolve("bronnen"));
        try (ProjectStore store = ProjectStore.open(project)) {
            new Importer()
                    .importFile(
                            store,
                            sources.resolve(SampleData.KVK_FILE),
                            Optional.empty(),
                            Optional.empty(),
                            Progress.NONE);
            assertThat(store.companies())
                    .filteredOn(c -> c.id().equals(chosen.companyId()))
                    .singleElement()
                    .extracting(Company::unitId)
                    .isEqualTo(Optional.empty());
        }
        vm = open(project);
        assertThat(row(vm, target.unitId()).company()).isEqualTo(chosen.name());
        vm.companyMatch().open(target.unitId());
        assertThat(vm.companyMatch().linked())
                .extracting(CompanyMatchViewModel.Candidate::companyId)
                .containsExactly(chosen.companyId());
    }

    @Test
    void unlinking_the_imported_match_empties_the_company_of_the_vbo_after_reopening() {
        AddressRow matched = vm.addresses().visibleRows().stream()
                .filter(r -> !r.company().isEmpty())
                .findFirst()
                .orElseThrow();
        CompanyMatchViewModel match = vm.companyMatch();
        match.open(matched.unitId());
        assertThat(match.linked()).isNotEmpty();

        for (CompanyMatchViewModel.Candidate c : java.util.List.copyOf(match.linked())) {
            match.unlink(c);
        }

        assertThat(match.linked()).isEmpty();
        assertThat(row(vm, matched.unitId()).company()).isEmpty();
        // The unlinked companies are candidates again, among the unmatched ones at the top.
        assertThat(match.candidates().get(0).matchedUnitId()).isEmpty();
        vm.close();

        vm = open(project);
        assertThat(row(vm, matched.unitId()).company()).isEmpty();
    }

    /** A KvK row with a wrong postcode (Groningen instead of Assen): not among the park's companies. */
    private Path importCompanyElsewhere(String name, String kvk) throws Exception {
        Path csv = java.nio.file.Files.writeString(
                dir.resolve("kvk_elders.csv"),
                "KvK-nummer;Vestigingsnummer;Handelsnaam;Straat;Huisnummer;Huisletter;Toevoeging;Postcode;Plaats;"
                        + "SBI-code;SBI-omschrijving\n"
                        + kvk + ";000099999999;" + name + ";Vaartweg;999;;;9711 AA;Groningen;2511;Metaal\n",
                java.nio.charset.StandardCharsets.UTF_8);
        vm.close();
        try (ProjectStore store = ProjectStore.open(project)) {
            new Importer().importFile(store, csv, Optional.empty(), Optional.empty(), Progress.NONE);
        }
        vm = open(project);
        return csv;
    }

    @Test
    void a_company_elsewhere_in_the_project_is_found_by_name_kvk_number_or_address_and_not_listed_unsearched()
            throws Exception {
        importCompanyElsewhere("Zwerver Techniek B.V.", "77777777");
        assertThat(vm.analysesProperty().get().orElseThrow().snapshot().companies())
                .noneMatch(c -> c.name().equals("Zwerver Techniek B.V."));
        CompanyMatchViewModel match = vm.companyMatch();
        match.open(rowWithoutCompany(vm).unitId());
        assertThat(match.candidates()).noneMatch(c -> c.name().equals("Zwerver Techniek B.V."));
        assertThat(match.searchNoteProperty().get()).isEmpty();

        for (String query : java.util.List.of("zwerver", "77777777", "vaartweg 999", "9711 aa groningen")) {
            match.searchProperty().set(query);
            assertThat(match.candidates())
                    .as(query)
                    .filteredOn(c -> c.name().equals("Zwerver Techniek B.V."))
                    .singleElement()
                    .satisfies(c -> assertThat(c.matchedTo()).isEqualTo("niet gekoppeld"));
            assertThat(match.searchNoteProperty().get()).contains("overige bedrijven in het project");
        }
        // The park's own companies that match stay on top.
        match.searchProperty().set("vaartweg");
        assertThat(match.candidates().get(0).name()).isNotEqualTo("Zwerver Techniek B.V.");
        assertThat(match.candidates().get(match.candidates().size() - 1).name()).isEqualTo("Zwerver Techniek B.V.");
    }

    @Test
    void a_company_found_elsewhere_is_linked_to_the_vbo_and_stays_linked_after_reopening() throws Exception {
        importCompanyElsewhere("Zwerver Techniek B.V.", "77777777");
        AddressRow target = rowWithoutCompany(vm);
        CompanyMatchViewModel match = vm.companyMatch();
        match.open(target.unitId());
        match.searchProperty().set("zwerver");
        CompanyMatchViewModel.Candidate found = match.candidates().stream()
                .filter(c -> c.name().equals("Zwerver Techniek B.V."))
                .findFirst()
                .orElseThrow();

        match.link(found);

        assertThat(dialogs.errors).isEmpty();
        assertThat(row(vm, target.unitId()).company()).isEqualTo("Zwerver Techniek B.V.");
        assertThat(match.linked())
                .extracting(CompanyMatchViewModel.Candidate::companyId)
                .containsExactly(found.companyId());
        vm.close();

        vm = open(project);
        assertThat(row(vm, target.unitId()).company()).isEqualTo("Zwerver Techniek B.V.");
        vm.companyMatch().open(target.unitId());
        assertThat(vm.companyMatch().linked())
                .extracting(CompanyMatchViewModel.Candidate::name)
                .containsExactly("Zwerver Techniek B.V.");
    }

    @Test
    void a_search_matching_more_than_the_limit_shows_the_limit_and_says_so() throws Exception {
        StringBuilder csv = new StringBuilder("KvK-nummer;Vestigingsnummer;Handelsnaam;Straat;Huisnummer;Huisletter;"
                + "Toevoeging;Postcode;Plaats;SBI-code;SBI-omschrijving\n");
        int many = CompanyMatchViewModel.SEARCH_LIMIT + 50;
        for (int i = 0; i < many; i++) {
            csv.append(String.format(
                    "%08d;%012d;Filiaal %d Bakkerij Veldkamp;Markt;%d;;;9711 AA;Groningen;1071;Brood%n",
                    50_000_000 + i, i, i, i + 1));
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("kvk_veel.csv"), csv);
        vm.close();
        try (ProjectStore store = ProjectStore.open(project)) {
            new Importer().importFile(store, file, Optional.empty(), Optional.empty(), Progress.NONE);
        }
        vm = open(project);
        CompanyMatchViewModel match = vm.companyMatch();
        match.open(rowWithoutCompany(vm).unitId());
        match.searchProperty().set("bakkerij veldkamp");
        assertThat(match.candidates()).hasSize(CompanyMatchViewModel.SEARCH_LIMIT);
        assertThat(match.searchNoteProperty().get()).contains("Meer dan 200", "Verfijn");
        match.searchProperty().set("50000249");
        assertThat(match.candidates())
                .singleElement()
                .extracting(CompanyMatchViewModel.Candidate::name)
                .isEqualTo("Filiaal 249 Bakkerij Veldkamp");
    }

    @Test
    void a_match_override_with_an_id_that_is_no_vbo_is_ignored_rather_than_failing_the_park() {
        var a = vm.analysesProperty().get().orElseThrow();
        Company any = a.snapshot().companies().get(0);
        var edited = AnalysedPark.withOverride(
                a.snapshot(), new Override(Override.OverrideTarget.COMPANY, any.id(), CompanyMatches.UNIT_KEY, "abc"));
        assertThat(CompanyMatches.apply(edited).companies()).contains(any);
    }
}
