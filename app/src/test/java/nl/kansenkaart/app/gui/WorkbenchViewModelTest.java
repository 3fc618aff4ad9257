package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.kansenkaart.app.map.BuildingColouring;
import nl.kansenkaart.app.map.MapLayer;
import nl.kansenkaart.app.map.TestParks;
import nl.kansenkaart.app.map.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchViewModel vm;

    @BeforeEach
    void open_the_small_park_project() throws Exception {
        Path file = TestProjects.write(dir.resolve("wieken.gpkg"), TestParks.small());
        vm = new WorkbenchViewModel(new SynchronousTaskExecutor(), new SynchronousTaskExecutor(), dialogs);
        dialogs.projectToOpen = Optional.of(file);
        vm.chooseAndOpenProject();
        vm.map().resize(800, 600);
    }

    @AfterEach
    void close() {
        vm.close();
    }

    @Test
    void opening_a_project_lists_its_parks_and_shows_the_first() {
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.parks()).extracting(p -> p.name()).containsExactly("Testterrein De Wieken");
        assertThat(vm.selectedParkProperty().get().id()).isEqualTo("RIN-1");
        assertThat(vm.titleProperty().get()).contains("wieken.gpkg");
        assertThat(vm.statusProperty().get()).contains("4 panden", "4 verblijfsobjecten", "1 energielabels");
        assertThat(vm.map().frameProperty().get()).isPresent();
        assertThat(vm.map().frameProperty().get().get().image().getWidth()).isEqualTo(800);
    }

    @Test
    void the_map_frame_carries_a_scale_bar_in_the_bottom_left_corner() {
        java.awt.image.BufferedImage image =
                vm.map().frameProperty().get().orElseThrow().image();

        // The bar's black and white blocks sit in a white panel near the corner; the park itself
        // (drawn in the middle) has no such dark pixels there.
        int dark = 0;
        for (int x = 0; x < 200; x++) {
            for (int y = 600 - 80; y < 600 - MapViewModel.SCALE_BAR_MARGIN_PX; y++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y), true);
                if (c.getRed() < 60 && c.getGreen() < 60 && c.getBlue() < 60) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("donkere pixels van de schaalstok").isGreaterThan(100);
    }

    @Test
    void a_file_that_is_not_a_project_gives_a_dutch_error_naming_it() throws Exception {
        Path junk = Files.writeString(dir.resolve("notities.gpkg"), "geen geopackage");
        vm.openProject(junk);
        assertThat(dialogs.errors).singleElement().asString().contains("Project openen mislukt", "notities.gpkg");
    }

    @Test
    void clicking_a_building_on_the_map_fills_the_building_panel() {
        Viewport v = vm.map().viewportProperty().get().orElseThrow();
        Point2D office = v.toScreen(100_260, 400_060);
        assertThat(vm.map().clickAt(office.getX(), office.getY())).isPresent();

        BuildingPanelViewModel panel = vm.building();
        assertThat(panel.visibleProperty().get()).isTrue();
        assertThat(panel.titleProperty().get()).isEqualTo("Pand " + TestParks.OFFICE);
        assertThat(panel.facts())
                .contains(
                        new BuildingPanelViewModel.Fact("Bouwjaar", "1995"),
                        new BuildingPanelViewModel.Fact("Footprint", "6.400 m²"),
                        new BuildingPanelViewModel.Fact("Status", "Pand in gebruik"));
        assertThat(panel.units()).hasSize(2);
        assertThat(panel.units().get(0).address()).startsWith("Industrieweg 3, 7461 AB Rijssen");
        assertThat(panel.units().get(0).label()).isEqualTo("Label C, geldig tot 1-3-2031");
        assertThat(panel.units().get(1).label()).isEqualTo("geen geregistreerd label");
    }

    @Test
    void a_map_click_selects_the_row_and_a_click_in_the_open_clears_it() {
        Viewport v = vm.map().viewportProperty().get().orElseThrow();
        Point2D shop = v.toScreen(100_300, 400_220);
        vm.map().clickAt(shop.getX(), shop.getY());
        assertThat(vm.addresses().selectedRowProperty().get())
                .map(AddressRow::street)
                .contains("Marktplein");

        Point2D open = v.toScreen(100_200, 400_140);
        vm.map().clickAt(open.getX(), open.getY());
        assertThat(vm.addresses().selectedRowProperty().get()).isEmpty();
        assertThat(vm.building().visibleProperty().get()).isFalse();
    }

    @Test
    void choosing_a_row_selects_its_building_and_centres_the_map_on_it() {
        AddressRow row = vm.addresses().visibleRows().stream()
                .filter(r -> r.street().equals("Marktplein"))
                .findFirst()
                .orElseThrow();
        vm.addresses().select(row);

        assertThat(vm.selection().current())
                .map(SelectionModel.Selection::buildingId)
                .contains(TestParks.SHOP);
        Viewport after = vm.map().viewportProperty().get().orElseThrow();
        // The shop spans x 100220..100380, y 400160..400280; the view centres on it with context.
        assertThat(after.centerX()).isCloseTo(100_300, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(after.centerY()).isCloseTo(400_220, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(after.visibleWorld()
                        .contains(new org.locationtech.jts.geom.Envelope(100_220, 100_380, 400_160, 400_280)))
                .isTrue();
        assertThat(vm.building().titleProperty().get()).endsWith(TestParks.SHOP);
    }

    @Test
    void the_address_list_has_one_row_per_unit_and_searches_every_word() {
        AddressListViewModel list = vm.addresses();
        assertThat(list.visibleRows()).hasSize(4);
        assertThat(list.visibleRows().get(0).street()).isEqualTo("Industrieweg");

        list.searchProperty().set("industrieweg 5");
        assertThat(list.visibleRows())
                .singleElement()
                .extracting(AddressRow::unitId)
                .isEqualTo("0141010000000003");
        list.searchProperty().set("7461 ab kantoor");
        assertThat(list.visibleRows()).hasSize(2);
        list.searchProperty().set("Marktplein");
        assertThat(list.visibleRows())
                .singleElement()
                .extracting(AddressRow::label)
                .isEqualTo("");
        list.searchProperty().set("");
        assertThat(list.visibleRows()).hasSize(4);
        assertThat(list.visibleRows().get(1).label()).isEqualTo("C");
    }

    @Test
    void hiding_a_layer_or_changing_the_colouring_changes_the_theme_and_legend() {
        LayersViewModel layers = vm.layers();
        assertThat(layers.themeProperty().get().shows(MapLayer.LABELS)).isTrue();
        layers.entry(MapLayer.LABELS).visibleProperty().set(false);
        assertThat(layers.themeProperty().get().shows(MapLayer.LABELS)).isFalse();
        assertThat(layers.legend())
                .extracting(LayersViewModel.LegendGroup::title)
                .doesNotContain("Energielabels");

        layers.colouringProperty().set(BuildingColouring.CONSTRUCTION_YEAR);
        assertThat(layers.legend().stream().flatMap(g -> g.items().stream()))
                .extracting(LayersViewModel.LegendItem::label)
                .contains("Voor 1970", "2010 en later", "Bouwjaar onbekend");
    }

    @Test
    void zoom_and_pan_change_the_view_and_the_status_texts() {
        Viewport start = vm.map().viewportProperty().get().orElseThrow();
        vm.map().zoomAt(2, 100, 100);
        Viewport zoomed = vm.map().viewportProperty().get().orElseThrow();
        assertThat(zoomed.metresPerPixel())
                .isCloseTo(start.metresPerPixel() / 2, org.assertj.core.data.Offset.offset(1e-9));
        vm.map().panBy(50, 0);
        assertThat(vm.map().viewportProperty().get().orElseThrow().centerX()).isLessThan(zoomed.centerX());
        vm.map().pointerAt(400, 300);
        assertThat(vm.map().cursorRdProperty().get()).startsWith("RD x ");
        assertThat(vm.map().cursorWgs84Property().get()).matches("WGS84 5\\d,\\d{6}° N  \\d,\\d{6}° O");
        assertThat(vm.map().scaleProperty().get()).startsWith("Schaal 1 : ");
        vm.map().zoomToPark();
        assertThat(vm.map().viewportProperty().get().orElseThrow()).isEqualTo(start);
    }
}
