package nl.kansenkaart.io.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.geojson.GeoJsonWriter;
import nl.kansenkaart.io.imports.ImportException;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The broken-file corpus through the whole import into a project that already holds data: each
 * file is refused with its Dutch message (file, feature, reason) and the project file stays byte
 * for byte as it was.
 */
class BrokenImportsTest {
    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void aProjectWithData() throws Exception {
        project = dir.resolve("project.gpkg");
        Path panden = dir.resolve("goed.geojson");
        try (GeoJsonWriter out = GeoJsonWriter.create(panden, GeoJsonWriter.Options.rdNew())) {
            for (int i = 0; i < 3; i++) {
                out.write(
                        new GeometryFactory()
                                .toGeometry(new Envelope(155_000 + i * 20, 155_010 + i * 20, 463_000, 463_010)),
                        Map.of("identificatie", "051810000000000" + i, "bouwjaar", 1990, "status", "Pand in gebruik"));
            }
        }
        try (ProjectStore store = ProjectStore.create(project)) {
            new Importer().importFile(store, panden, Optional.empty(), Optional.empty(), Progress.NONE);
        }
    }

    static Stream<Arguments> corpus() {
        return BrokenFilesTest.corpus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void every_broken_file_is_refused_with_its_message_and_the_project_stays_byte_for_byte_the_same(
            String what, BrokenFilesTest.Maker maker, String expected) throws Exception {
        Path file = maker.make(dir);
        String before = sha256(project);
        String reason = expected.substring(expected.indexOf(": ") + 2);
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThatThrownBy(() ->
                            new Importer().importFile(store, file, Optional.empty(), Optional.empty(), Progress.NONE))
                    .as(what)
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining(file.getFileName().toString())
                    .hasMessageContaining(reason);
        }
        assertThat(sha256(project)).as(what).isEqualTo(before);
    }

    @Test
    void a_large_geojson_broken_at_feature_8412_is_refused_there_after_a_single_pass() throws Exception {
        // Over 16 MB, so the features are read once (no counting pass): the error surfaces mid-import.
        Path file = dir.resolve("groot.geojson");
        String padding = "x".repeat(2_000);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                    + "\"urn:ogc:def:crs:EPSG::28992\"}},\"features\":[\n");
            for (int i = 1; i <= 9_000; i++) {
                double x = 155_000 + (i % 100) * 20;
                double y = 463_000 + (i / 100) * 20;
                String ring = "[[" + x + "," + y + "],[" + (x + 10) + "," + y + "],[" + (x + 10) + "," + (y + 10)
                        + "],[" + x + "," + (y + 10) + "],[" + x + "," + y + "]]";
                w.write("{\"type\":\"Feature\",\"properties\":{\"identificatie\":\"05181000001"
                        + String.format("%05d", i)
                        + "\",\"bouwjaar\":1990,\"status\":\"Pand in gebruik\",\"opmerking\":\"" + padding + "\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + (i == 8_412 ? ring + "," : ring)
                        + "]}}" + (i < 9_000 ? ",\n" : "\n"));
            }
            w.write("]}\n");
        }
        assertThat(Files.size(file)).isGreaterThan(16L << 20);
        String before = sha256(project);
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThatThrownBy(() ->
                            new Importer().importFile(store, file, Optional.empty(), Optional.empty(), Progress.NONE))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("groot.geojson")
                    .hasMessageContaining("object 8412")
                    .hasMessageContaining("ongeldige JSON");
            assertThat(store.layerCounts())
                    .anySatisfy(c -> assertThat(c.toString()).contains("panden"));
        }
        assertThat(sha256(project)).isEqualTo(before);
        assertThat(List.of(Files.list(dir).map(p -> p.getFileName().toString()).toArray()))
                .doesNotContain("project.gpkg-journal");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
