package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.kansenkaart.app.map.LayerStyle;
import nl.kansenkaart.app.map.MapFeature;
import nl.kansenkaart.app.map.MapLayer;
import nl.kansenkaart.app.map.Viewport;
import nl.kansenkaart.core.kansen.CollectiveOpportunity;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/** The layers panel's order and opacity, the kansen legend and the kansen layer after an edit, on the sample park. */
class LayersAndKansenMapTest {
    @TempDir
    static Path shared;

    private static Path sample;

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchViewModel vm;

    @BeforeAll
    static void import_the_sample_park() throws Exception {
        sample = SampleProjects.create(shared);
    }

    @BeforeEach
    void open() throws Exception {
        vm = new WorkbenchViewModel(
                new SynchronousTaskExecutor(), new SynchronousTaskExecutor(), dialogs, LocalDate.of(2026, 11, 24));
        vm.openProject(SampleProjects.copy(sample, dir));
        vm.map().resize(900, 700);
        assertThat(dialogs.errors).isEmpty();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private static List<CollectiveOpportunity> drawn(WorkbenchViewModel on) {
        return on.map().content().orElseThrow().features(MapLayer.OPPORTUNITIES).stream()
                .map(f -> ((MapFeature.CollectiveItem) f).opportunity())
                .toList();
    }

    @Test
    void an_edit_redraws_the_collective_kansen_from_the_new_results_and_keeps_the_view() {
        AnalysedPark before = vm.analysesProperty().get().orElseThrow();
        assertThat(before.kansen().collective())
                .as("the sample park has collective kansen")
                .isNotEmpty();
        assertThat(drawn(vm)).containsExactlyElementsOf(before.kansen().collective());
        vm.map().zoomAt(2, 300, 300);
        Viewport zoomed = vm.map().viewportProperty().get().orElseThrow();
        String pand = before.snapshot().buildings().get(0).id();

        vm.saveOverride(new Override(
                Override.OverrideTarget.BUILDING, pand, ObligationAssumptions.MEASURED_ELECTRICITY_KEY, "2500000"));

        AnalysedPark after = vm.analysesProperty().get().orElseThrow();
        assertThat(after).isNotSameAs(before);
        assertThat(vm.map().content()).containsSame(after.content());
        // The very objects of the new run, not the ones drawn at load.
        List<CollectiveOpportunity> now = drawn(vm);
        assertThat(now).hasSameSizeAs(after.kansen().collective());
        for (int i = 0; i < now.size(); i++) {
            assertThat(now.get(i)).isSameAs(after.kansen().collective().get(i));
        }
        assertThat(now.stream().flatMap(k -> k.members().stream())).anySatisfy(m -> {
            assertThat(m.buildingId()).isEqualTo(pand);
            assertThat(m.electricityKwh()).isEqualTo(2_500_000.0);
        });
        assertThat(before.kansen().collective().stream().flatMap(k -> k.members().stream()))
                .filteredOn(m -> m.buildingId().equals(pand))
                .allSatisfy(m -> assertThat(m.electricityKwh()).isNotEqualTo(2_500_000.0));
        assertThat(vm.map().viewportProperty().get()).contains(zoomed);
    }

    @Test
    void moving_a_layer_up_draws_it_later_and_the_slider_sets_its_opacity() {
        LayersViewModel layers = vm.layers();
        LayersViewModel.LayerEntry plan = layers.entry(MapLayer.PLAN_AREA);
        List<MapLayer> drawOrder = order(layers);
        assertThat(drawOrder.indexOf(MapLayer.PLAN_AREA)).isLessThan(drawOrder.indexOf(MapLayer.BUILDINGS));

        layers.moveUp(plan);
        layers.moveUp(plan);

        assertThat(layers.entries().indexOf(plan))
                .isLessThan(layers.entries().indexOf(layers.entry(MapLayer.BUILDINGS)));
        drawOrder = order(layers);
        assertThat(drawOrder.indexOf(MapLayer.PLAN_AREA)).isGreaterThan(drawOrder.indexOf(MapLayer.BUILDINGS));
        assertThat(layers.legend().get(layers.legend().size() - 1).title()).doesNotContain("Plangebied");

        layers.entry(MapLayer.BUILDINGS).opacityProperty().set(0.4);
        assertThat(styles(layers, MapLayer.BUILDINGS))
                .allSatisfy(s -> assertThat(s.opacity()).isEqualTo(0.4f));
        assertThat(layers.legend().stream().flatMap(g -> g.items().stream()))
                .anySatisfy(i -> assertThat(i.fill().getAlpha()).isEqualTo(Math.round(255 * 0.4f)));

        // The order and opacity stay for the session: the other theme and another load keep them.
        layers.choiceProperty().set(MapChoice.OPPORTUNITIES);
        assertThat(styles(layers, MapLayer.BUILDINGS))
                .allSatisfy(s -> assertThat(s.opacity()).isEqualTo(0.4f));
        drawOrder = order(layers);
        assertThat(drawOrder.indexOf(MapLayer.PLAN_AREA)).isGreaterThan(drawOrder.lastIndexOf(MapLayer.BUILDINGS));
        vm.reloadParks();
        assertThat(vm.layers().entries().indexOf(plan))
                .isLessThan(layers.entries().indexOf(layers.entry(MapLayer.BUILDINGS)));
    }

    @Test
    void a_building_layer_at_zero_opacity_leaves_the_map_blank_where_the_building_is() {
        AnalysedPark a = vm.analysesProperty().get().orElseThrow();
        var pand = a.snapshot().buildings().stream()
                .max(java.util.Comparator.comparingDouble(b -> b.footprintAreaM2()))
                .orElseThrow();
        vm.map().zoomToBuilding(pand.id());
        Point inside = pand.footprint().getInteriorPoint();
        int opaque = pixelAt(inside);

        vm.layers().entry(MapLayer.BUILDINGS).opacityProperty().set(0.0);
        int transparent = pixelAt(inside);
        vm.layers().entry(MapLayer.BUILDINGS).opacityProperty().set(1.0);
        vm.layers().entry(MapLayer.BUILDINGS).visibleProperty().set(false);
        int hidden = pixelAt(inside);

        assertThat(opaque >>> 24).isEqualTo(255);
        assertThat(transparent).isNotEqualTo(opaque);
        // At zero opacity the renderer leaves what lies under the buildings, as if they were hidden.
        assertThat(transparent).isEqualTo(hidden);
    }

    @Test
    void the_kansen_legend_shows_the_collective_kansen_as_the_outlines_the_map_draws() {
        vm.layers().choiceProperty().set(MapChoice.OPPORTUNITIES);
        var group = vm.layers().legend().stream()
                .filter(g -> g.title().equals(MapLayer.OPPORTUNITIES.dutchName()))
                .findFirst()
                .orElseThrow();
        LayerStyle style = styles(vm.layers(), MapLayer.OPPORTUNITIES).get(0);
        assertThat(style.outlinesByClass()).isTrue();
        assertThat(group.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.outlineFirst()).isTrue();
            assertThat(i.stroke().getAlpha()).isEqualTo(255);
            assertThat(i.stroke().getRGB() & 0xFFFFFF).isEqualTo(i.fill().getRGB() & 0xFFFFFF);
        });
        // Each kind keeps the line pattern the map gives it, so the legend tells the kinds apart.
        assertThat(group.items())
                .extracting(LayersViewModel.LegendItem::dash)
                .containsExactlyElementsOf(
                        style.classifier().classes().stream().map(c -> c.dash()).toList())
                .doesNotHaveDuplicates();
    }

    private int pixelAt(Point p) {
        var frame = vm.map().frameProperty().get().orElseThrow();
        Point2D px = frame.viewport().toScreen(p.getX(), p.getY());
        return frame.image().getRGB((int) px.getX(), (int) px.getY());
    }

    private static List<MapLayer> order(LayersViewModel layers) {
        return layers.themeProperty().get().layers().stream()
                .map(LayerStyle::layer)
                .toList();
    }

    private static List<LayerStyle> styles(LayersViewModel layers, MapLayer layer) {
        return layers.themeProperty().get().layers().stream()
                .filter(s -> s.layer() == layer)
                .toList();
    }
}
