package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the real public data in ../shared/data into a fresh project and checks what arrived. */
@Tag("realdata")
class ImporterRealDataTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final Importer importer = new Importer(CLOCK);

    private ImportReport importFile(ProjectStore store, Path file) throws Exception {
        ImportReport report = importer.importFile(store, file, Optional.empty(), Optional.empty(), Progress.NONE);
        System.out.println(report.toDutchText());
        return report;
    }

    @Test
    void ibis_rijssen_holten_geojson_becomes_one_park_per_rin_number() throws Exception {
        Path file = SharedData.file("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten.json");
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportReport report = importFile(store, file);
            assertThat(report.kinds()).containsExactly(SourceKind.PARKS);
            assertThat(report.sourceCrs()).isEqualTo("EPSG:4326");
            assertThat(report.counts().read()).isEqualTo(22);
            assertThat(report.counts().imported()).isEqualTo(22);
            // 22 polygons carry 20 distinct RINNUMMERs (130060 Veeneslagen has three).
            assertThat(store.parks()).hasSize(20);
            Park veeneslagen = store.park("130060").orElseThrow();
            assertThat(veeneslagen.name()).isEqualTo("Veeneslagen");
            assertThat(veeneslagen.municipality()).isEqualTo("Rijssen");
            assertThat(veeneslagen.grossHectares()).hasValue(0.7923);
            // Reprojected to RD: Rijssen lies around x 230 km, y 480 km.
            assertThat(veeneslagen.contour().getEnvelopeInternal().getMinX()).isBetween(225_000.0, 245_000.0);
            assertThat(veeneslagen.contour().getEnvelopeInternal().getMinY()).isBetween(470_000.0, 490_000.0);
            assertThat(report.toDutchText()).contains("gelezen 22, geïmporteerd 22", "20 bedrijventerreinen");
            assertThat(store.sources()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(SourceKind.PARKS);
                assertThat(p.counts()).isEqualTo(report.counts());
            });
        }
    }

    @Test
    void the_rd_geopackage_of_the_same_parks_gives_the_same_parks() throws Exception {
        Path file = SharedData.file("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten_rd.gpkg");
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportReport report = importFile(store, file);
            assertThat(report.sourceCrs()).isEqualTo("EPSG:28992");
            assertThat(report.counts().read()).isEqualTo(22);
            assertThat(store.parks()).hasSize(20);
        }
    }

    @Test
    void delft_wippolder_pdok_panden_are_all_imported() throws Exception {
        Path file = SharedData.file("bag-delft-wippolder/wippolder.gpkg");
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportReport report = importFile(store, file);
            assertThat(report.kinds()).containsExactly(SourceKind.BUILDINGS);
            assertThat(report.counts().read()).isEqualTo(60);
            assertThat(report.counts().imported() + report.counts().skipped()).isEqualTo(60);
            assertThat(ProjectFiles.counts(store))
                    .containsEntry("panden", report.counts().imported());
        }
    }

    @Test
    void ep_online_joined_tables_keep_the_rows_with_a_label() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            // Row counts and labelled rows as PROVENANCE.md of ep-online-joined states them.
            ImportReport loenen =
                    importFile(store, SharedData.file("ep-online-joined/residence_objects_loenen_derived.csv"));
            assertThat(loenen.kinds()).containsExactly(SourceKind.LABELS);
            assertThat(loenen.counts().read()).isEqualTo(1_495);
            assertThat(loenen.counts().imported()).isEqualTo(759);
            assertThat(loenen.counts().skippedReasons()).containsEntry("geen label", 1_495L - 759);
            ImportReport vruchten =
                    importFile(store, SharedData.file("ep-online-joined/residence_objects_vruchtenbuurt_derived.csv"));
            assertThat(vruchten.counts().read()).isEqualTo(3_504);
            assertThat(vruchten.counts().imported()).isEqualTo(1_736);
            ImportReport tilburg =
                    importFile(store, SharedData.file("ep-online-joined/afrikaanderbuurt_tilburg_labels_derived.csv"));
            assertThat(tilburg.counts().read()).isEqualTo(1_200);
            assertThat(tilburg.counts().skippedReasons()).containsEntry("geen label", 421L);
            assertThat(tilburg.counts().imported()).isEqualTo(1_200 - 421);
            assertThat(ProjectFiles.counts(store)).containsEntry("energielabels", 759L + 1_736 + 779);
            assertThat(tilburg.notes())
                    .anyMatch(n -> n.startsWith("779 labels zonder registratie- en geldigheidsdatum"))
                    .anyMatch(n -> n.contains("energie-index -9999"));
        }
    }

    @Test
    void three_d_bag_cityjson_gives_roof_summaries_and_faces_of_delft() throws Exception {
        Path file = SharedData.file("3dbag-delft/delft_subset.city.jsonl");
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportReport report = importFile(store, file);
            assertThat(report.kinds()).containsExactly(SourceKind.ROOFS);
            assertThat(report.layers()).extracting(LayerReport::layer).containsExactly("pand", "dakvlak");
            // 10 buildings (PROVENANCE.md), each with a b3_dak_type.
            assertThat(report.layers().get(0).counts().imported()).isEqualTo(10);
            LayerReport faces = report.layers().get(1);
            assertThat(faces.counts().imported()).isPositive();
            var counts = ProjectFiles.counts(store);
            assertThat(counts)
                    .containsEntry("daken", 10L)
                    .containsEntry("dakvlakken", faces.counts().imported());
        }
    }
}
