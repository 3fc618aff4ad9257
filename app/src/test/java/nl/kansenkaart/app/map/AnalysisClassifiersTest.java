package nl.kansenkaart.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.labels.OfficeLabelAnalysis;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarOutcome;
import org.junit.jupiter.api.Test;

/** The analysis colourings on the small hand-made park of {@link TestParks}. */
class AnalysisClassifiersTest {

    @Test
    void every_building_gets_a_solar_class_from_its_computed_potential() {
        var park = TestParks.small();
        var report = SolarAnalysis.analyse(park, SolarAssumptions.LEIDRAAD_DRENTHE);
        MapAnalyses analyses = MapAnalyses.of(report, java.util.List.of());
        Classifier solar = AnalysisClassifiers.solarPotential(analyses.solarByBuilding());
        MapContent content = MapContent.of(park);
        for (var p : report.potentials()) {
            var item = content.building(p.buildingId()).orElseThrow();
            String key = solar.classify(item).orElseThrow().key();
            double kwp = p.peakPowerKwp();
            String expected =
                    kwp < 50 ? "zon-0-50" : kwp < 150 ? "zon-50-150" : kwp < 300 ? "zon-150-300" : "zon-300-plus";
            assertThat(key).as("%s with %.1f kWp", p.buildingId(), kwp).isEqualTo(expected);
        }
    }

    @Test
    void buildings_without_a_solar_result_are_grey_not_assessed() {
        var park = TestParks.small();
        Classifier solar = AnalysisClassifiers.solarPotential(Map.<String, SolarOutcome>of());
        var item = MapContent.of(park).building(TestParks.HALL).orElseThrow();
        assertThat(solar.classify(item).orElseThrow().key()).isEqualTo(AnalysisClassifiers.NOT_ASSESSED);
    }

    @Test
    void the_label_c_outline_marks_only_offices_with_a_task() {
        var park = TestParks.small();
        var results = OfficeLabelAnalysis.analyse(park, OfficeAssumptions.legal(java.time.LocalDate.of(2026, 11, 24)));
        Map<String, LabelResult> byId = MapAnalyses.of(
                        SolarAnalysis.analyse(park, SolarAssumptions.LEIDRAAD_DRENTHE), results)
                .labelsByBuilding();
        Classifier task = AnalysisClassifiers.labelTask(byId);
        MapContent content = MapContent.of(park);
        for (LabelResult r : results) {
            boolean marked = task.classify(content.building(r.buildingId()).orElseThrow())
                    .isPresent();
            assertThat(marked)
                    .as("%s: %s", r.buildingId(), r.kind())
                    .isEqualTo(AnalysisClassifiers.LABEL_TASK.contains(r.kind()));
        }
        assertThat(results).extracting(LabelResult::kind).isNotEmpty();
    }

    @Test
    void the_opportunities_theme_lists_solar_label_and_grid_in_its_legend() {
        var park = TestParks.small();
        MapTheme theme = Themes.opportunities(
                MapAnalyses.of(SolarAnalysis.analyse(park, SolarAssumptions.LEIDRAAD_DRENTHE), java.util.List.of()));
        assertThat(theme.name()).isEqualTo("Kansen en uitdagingen");
        assertThat(theme.layers())
                .extracting(LayerStyle::title)
                .containsExactly(
                        "Netcapaciteit invoeding",
                        "Plangebied",
                        "Zon op dak (potentieel vermogen)",
                        "Label-C-plicht kantoren");
        assertThat(Themes.currentSituation(BuildingColouring.FUNCTION, MapAnalyses.none())
                        .shows(MapLayer.UNITS))
                .isFalse();
    }

    @Test
    void a_building_the_consultant_marks_as_having_panels_gets_the_pv_class_and_outline() {
        var small = TestParks.small();
        var overrides = new java.util.ArrayList<>(small.overrides());
        overrides.add(new nl.kansenkaart.core.model.Override(
                nl.kansenkaart.core.model.Override.OverrideTarget.BUILDING,
                TestParks.HALL,
                SolarAnalysis.EXISTING_PV_KEY,
                "ja"));
        var park = new nl.kansenkaart.core.model.ParkSnapshot(
                small.park(),
                small.buildings(),
                small.units(),
                small.roofParts(),
                small.labels(),
                small.gridAreas(),
                small.companies(),
                overrides);
        MapAnalyses analyses =
                MapAnalyses.of(SolarAnalysis.analyse(park, SolarAssumptions.LEIDRAAD_DRENTHE), java.util.List.of());
        var hall = MapContent.of(park).building(TestParks.HALL).orElseThrow();
        assertThat(AnalysisClassifiers.solarPotential(analyses.solarByBuilding())
                        .classify(hall)
                        .orElseThrow()
                        .key())
                .isEqualTo(AnalysisClassifiers.PV_PRESENT);
        assertThat(Themes.currentSituation(BuildingColouring.FUNCTION, analyses).layers())
                .extracting(LayerStyle::title)
                .contains("Bestaande zonnepanelen");
        MapAnalyses withoutPanels =
                MapAnalyses.of(SolarAnalysis.analyse(small, SolarAssumptions.LEIDRAAD_DRENTHE), java.util.List.of());
        assertThat(Themes.currentSituation(BuildingColouring.FUNCTION, withoutPanels)
                        .layers())
                .extracting(LayerStyle::title)
                .doesNotContain("Bestaande zonnepanelen");
    }
}
