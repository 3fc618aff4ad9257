package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.shapefile.ShapefileWriter;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * {@code --area FILE}: an import keeps the features near the polygons of an area file, in GeoJSON
 * or as a shapefile, without any park in the project.
 */
class AreaFileImportTest {
    @TempDir
    Path dir;

    private static final GeometryFactory RD = new GeometryFactory();
    private final Importer importer = new Importer(ImporterRealDataTest.CLOCK);

    /** 40 panden of 10 x 10 m in a row, 20 m apart, from x = 85,000. */
    private Path panden() throws Exception {
        List<SourceFiles.Rect> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double x = 85_000 + i * 20;
            out.add(new SourceFiles.Rect(
                    x,
                    447_000,
                    x + 10,
                    447_010,
                    Map.of(
                            "identificatie",
                            String.format("0503100000%06d", i + 1),
                            "bouwjaar",
                            1990,
                            "status",
                            "Pand in gebruik")));
        }
        return SourceFiles.geoJsonRd(dir.resolve("panden.geojson"), out);
    }

    private static List<Integer> numbers(ProjectStore store) throws Exception {
        // No park in the project: the stored rows are read back through a park drawn over everything.
        List<Integer> numbers = new ArrayList<>();
        try (var s = store.beginImport(new nl.kansenkaart.io.store.Provenance(
                "alles.geojson",
                nl.kansenkaart.io.SourceKind.PARKS,
                "GeoJSON",
                "EPSG:28992",
                java.time.Instant.now(),
                nl.kansenkaart.io.store.ImportCounts.NONE,
                List.of()))) {
            s.add(new nl.kansenkaart.core.model.Park(
                    "ALLES",
                    "Alles",
                    "Delft",
                    java.util.OptionalDouble.empty(),
                    java.util.OptionalDouble.empty(),
                    RD.toGeometry(new Envelope(80_000, 90_000, 440_000, 450_000))));
            s.commit(nl.kansenkaart.io.store.ImportCounts.allImported(1));
        }
        for (Building b : store.load("ALLES").buildings()) {
            numbers.add(Integer.parseInt(b.id().substring(10)));
        }
        numbers.sort(null);
        return numbers;
    }

    @Test
    void a_geojson_area_in_wgs84_keeps_the_panden_within_250_m_of_its_polygon() throws Exception {
        // The polygon x 85,000-85,100 / y 447,000-447,010 in RD, written as lon/lat (RFC 7946, no crs member).
        var toWgs = nl.kansenkaart.io.crs.CrsTransforms.rdToWgs84();
        var polygon = RD.toGeometry(new Envelope(85_000, 85_100, 447_000, 447_010));
        StringBuilder ring = new StringBuilder();
        for (var rd : polygon.getCoordinates()) {
            var c = toWgs.apply(rd);
            ring.append(ring.length() == 0 ? "" : ",")
                    .append(String.format(java.util.Locale.ROOT, "[%.8f,%.8f]", c.x, c.y));
        }
        Path area = dir.resolve("plangebied.geojson");
        Files.writeString(
                area,
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"naam\":\"plan\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}]}",
                StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportReport report = importer.importFile(
                    store, panden(), Optional.empty(), new ImportArea.AreaFile(area), Progress.NONE);
            // Envelope 84,750-85,350 (give or take the round trip through WGS84): panden 0 to 17.
            assertThat(report.counts().imported()).isEqualTo(18);
            assertThat(report.counts().skippedReasons()).containsEntry(LayerImporter.OUTSIDE, 22L);
            assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("plangebied.geojson: 1 vlak"));
            assertThat(store.sources()).singleElement().satisfies(p -> assertThat(p.notes())
                    .anySatisfy(n -> assertThat(n).startsWith("beperkt tot gebiedsbestand plangebied.geojson")));
            assertThat(numbers(store)).hasSize(18).startsWith(1).endsWith(18);
        }
    }

    @Test
    void a_shapefile_with_two_polygons_far_apart_keeps_the_panden_near_either() throws Exception {
        Path shp = dir.resolve("terreinen.shp");
        try (ShapefileWriter w = ShapefileWriter.create(
                shp,
                ShapefileWriter.ShapeType.POLYGON,
                List.of(ShapefileWriter.Field.character("NAAM", 20)),
                ShapefileWriter.RD_NEW_PRJ,
                StandardCharsets.UTF_8,
                LocalDate.of(2026, 1, 1))) {
            w.write(RD.toGeometry(new Envelope(85_000, 85_100, 447_000, 447_010)), List.of("west"));
            w.write(RD.toGeometry(new Envelope(85_770, 85_790, 447_000, 447_010)), List.of("oost"));
        }
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportReport report =
                    importer.importFile(store, panden(), Optional.empty(), new ImportArea.AreaFile(shp), Progress.NONE);
            // West: 84,750-85,350 -> panden 0-17; east: 85,520-86,040 -> panden 26-39. The gap stays out.
            assertThat(report.counts().imported()).isEqualTo(18 + 14);
            List<Integer> numbers = numbers(store);
            assertThat(numbers).hasSize(32).contains(1, 18, 27, 40).doesNotContain(19, 26);
        }
    }

    @Test
    void an_area_file_without_polygons_is_refused_and_the_project_stays_unchanged() throws Exception {
        Path points = dir.resolve("punten.geojson");
        Files.writeString(
                points,
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                        + "\"urn:ogc:def:crs:EPSG::28992\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[85000,447000]}}]}",
                StandardCharsets.UTF_8);
        Path project = dir.resolve("p.gpkg");
        ProjectStore.create(project).close();
        byte[] before = Files.readAllBytes(project);
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThatThrownBy(() -> importer.importFile(
                            store, panden(), Optional.empty(), new ImportArea.AreaFile(points), Progress.NONE))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("punten.geojson")
                    .hasMessageContaining("geen vlakken");
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }
}
