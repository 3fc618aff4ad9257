package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.imports.ImportArea;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** The wizard's "Gebied uit bestand…" choice: an import limited to the polygons of an area file. */
class ImportWizardAreaTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path ibis;
    private Path bag;

    @BeforeEach
    void extract_the_sample_park() throws Exception {
        Path extracted = SampleData.extractTo(dir.resolve("bronnen"));
        ibis = extracted.resolve(SampleData.IBIS_FILE);
        bag = extracted.resolve(SampleData.BAG_FILE);
    }

    @Test
    void an_area_file_chosen_in_the_wizard_limits_the_import_and_the_report_and_provenance_say_so() throws Exception {
        // Without a limit: the whole sample park, whose contour gives the area drawn below.
        Envelope park;
        long allPanden;
        try (ProjectStore store = ProjectStore.create(dir.resolve("alles.gpkg"))) {
            ImportWizardViewModel wizard = wizard(store);
            wizard.addFiles(List.of(ibis, bag));
            wizard.importAll();
            assertThat(wizard.reportProperty().get()).doesNotContain("mislukt");
            park = store.park(SampleData.parkId()).orElseThrow().contour().getEnvelopeInternal();
            allPanden = pandenImported(store);
        }
        assertThat(allPanden).isPositive();

        // A 10 m strip along the park's west edge, in RD with a "crs" member: with the 250 m margin
        // it keeps only the west part of the park.
        Path area = writeRdPolygon(
                dir.resolve("plangebied west.geojson"),
                new Envelope(park.getMinX(), park.getMinX() + 10, park.getMinY(), park.getMaxY()));
        try (ProjectStore store = ProjectStore.create(dir.resolve("west.gpkg"))) {
            ImportWizardViewModel wizard = wizard(store);
            dialogs.areaFile = Optional.of(area);
            wizard.chooseAreaFile();
            assertThat(wizard.areaProperty().get()).isEqualTo(new ImportArea.AreaFile(area));
            assertThat(wizard.areaTextProperty().get()).contains("plangebied west.geojson");

            wizard.addFiles(List.of(bag));
            wizard.importAll();

            assertThat(wizard.reportProperty().get())
                    .doesNotContain("mislukt")
                    .contains("gebiedsbestand plangebied west.geojson: 1 vlak");
            assertThat(pandenImported(store)).isPositive().isLessThan(allPanden);
            assertThat(store.sources())
                    .filteredOn(p -> p.kind() == SourceKind.BUILDINGS)
                    .singleElement()
                    .satisfies(p -> assertThat(p.notes()).anySatisfy(n -> assertThat(n)
                            .startsWith("beperkt tot gebiedsbestand plangebied west.geojson")));
        }
    }

    @Test
    void a_cancelled_area_chooser_keeps_the_choice_and_everything_undoes_it() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportWizardViewModel wizard = wizard(store);
            wizard.chooseAreaFile();
            assertThat(wizard.areaProperty().get()).isEqualTo(ImportArea.everything());

            dialogs.areaFile = Optional.of(dir.resolve("gebied.geojson"));
            wizard.chooseAreaFile();
            dialogs.areaFile = Optional.empty();
            wizard.chooseAreaFile();
            assertThat(wizard.areaProperty().get()).isEqualTo(new ImportArea.AreaFile(dir.resolve("gebied.geojson")));

            wizard.importEverything();
            assertThat(wizard.areaProperty().get()).isEqualTo(ImportArea.everything());
            assertThat(wizard.areaTextProperty().get()).isEqualTo("geen gebied gekozen");
        }
    }

    @Test
    void an_unreadable_area_file_gives_the_importers_dutch_reason_and_leaves_the_project_unchanged() throws Exception {
        Path points = Files.writeString(
                dir.resolve("punten.geojson"),
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                        + "\"urn:ogc:def:crs:EPSG::28992\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[85000,447000]}}]}",
                StandardCharsets.UTF_8);
        Path broken = Files.writeString(
                dir.resolve("kapot.geojson"), "{\"type\":\"FeatureCollection\",\"feat", StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportWizardViewModel wizard = wizard(store);
            wizard.addFiles(List.of(bag));

            dialogs.areaFile = Optional.of(points);
            wizard.chooseAreaFile();
            wizard.importAll();
            assertThat(wizard.reportProperty().get())
                    .startsWith("Import van " + SampleData.BAG_FILE + " mislukt")
                    .contains("punten.geojson", "geen vlakken");

            dialogs.areaFile = Optional.of(broken);
            wizard.chooseAreaFile();
            wizard.importAll();
            assertThat(wizard.reportProperty().get())
                    .startsWith("Import van " + SampleData.BAG_FILE + " mislukt")
                    .contains("kapot.geojson", "gebiedsbestand");

            assertThat(wizard.runningProperty().get()).isFalse();
            assertThat(store.sources()).isEmpty();
        }
    }

    private ImportWizardViewModel wizard(ProjectStore store) {
        return new ImportWizardViewModel(new SynchronousTaskExecutor(), dialogs, () -> Optional.of(store), () -> {});
    }

    private static long pandenImported(ProjectStore store) throws Exception {
        return store.sources().stream()
                .filter(p -> p.kind() == SourceKind.BUILDINGS)
                .mapToLong(p -> p.counts().imported())
                .sum();
    }

    private static Path writeRdPolygon(Path file, Envelope e) throws Exception {
        String ring = String.format(
                Locale.ROOT,
                "[[%1$.3f,%3$.3f],[%2$.3f,%3$.3f],[%2$.3f,%4$.3f],[%1$.3f,%4$.3f],[%1$.3f,%3$.3f]]",
                e.getMinX(),
                e.getMaxX(),
                e.getMinY(),
                e.getMaxY());
        return Files.writeString(
                file,
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                        + "\"urn:ogc:def:crs:EPSG::28992\"}},\"features\":[{\"type\":\"Feature\",\"properties\":"
                        + "{\"naam\":\"west\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}",
                StandardCharsets.UTF_8);
    }
}
