package nl.kansenkaart.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import org.junit.jupiter.api.Test;

class SyntheticNationTest {

    @Test
    void the_same_seed_gives_the_same_park_and_another_seed_another() {
        SyntheticParkData a = new SyntheticNation(4, 60, 7).park(2);
        SyntheticParkData b = new SyntheticNation(4, 60, 7).park(2);
        SyntheticParkData c = new SyntheticNation(4, 60, 8).park(2);

        assertThat(a).isEqualTo(b);
        assertThat(c.buildings()).isNotEqualTo(a.buildings());
    }

    @Test
    void park_sizes_vary_but_an_even_number_of_parks_adds_up_to_parks_times_the_mean() {
        SyntheticNation nation = new SyntheticNation(10, 200, 1);

        assertThat(nation.buildingCount()).isEqualTo(2_000);
        Set<Integer> sizes = new HashSet<>();
        for (int p = 0; p < 10; p++) {
            int n = nation.buildingCount(p);
            assertThat(n).isBetween(50, 350);
            assertThat(nation.park(p).buildings()).hasSize(n);
            sizes.add(n);
        }
        assertThat(sizes).hasSizeGreaterThan(3);
    }

    @Test
    void every_pand_lies_inside_its_own_park_and_outside_every_other() {
        SyntheticNation nation = new SyntheticNation(5, 80, 3);
        List<SyntheticParkData> parks = new java.util.ArrayList<>();
        for (int p = 0; p < 5; p++) {
            parks.add(nation.park(p));
        }
        Set<String> ids = new HashSet<>();
        for (int p = 0; p < 5; p++) {
            SyntheticParkData park = parks.get(p);
            for (Building b : park.buildings()) {
                assertThat(park.park().contour().contains(b.footprint().getInteriorPoint()))
                        .isTrue();
                assertThat(ids.add(b.id())).as("unique pand id %s", b.id()).isTrue();
                for (int q = 0; q < 5; q++) {
                    if (q != p) {
                        assertThat(parks.get(q).park().contour().intersects(b.footprint()))
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void units_labels_and_companies_come_in_realistic_proportions() {
        SyntheticNation nation = new SyntheticNation(2, 3_000, 11);
        SyntheticParkData park = nation.park(0);
        int buildings = park.buildings().size();
        List<Unit> units = park.units();

        assertThat((double) units.size() / buildings).isBetween(1.3, 1.9);
        assertThat((double) park.labels().size() / units.size()).isBetween(0.28, 0.38);
        long matched =
                park.companies().stream().filter(c -> c.unitId().isPresent()).count();
        assertThat((double) matched / units.size()).isBetween(0.65, 0.75);
        assertThat(park.companies().size()).isGreaterThan((int) matched);
        long shared = units.stream().filter(u -> u.buildingIds().size() == 2).count();
        assertThat(shared).isPositive();
        Set<String> pandIds = new HashSet<>();
        park.buildings().forEach(b -> pandIds.add(b.id()));
        assertThat(units).allSatisfy(u -> assertThat(pandIds).containsAll(u.buildingIds()));
        assertThat(park.overrides()).hasSize(1);
    }

    @Test
    void grid_areas_cover_most_parks_and_leave_some_without_an_area() {
        SyntheticNation nation = new SyntheticNation(100, 20, 5);
        List<GridArea> areas = nation.gridAreas();
        int covered = 0;
        for (int p = 0; p < 100; p++) {
            var contour = nation.park(p).park().contour();
            if (areas.stream().anyMatch(a -> a.area().intersects(contour))) {
                covered++;
            }
        }
        assertThat(areas).hasSizeGreaterThan(5);
        assertThat(covered).isGreaterThan(70).isLessThan(100);
    }

    @Test
    void impossible_sizes_are_refused_in_dutch() {
        assertThatThrownBy(() -> new SyntheticNation(0, 10, 1)).hasMessageContaining("aantal terreinen");
        assertThatThrownBy(() -> new SyntheticNation(1, 0, 1)).hasMessageContaining("panden per terrein");
    }

    @Test
    void the_single_raster_park_has_two_units_per_pand_and_a_third_labelled() {
        ParkSnapshot s = SyntheticPark.generate(300);

        assertThat(s.buildings()).hasSize(300);
        assertThat(s.units()).hasSize(600);
        assertThat(s.labels()).hasSize(200);
        assertThat(s.gridAreas()).hasSize(400);
        assertThat(SyntheticPark.generate(300)).isEqualTo(s);
    }
}
