package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.store.Fixtures.*;
import static nl.kansenkaart.io.store.StoreTestSupport.assertSameGeometry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.io.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreRoundTripTest {
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
    void a_park_snapshot_holds_exactly_the_records_of_that_park() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            ParkSnapshot p1 = store.load("P1");

            assertThat(p1.park()).isEqualTo(P1);
            assertThat(p1.buildings()).containsExactly(BUILDING1, BUILDING3);
            assertThat(p1.units()).containsExactly(UNIT1, UNIT2, UNIT4);
            assertThat(p1.roofParts()).containsExactly(ROOF1_A, ROOF1_B);
            assertThat(p1.labels()).containsExactlyInAnyOrder(LABEL1, LABEL3);
            assertThat(p1.gridAreas()).containsExactly(GRID_BOTH);
            assertThat(p1.companies()).containsExactly(MATCHED1, UNMATCHED_NEAR);
            assertThat(p1.overrides()).containsExactlyInAnyOrder(EDIT_PARK1, EDIT_B1, EDIT_K2);
        }
    }

    @Test
    void a_building_on_the_border_of_two_parks_counts_once_where_its_interior_point_lies() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            ParkSnapshot p1 = store.load("P1");
            ParkSnapshot p2 = store.load("P2");

            assertThat(p2.buildings()).containsExactly(BUILDING2);
            assertThat(p1.buildings()).doesNotContain(BUILDING2);
            // A unit in panden of both parks belongs to both; its unmatched neighbour company too.
            assertThat(p2.units()).containsExactly(UNIT2, UNIT3);
            assertThat(p2.roofParts()).containsExactly(ROOF2_A);
            assertThat(p2.labels()).containsExactly(LABEL_P2);
            assertThat(p2.companies()).containsExactly(UNMATCHED_NEAR, MATCHED3);
            assertThat(p2.overrides()).containsExactlyInAnyOrder(EDIT_U3, EDIT_K2);
        }
    }

    @Test
    void geometries_come_back_coordinate_for_coordinate_and_of_the_same_type() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            ParkSnapshot p1 = store.load("P1");
            assertSameGeometry(p1.park().contour(), P1.contour());
            assertSameGeometry(p1.buildings().get(0).footprint(), BUILDING1.footprint());
            assertSameGeometry(p1.buildings().get(1).footprint(), BUILDING3.footprint());
            assertSameGeometry(p1.units().get(0).location(), UNIT1.location());
            assertSameGeometry(p1.roofParts().get(1).outline(), ROOF1_B.outline());
            assertSameGeometry(store.park("P2").orElseThrow().contour(), P2.contour());
        }
    }

    @Test
    void roofs_from_3d_bag_are_joined_onto_their_buildings() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.load("P1").buildingsById().get(B3).roof()).contains(ROOF3);
            assertThat(store.load("P2").buildings().get(0).roof()).contains(ROOF2);
            assertThat(store.load("P1").buildingsById().get(B1).roof()).isEmpty();
        }
    }

    @Test
    void parks_companies_sources_and_counts_read_back() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.parks()).containsExactly(P1, P2);
            assertThat(store.park("P9")).isEmpty();
            assertThat(store.companies())
                    .containsExactly(MATCHED1, UNMATCHED_NEAR, UNMATCHED_FAR, MATCHED3, NO_ADDRESS);
            assertThat(store.overrides()).containsExactlyInAnyOrder(EDIT_PARK1, EDIT_B1, EDIT_U3, EDIT_K2);
            assertThat(store.sources())
                    .extracting(Provenance::sourceKey)
                    .containsExactly(
                            "3dbag.city.jsonl",
                            "bag-light.gpkg",
                            "ep-online.csv",
                            "ibis.json",
                            "kvk.csv",
                            "netcapaciteit.gpkg");
            assertThat(store.sources().get(4))
                    .isEqualTo(provenance("kvk.csv", SourceKind.COMPANIES).withCounts(counts(5)));
            assertThat(store.layerCounts())
                    .containsExactly(
                            new LayerCount("bedrijventerreinen", 2),
                            new LayerCount("panden", 4),
                            new LayerCount("verblijfsobjecten", 4),
                            new LayerCount("dakvlakken", 3),
                            new LayerCount("netgebieden", 2),
                            new LayerCount("netcapaciteit_postcodes", 0),
                            new LayerCount("daken", 2),
                            new LayerCount("energielabels", 3),
                            new LayerCount("bedrijven", 5));
        }
    }

    @Test
    void an_override_is_updated_in_place_not_duplicated() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            store.saveOverride(
                    new nl.kansenkaart.core.model.Override(EDIT_B1.target(), EDIT_B1.targetId(), EDIT_B1.key(), "nee"));
            assertThat(store.overrides())
                    .hasSize(4)
                    .filteredOn(o -> o.key().equals("monument"))
                    .singleElement()
                    .extracting(nl.kansenkaart.core.model.Override::value)
                    .isEqualTo("nee");
        }
    }

    @Test
    void a_deleted_override_leaves_no_row_and_the_other_edits_survive_a_reimport() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.load("P2").overrides()).contains(EDIT_U3);

            assertThat(store.deleteOverride(EDIT_U3.target(), EDIT_U3.targetId(), EDIT_U3.key()))
                    .isTrue();
            assertThat(store.deleteOverride(EDIT_U3.target(), EDIT_U3.targetId(), EDIT_U3.key()))
                    .isFalse();
            // The cached edits of the loader are dropped too: the park no longer sees it.
            assertThat(store.load("P2").overrides()).containsExactly(EDIT_K2);
            try (ImportSession s = store.beginImport(provenance("ep-online.csv", SourceKind.LABELS))) {
                s.add(LABEL1);
                s.commit(counts(1));
            }
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.overrides()).containsExactlyInAnyOrder(EDIT_PARK1, EDIT_B1, EDIT_K2);
        }
    }

    @Test
    void an_unknown_park_is_refused_with_the_known_ids() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThatThrownBy(() -> store.load("P7"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("geen bedrijventerrein met id 'P7'")
                    .hasMessageContaining("P1, P2");
        }
    }

    @Test
    void the_skipped_reasons_and_notes_keep_their_text_and_order() throws Exception {
        ImportCounts counts =
                new ImportCounts(10, 6, 2, 4, new java.util.LinkedHashMap<>(Map.of("geometrie ongeldig", 3L)));
        Provenance p = new Provenance(
                "ibis.json",
                SourceKind.PARKS,
                "GeoJSON",
                "EPSG:4326",
                T0.plusNanos(123_456_789),
                counts,
                List.of("één", "twee; drie, \"vier\""));
        try (ProjectStore store = ProjectStore.open(file)) {
            try (ImportSession s = store.beginImport(p)) {
                s.add(P1);
                s.commit(counts);
            }
            assertThat(store.sources())
                    .filteredOn(x -> x.sourceKey().equals("ibis.json"))
                    .containsExactly(p);
            assertThat(p.importedAt()).isEqualTo(T0.plusMillis(123));
        }
    }
}
