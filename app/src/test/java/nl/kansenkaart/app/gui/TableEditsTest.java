package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editing in the tables, on the imported sample park: measured use in Verplichtingen, monument and
 * demolition in Label C, roof unsuitable in Zon op dak; each edit is in the project file at once and
 * the table shows the recomputed result.
 */
class TableEditsTest extends SampleCopyFixture {
    @BeforeEach
    void the_copy_is_analysed() {
        assertThat(vm.analysesProperty().get()).isPresent();
    }

    private ObligationRow obligation(String pand) {
        return vm.obligationTable().rows().stream()
                .filter(r -> r.pandId().equals(pand))
                .findFirst()
                .orElseThrow();
    }

    private java.util.List<Override> stored() throws Exception {
        vm.close();
        try (ProjectStore store = ProjectStore.open(project)) {
            return store.overrides();
        }
    }

    @Test
    void a_measured_electricity_use_typed_in_verplichtingen_replaces_the_estimate_and_is_stored() throws Exception {
        ObligationRow before = vm.obligationTable().rows().get(0);
        assertThat(before.measured()).isEqualTo("geschat");

        vm.obligationTable().setMeasured(before.pandId(), ObligationAssumptions.MEASURED_ELECTRICITY_KEY, "61.000");

        ObligationRow after = obligation(before.pandId());
        assertThat(after.electricityKwh()).isEqualTo(61_000.0);
        assertThat(after.measured()).contains("gemeten");
        assertThat(dialogs.errors).isEmpty();

        // Emptying the cell goes back to the estimate.
        vm.obligationTable().setMeasured(before.pandId(), ObligationAssumptions.MEASURED_ELECTRICITY_KEY, " ");
        assertThat(obligation(before.pandId()).electricityKwh()).isEqualTo(before.electricityKwh());
        assertThat(stored()).isEmpty();
    }

    @Test
    void clearing_a_measured_use_removes_its_edit_and_keeps_the_other_edits_after_reopening() throws Exception {
        ObligationRow before = vm.obligationTable().rows().get(0);
        String pand = before.pandId();
        vm.obligationTable().setMeasured(pand, ObligationAssumptions.MEASURED_ELECTRICITY_KEY, "61.000");
        vm.obligationTable().setMeasured(pand, ObligationAssumptions.MEASURED_GAS_KEY, "12.000");
        vm.labelTable().setBuildingFlag(pand, BuildingPanelViewModel.MONUMENT_KEY, true);

        vm.obligationTable().setMeasured(pand, ObligationAssumptions.MEASURED_ELECTRICITY_KEY, "");

        ObligationRow after = obligation(pand);
        assertThat(after.electricityKwh()).isEqualTo(before.electricityKwh());
        assertThat(after.gasM3()).isEqualTo(12_000.0);
        assertThat(vm.obligationTable().buildingEdit(pand, ObligationAssumptions.MEASURED_ELECTRICITY_KEY))
                .isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(stored())
                .containsExactlyInAnyOrder(
                        new Override(
                                Override.OverrideTarget.BUILDING,
                                pand,
                                ObligationAssumptions.MEASURED_GAS_KEY,
                                "12.000"),
                        new Override(
                                Override.OverrideTarget.BUILDING, pand, BuildingPanelViewModel.MONUMENT_KEY, "ja"));

        // Reopened, the cleared cell still shows the estimate and the other edits still count.
        vm = open(project);
        ObligationRow reopened = obligation(pand);
        assertThat(reopened.electricityKwh()).isEqualTo(before.electricityKwh());
        assertThat(reopened.gasM3()).isEqualTo(12_000.0);
        assertThat(vm.labelTable().buildingFlag(pand, BuildingPanelViewModel.MONUMENT_KEY))
                .isTrue();
    }

    @Test
    void unticking_a_flag_removes_its_edit_instead_of_storing_nee() throws Exception {
        SolarRow roof = vm.solarTable().rows().stream()
                .filter(r -> r.panels() > 0)
                .findFirst()
                .orElseThrow();
        vm.solarTable().setBuildingFlag(roof.pandId(), AnalysedPark.ROOF_UNSUITABLE_KEY, true);

        vm.solarTable().setBuildingFlag(roof.pandId(), AnalysedPark.ROOF_UNSUITABLE_KEY, false);

        SolarRow after = vm.solarTable().rows().stream()
                .filter(r -> r.pandId().equals(roof.pandId()))
                .findFirst()
                .orElseThrow();
        assertThat(after.panels()).isEqualTo(roof.panels());
        assertThat(stored()).isEmpty();
    }

