package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import nl.kansenkaart.app.map.MapLayer;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.synthetic.SyntheticPark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Grid status per PC6 postcode (netcapaciteit_postcodes) on the workbench map, as the printed map
 * draws it: the panden that only the postcode rows place on the grid are outlined in the status
 * colour of the visible grid layer, with a legend group of their own only when there are any.
 */
class GridByPostcodeWorkbenchTest {
    private static final String FEED_IN_GROUP = "Netcapaciteit invoeding per pand via postcode";
    private static final String OFFTAKE_GROUP = "Netcapaciteit afname per pand via postcode";
    /** The map's colour for "Congestie, geen nieuwe aanvragen" (#e31a1c). */
    private static final int CONGESTED_RGB = 0xe31a1c;
    /** The map's colour for "Schaarste dreigt" (#ffd400). */
    private static final int SCARCE_RGB = 0xffd400;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final WorkbenchViewModel vm = new WorkbenchViewModel(
            new SynchronousTaskExecutor(), new SynchronousTaskExecutor(), dialogs, LocalDate.of(2026, 11, 24));

    @AfterEach
    void close() {
        vm.close();
    }

    /** A synthetic park without grid areas whose every postcode has a row: feed-in congested, offtake scarce. */
    private static ParkSnapshot parkKnownByPostcode() {
        ParkSnapshot s = SyntheticPark.generate(11);
        Set<String> postcodes = new LinkedHashSet<>();
        for (Unit u : s.units()) {
            postcodes.add(u.address().postcode());
        }
        List<GridPostcode> rows = postcodes.stream()
                .map(p -> new GridPostcode(
                        p,
                        "Enexis",
                        CapacityStatus.SCARCE,
                        CapacityStatus.CONGESTED,
                        OptionalInt.empty(),
                        java.util.Optional.of("OS DEMO 10-1"),
                        java.util.OptionalDouble.of(12.5),
                        java.util.OptionalDouble.of(0)))
                .toList();
        return new ParkSnapshot(
                s.park(),
                s.buildings(),
                s.units(),
                s.roofParts(),
                s.labels(),
                List.of(),
                s.companies(),
                s.overrides(),
                rows);
    }

    private List<String> legendTitles() {
        return vm.layers().legend().stream()
                .map(LayersViewModel.LegendGroup::title)
                .toList();
    }

    private long pixels(int rgb) {
        BufferedImage image = vm.map().frameProperty().get().orElseThrow().image();
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void panden_known_only_by_postcode_are_outlined_in_the_feed_in_status_with_a_legend_group() {
        vm.map().resize(900, 700);
        vm.showPark(parkKnownByPostcode());
        assertThat(dialogs.errors).isEmpty();

        assertThat(legendTitles()).contains(FEED_IN_GROUP).doesNotContain(OFFTAKE_GROUP);
        var group = vm.layers().legend().stream()
                .filter(g -> g.title().equals(FEED_IN_GROUP))
                .findFirst()
                .orElseThrow();
        assertThat(group.items())
                .extracting(LayersViewModel.LegendItem::label)
                .contains("Congestie, geen nieuwe aanvragen (via postcode)");
        assertThat(pixels(CONGESTED_RGB)).as("red outlines of congested panden").isGreaterThan(100);

        // The feed-in layer hidden, the afname layer shown: the outlines follow afname.
        vm.layers().entry(MapLayer.GRID_FEED_IN).visibleProperty().set(false);
        vm.layers().entry(MapLayer.GRID_OFFTAKE).visibleProperty().set(true);
        assertThat(legendTitles()).contains(OFFTAKE_GROUP).doesNotContain(FEED_IN_GROUP);
        assertThat(pixels(SCARCE_RGB))
                .as("yellow outlines of panden with scarce offtake")
                .isGreaterThan(100);
        assertThat(pixels(CONGESTED_RGB)).isZero();

        // No grid layer shown: no outlines and no group.
        vm.layers().entry(MapLayer.GRID_OFFTAKE).visibleProperty().set(false);
        assertThat(legendTitles()).doesNotContain(OFFTAKE_GROUP, FEED_IN_GROUP);
        assertThat(pixels(SCARCE_RGB)).isZero();
    }

    @Test
    void the_building_panel_shows_the_energy_areas_available_megawatts_for_a_pand_known_by_postcode() {
        ParkSnapshot park = parkKnownByPostcode();
        vm.showPark(park);
        String pand = park.units().get(0).buildingIds().get(0);

        vm.selection().select(pand, java.util.Optional.empty(), SelectionModel.Origin.MAP);

        assertThat(vm.building().results())
                .filteredOn(l -> l.title().equals("Beschikbare netcapaciteit"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.value()).isEqualTo("afname 12,5 MW, invoeding 0,0 MW");
                    assertThat(l.reason())
                            .contains("energiegebied OS DEMO 10-1 van de capaciteitskaart")
                            .contains(park.units().get(0).address().postcode());
                });
    }

    @Test
    void a_park_without_postcode_grid_data_gets_no_postcode_group_in_the_legend() {
        vm.map().resize(900, 700);
        vm.showPark(SyntheticPark.generate(11));

        assertThat(vm.layers().entry(MapLayer.GRID_FEED_IN).visibleProperty().get())
                .isTrue();
        assertThat(legendTitles()).doesNotContain(FEED_IN_GROUP, OFFTAKE_GROUP);
    }
}
