package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import nl.kansenkaart.app.engine.AnalysisAssumptions;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.app.map.BuildingColouring;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's analyses, edits, assumptions and presentation on the imported sample park, without a stage. */
class WorkbenchAnalysesTest {
    private static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 24);

    @TempDir
    static Path shared;

    private static Path sample;

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path project;
    private WorkbenchViewModel vm;

    @BeforeAll
    static void import_the_sample_park() throws Exception {
        sample = SampleProjects.create(shared);
    }

    @BeforeEach
    void open_a_copy() throws Exception {
        project = SampleProjects.copy(sample, dir);
        vm = open(project);
    }

    private WorkbenchViewModel open(Path file) {
        WorkbenchViewModel opened = new WorkbenchViewModel(
                new SynchronousTaskExecutor(), new SynchronousTaskExecutor(), dialogs, PEILDATUM);
        opened.openProject(file);
        opened.map().resize(800, 600);
        opened.parks().stream()
                .filter(p -> p.id().equals(SampleData.parkId()))
                .findFirst()
                .ifPresent(p -> opened.selectedParkProperty().set(p));
        return opened;
    }

    @AfterEach
    void close() {
        vm.close();
    }

    @Test
    void loading_the_park_fills_the_solar_label_and_obligation_tables() {
        assertThat(dialogs.errors).isEmpty();
        AnalysedPark a = vm.analysesProperty().get().orElseThrow();
        assertThat(a.snapshot().park().name()).isEqualTo("De Vaart");
        assertThat(vm.solarTable().rowCount())
                .isEqualTo(a.snapshot().buildings().size());
        assertThat(vm.solarTable().rows()).anySatisfy(r -> {
            assertThat(r.peakPowerKwp()).isPositive();
            assertThat(r.yieldKwhPerYear()).isPositive();
            assertThat(r.reason()).isNotBlank();
            assertThat(r.method()).isNotBlank();
        });
        assertThat(vm.labelTable().rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.officeAreaM2()).isPositive();
            assertThat(r.status()).isNotBlank();
            assertThat(r.reason()).isNotBlank();
        });
        assertThat(vm.obligationTable().rows()).isNotEmpty().allSatisfy(r -> assertThat(r.reason())
                .contains("kWh"));
        assertThat(vm.assumptions().currentProperty().get().solar().name()).isEqualTo("Actueel");
    }

    @Test
    void the_search_field_filters_the_solar_table_and_a_row_selects_its_pand() {
        SolarRow some = vm.solarTable().rows().stream()
                .filter(r -> !r.address().isEmpty())
                .findFirst()
                .orElseThrow();
        String street = some.address().split(" ")[0];
        vm.solarTable().searchProperty().set(street);
        assertThat(vm.solarTable().visibleRows()).isNotEmpty().allSatisfy(r -> assertThat(r.address())
                .containsIgnoringCase(street));

        vm.solarTable().select(some);

        assertThat(vm.selection().current())
                .map(SelectionModel.Selection::buildingId)
                .contains(some.pandId());
        assertThat(vm.building().results())
                .extracting(BuildingPanelViewModel.ResultLine::title)
                .contains("Zon op dak", "Label C", "Verplichtingen", "Netcapaciteit");
        assertThat(vm.building().results().get(0).reason()).isEqualTo(some.reason());
        assertThat(vm.addresses().selectedRowProperty().get())
                .map(AddressRow::pandId)
                .contains(some.pandId());
    }

    @Test
    void a_company_name_is_stored_at_once_and_found_again_after_reopening() throws Exception {
        AddressRow row = vm.addresses().visibleRows().get(3);
        vm.addresses().renameCompany(row, "Installatiebedrijf Van der Veen BV");

        AddressRow renamed = vm.addresses().visibleRows().stream()
                .filter(r -> r.unitId().equals(row.unitId()))
                .findFirst()
                .orElseThrow();
        assertThat(renamed.company()).isEqualTo("Installatiebedrijf Van der Veen BV");
        assertThat(vm.solarTable().rows())
                .filteredOn(r -> r.pandId().equals(row.pandId()))
                .singleElement()
                .extracting(SolarRow::company)
                .asString()
                .contains("Installatiebedrijf Van der Veen BV");
        vm.close();

        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(store.overrides())
                    .contains(new Override(
                            Override.OverrideTarget.UNIT,
                            row.unitId(),
                            "bedrijfsnaam",
                            "Installatiebedrijf Van der Veen BV"));
        }
        vm = open(project);
        assertThat(vm.addresses().visibleRows())
                .filteredOn(r -> r.unitId().equals(row.unitId()))
                .singleElement()
                .extracting(AddressRow::company)
                .isEqualTo("Installatiebedrijf Van der Veen BV");
    }

    @Test
    void a_measured_use_replaces_the_estimate_and_survives_reopening() {
        ObligationRow row = vm.obligationTable().rows().get(0);
        vm.obligationTable().select(row);
        vm.building().measuredElectricityProperty().set("12000000");
        vm.building().saveEdits();

        ObligationRow after = obligationRow(vm, row.pandId());
        assertThat(after.electricityKwh()).isEqualTo(12_000_000);
        assertThat(after.measured()).isEqualTo("gemeten");
        assertThat(after.obligation()).isEqualTo("onderzoeksplicht waarschijnlijk");
        vm.close();

        vm = open(project);
        assertThat(obligationRow(vm, row.pandId()).electricityKwh()).isEqualTo(12_000_000);
    }

    private static ObligationRow obligationRow(WorkbenchViewModel vm, String pandId) {
        return vm.obligationTable().rows().stream()
                .filter(r -> r.pandId().equals(pandId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_monument_flag_exempts_an_office_from_label_c() {
        LabelRow obliged = vm.labelTable().rows().stream()
                .filter(r -> r.status().equals("voldoet niet") || r.status().equals("verplicht, geen label"))
                .findFirst()
                .orElseThrow();
        vm.labelTable().select(obliged);
        vm.building().monumentProperty().set(true);
        vm.building().saveEdits();

        LabelRow after = vm.labelTable().rows().stream()
                .filter(r -> r.pandId().equals(obliged.pandId()))
                .findFirst()
                .orElseThrow();
        assertThat(after.status()).isEqualTo("vrijgesteld");
        assertThat(after.reason()).contains("monument");
        assertThat(vm.building().monumentProperty().get()).isTrue();
    }

    @Test
    void a_roof_marked_unsuitable_is_stored_and_the_solar_table_shows_zero_panels_with_the_reason() throws Exception {
        SolarRow row = vm.solarTable().rows().stream()
                .filter(r -> r.panels() > 0)
                .findFirst()
                .orElseThrow();
        vm.solarTable().select(row);
        vm.building().roofUnsuitableProperty().set(true);
        vm.building().saveEdits();

        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(store.overrides())
                    .contains(new Override(Override.OverrideTarget.BUILDING, row.pandId(), "dak_ongeschikt", "ja"));
        }
        SolarRow after = vm.solarTable().rows().stream()
                .filter(r -> r.pandId().equals(row.pandId()))
                .findFirst()
                .orElseThrow();
        assertThat(after.panels()).isZero();
        assertThat(after.peakPowerKwp()).isZero();
        assertThat(after.reason()).startsWith("dak door de adviseur als ongeschikt gemarkeerd: 0 panelen");
    }

    @Test
    void a_higher_panel_power_raises_the_kwp_in_the_solar_table() {
        SolarRow before = vm.solarTable().rows().stream()
                .filter(r -> r.panels() > 0)
                .findFirst()
                .orElseThrow();

        assertThat(vm.assumptions().set("zon.wattpiek_per_paneel", "500")).isTrue();

        SolarRow after = vm.solarTable().rows().stream()
                .filter(r -> r.pandId().equals(before.pandId()))
                .findFirst()
                .orElseThrow();
        assertThat(after.peakPowerKwp()).isGreaterThan(before.peakPowerKwp());
        assertThat(vm.assumptions().currentProperty().get().solar().name()).isEqualTo("Actueel (aangepast)");
    }

    @Test
    void a_refused_value_keeps_the_assumptions_and_says_why_in_dutch() {
        AnalysisAssumptions before = vm.assumptions().currentProperty().get();

        assertThat(vm.assumptions().set("zon.aandeel_eigen_gebruik", "1,5")).isFalse();

        assertThat(vm.assumptions().errorProperty().get())
                .startsWith("Niet toegepast")
                .contains("aandeel_eigen_gebruik");
        assertThat(vm.assumptions().currentProperty().get()).isEqualTo(before);
    }

    @Test
    void choosing_the_leidraad_preset_recomputes_with_the_leidraad_method() {
        vm.assumptions().solarPresetProperty().set(nl.kansenkaart.core.solar.SolarAssumptions.LEIDRAAD_DRENTHE);

        assertThat(vm.solarTable().rows())
                .filteredOn(r -> r.panels() > 0)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.method()).isEqualTo("Leidraad (footprint)"));
        assertThat(vm.assumptions()
                        .parameter("zon.wattpiek_per_paneel")
                        .valueProperty()
                        .get())
                .isEqualTo("308");
    }

    @Test
    void a_lower_saving_threshold_makes_more_obligations_likely() {
        long before = likely(vm);
        vm.assumptions().set("besparingsplicht.elektriciteit_kwh", "5000");
        assertThat(likely(vm)).isGreaterThan(before);
    }

    private static long likely(WorkbenchViewModel vm) {
        return vm.obligationTable().rows().stream()
                .filter(r -> !r.obligation().startsWith("waarschijnlijk geen"))
                .count();
    }

    @Test
    void presentation_mode_shows_the_key_figures_and_steps_through_the_themes() {
        PresentationViewModel p = vm.presentation();
        AnalysedPark a = vm.analysesProperty().get().orElseThrow();
        assertThat(p.titleProperty().get()).startsWith("De Vaart");
        assertThat(p.figures()).hasSize(6);
        assertThat(p.figures().get(0))
                .isEqualTo(new PresentationViewModel.Figure(
                        DutchFormat.whole(a.snapshot().buildings().size()), "panden"));
        assertThat(p.figures().get(2).value())
                .isEqualTo(DutchFormat.whole(a.solar().totals().peakPowerKwp()));

        p.toggle();
        assertThat(p.activeProperty().get()).isTrue();
        p.nextTheme();
        assertThat(vm.layers().colouringProperty().get()).isEqualTo(BuildingColouring.CONSTRUCTION_YEAR);
        assertThat(p.themeNameProperty().get()).startsWith("Huidige situatie");
        p.previousTheme();
        p.previousTheme();
        assertThat(vm.layers().colouringProperty().get()).isEqualTo(BuildingColouring.LABEL);
        p.leave();
        assertThat(p.activeProperty().get()).isFalse();
    }

    @Test
    void an_edit_without_a_project_file_recomputes_in_memory() {
        AnalysedPark a = vm.analysesProperty().get().orElseThrow();
        WorkbenchViewModel demo = new WorkbenchViewModel(
                new SynchronousTaskExecutor(), new SynchronousTaskExecutor(), dialogs, PEILDATUM);
        demo.showPark(a.snapshot());
        AddressRow row = demo.addresses().visibleRows().get(0);
        demo.addresses().renameCompany(row, "Demo BV");
        assertThat(demo.addresses().visibleRows())
                .filteredOn(r -> r.unitId().equals(row.unitId()))
                .singleElement()
                .extracting(AddressRow::company)
                .isEqualTo("Demo BV");
        assertThat(dialogs.errors).isEmpty();
        demo.close();
    }

    @Test
    void a_park_with_stored_assumptions_opens_with_them() throws Exception {
        vm.close();
        AnalysisAssumptions stored = AnalysisAssumptions.defaults(PEILDATUM)
                .withSolar(nl.kansenkaart.core.solar.SolarAssumptions.LEIDRAAD_DRENTHE);
        try (ProjectStore store = ProjectStore.open(project)) {
            ParkEngine.analyseAndStore(
                    store, SampleData.parkId(), stored, Instant.parse("2026-11-24T10:00:00Z"), Progress.NONE);
        }

        vm = open(project);

        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.assumptions().currentProperty().get()).isEqualTo(stored);
        assertThat(vm.assumptions().solarPresetProperty().get())
                .isEqualTo(nl.kansenkaart.core.solar.SolarAssumptions.LEIDRAAD_DRENTHE);
        assertThat(vm.analysesProperty().get().orElseThrow().assumptions()).isEqualTo(stored);
        assertThat(vm.solarTable().rows())
                .filteredOn(r -> r.panels() > 0)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.method()).isEqualTo("Leidraad (footprint)"));
        assertThat(vm.savedAssumptions().unsavedProperty().get()).isFalse();
    }

    @Test
    void saving_changed_assumptions_stores_them_with_the_results_for_the_export() throws Exception {
        assertThat(vm.savedAssumptions().unsavedProperty().get()).isTrue();
        assertThat(vm.assumptions().set("zon.wattpiek_per_paneel", "500")).isTrue();
        AnalysisAssumptions changed = vm.assumptions().currentProperty().get();

        vm.saveAssumptionsToProject();

        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.savedAssumptions().unsavedProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Resultaten en aannames opgeslagen");
        vm.close();
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(ParkEngine.storedAssumptions(store, SampleData.parkId(), PEILDATUM))
                    .contains(changed);
            assertThat(store.storedAssumptions(SampleData.parkId()))
                    .anySatisfy(t -> assertThat(t.text()).contains("zon.wattpiek_per_paneel=500"));
        }
        vm = open(project);
        assertThat(vm.assumptions().currentProperty().get()).isEqualTo(changed);
        assertThat(vm.assumptions()
                        .parameter("zon.wattpiek_per_paneel")
                        .valueProperty()
                        .get())
                .isEqualTo("500");
    }

    @Test
    void the_kansen_tab_lists_the_engines_individual_opportunities_by_score_with_the_shared_selection() {
        AnalysedPark a = vm.analysesProperty().get().orElseThrow();
        java.util.List<KansenRow> rows = vm.kansenTable().rows();

        assertThat(rows).hasSize(a.kansen().individual().size()).isNotEmpty();
        assertThat(rows).extracting(KansenRow::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.kind()).isNotBlank();
            assertThat(r.explanation()).isNotBlank();
            assertThat(a.snapshot().buildings())
                    .anySatisfy(b -> assertThat(b.id()).isEqualTo(r.pandId()));
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.address()).isNotBlank());

        KansenRow last = rows.get(rows.size() - 1);
        vm.kansenTable().select(last);
        assertThat(vm.selection().current().orElseThrow().buildingId()).isEqualTo(last.pandId());
        assertThat(vm.solarTable().selectedRowProperty().get())
                .hasValueSatisfying(r -> assertThat(r.pandId()).isEqualTo(last.pandId()));

        KansenRow first = rows.get(0);
        vm.selection().select(first.pandId(), java.util.Optional.empty(), SelectionModel.Origin.MAP);
        assertThat(vm.kansenTable().selectedRowProperty().get())
                .hasValueSatisfying(r -> assertThat(r.pandId()).isEqualTo(first.pandId()));
    }

    @Test
    void presentation_mode_cycles_to_the_kansen_en_uitdagingen_theme() {
        PresentationViewModel p = vm.presentation();
        p.toggle();

        p.nextTheme();
        p.nextTheme();

        assertThat(vm.layers().choiceProperty().get()).isEqualTo(MapChoice.OPPORTUNITIES);
        assertThat(p.themeNameProperty().get()).startsWith("Kansen en uitdagingen");
        assertThat(vm.layers().themeProperty().get().layers())
                .extracting(nl.kansenkaart.app.map.LayerStyle::layer)
                .contains(nl.kansenkaart.app.map.MapLayer.OPPORTUNITIES, nl.kansenkaart.app.map.MapLayer.GRID_FEED_IN);
        assertThat(vm.map().content().orElseThrow().features(nl.kansenkaart.app.map.MapLayer.BUILDINGS))
                .isNotEmpty();
        p.nextTheme();
        assertThat(vm.layers().colouringProperty().get()).isEqualTo(BuildingColouring.LABEL);
        assertThat(p.themeNameProperty().get()).startsWith("Huidige situatie");
        p.nextTheme();
        assertThat(vm.layers().choiceProperty().get()).isEqualTo(MapChoice.FUNCTION);
    }

    @Test
    void export_writes_the_workbook_and_maps_into_the_chosen_folder_and_lists_them() throws Exception {
        vm.assumptions().set("zon.wattpiek_per_paneel", "500");
        vm.saveAssumptionsToProject();
        Path out = dir.resolve("export");
        java.nio.file.Files.createDirectories(out);
        dialogs.exportFolder = java.util.Optional.of(out);

        vm.export().chooseFolderAndExport();

        assertThat(dialogs.errors).isEmpty();
        var result = vm.export().lastExportProperty().get().orElseThrow();
        assertThat(result.storedAssumptions()).isTrue();
        assertThat(result.workbook()).startsWith(out).isRegularFile();
        assertThat(result.workbook().getFileName().toString()).endsWith(".xlsx");
        try (var in = java.nio.file.Files.newInputStream(result.workbook())) {
            // An xlsx is a zip: it starts with "PK".
            assertThat(in.readNBytes(2)).containsExactly('P', 'K');
        }
        assertThat(result.maps())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m).startsWith(out).isRegularFile());
        assertThat(result.analyses().solar().totals().peakPowerKwp())
                .isEqualTo(vm.analysesProperty()
                        .get()
                        .orElseThrow()
                        .solar()
                        .totals()
                        .peakPowerKwp());
        assertThat(dialogs.information).singleElement().satisfies(text -> {
            assertThat(text).contains(result.workbook().getFileName().toString());
            assertThat(text).contains("opgeslagen");
        });
        assertThat(vm.statusProperty().get()).contains(result.files().size() + " bestanden geschreven");
    }

    @Test
    void a_cancelled_folder_choice_exports_nothing() {
        vm.export().chooseFolderAndExport();

        assertThat(vm.export().lastExportProperty().get()).isEmpty();
        assertThat(dialogs.information).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