    @Test
    void clearing_a_typed_company_name_brings_back_the_kvk_name() throws Exception {
        // A row with a KvK name when the sample has one, else any row (its name is then empty).
        AddressRow row = vm.addresses().visibleRows().stream()
                .sorted(java.util.Comparator.comparing(r -> r.company().isEmpty()))
                .findFirst()
                .orElseThrow();
        vm.addresses().renameCompany(row, "Getypte Naam BV");
        AddressRow typed = address(row.unitId());
        assertThat(typed.company()).isEqualTo("Getypte Naam BV");

        vm.addresses().renameCompany(typed, " ");

        assertThat(address(row.unitId()).company()).isEqualTo(row.company());
        assertThat(stored()).isEmpty();
    }

    private AddressRow address(String unitId) {
        return vm.addresses().visibleRows().stream()
                .filter(r -> r.unitId().equals(unitId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void typing_the_same_value_again_stores_nothing() throws Exception {
        ObligationRow row = vm.obligationTable().rows().get(0);
        vm.obligationTable().setMeasured(row.pandId(), ObligationAssumptions.MEASURED_GAS_KEY, "1200");
        int edits = stored().size();
        vm = open(project);
        String status = vm.statusProperty().get();
        vm.obligationTable().setMeasured(row.pandId(), ObligationAssumptions.MEASURED_GAS_KEY, "1200 ");
        assertThat(vm.statusProperty().get()).isEqualTo(status);
        assertThat(stored()).hasSize(edits);
    }

    @Test
    void a_monument_ticked_in_label_c_changes_the_status_and_is_stored() throws Exception {
        LabelRow office = vm.labelTable().rows().stream()
                .filter(r -> r.status().equals("voldoet niet"))
                .findFirst()
                .orElseThrow();
        assertThat(vm.labelTable().buildingFlag(office.pandId(), BuildingPanelViewModel.MONUMENT_KEY))
                .isFalse();

        vm.labelTable().setBuildingFlag(office.pandId(), BuildingPanelViewModel.MONUMENT_KEY, true);

        assertThat(vm.labelTable().buildingFlag(office.pandId(), BuildingPanelViewModel.MONUMENT_KEY))
                .isTrue();
        LabelRow after = vm.labelTable().rows().stream()
                .filter(r -> r.pandId().equals(office.pandId()))
                .findFirst()
                .orElseThrow();
        assertThat(after.status()).isNotEqualTo("voldoet niet");
        assertThat(after.reason()).containsIgnoringCase("monument");

        vm.labelTable().setBuildingFlag(office.pandId(), BuildingPanelViewModel.DEMOLITION_KEY, true);
        assertThat(stored())
                .contains(
                        new Override(
                                Override.OverrideTarget.BUILDING,
                                office.pandId(),
                                BuildingPanelViewModel.MONUMENT_KEY,
                                "ja"),
                        new Override(
                                Override.OverrideTarget.BUILDING,
                                office.pandId(),
                                BuildingPanelViewModel.DEMOLITION_KEY,
                                "ja"));
    }

    @Test
    void a_roof_marked_unsuitable_in_zon_op_dak_gets_no_panels_and_is_stored() throws Exception {
        SolarRow roof = vm.solarTable().rows().stream()
                .filter(r -> r.panels() > 0)
                .findFirst()
                .orElseThrow();

        vm.solarTable().setBuildingFlag(roof.pandId(), AnalysedPark.ROOF_UNSUITABLE_KEY, true);

        SolarRow after = vm.solarTable().rows().stream()
                .filter(r -> r.pandId().equals(roof.pandId()))
                .findFirst()
                .orElseThrow();
        assertThat(after.panels()).isZero();
        assertThat(after.reason()).contains("ongeschikt");
        assertThat(stored())
                .contains(new Override(
                        Override.OverrideTarget.BUILDING, roof.pandId(), AnalysedPark.ROOF_UNSUITABLE_KEY, "ja"));
    }
}
