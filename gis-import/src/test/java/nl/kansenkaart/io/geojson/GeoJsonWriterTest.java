package nl.kansenkaart.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class GeoJsonWriterTest {

    @TempDir
    Path dir;

    private Path writeGrid() throws Exception {
        Path file = dir.resolve("net.geojson");
        WKTReader wkt = new WKTReader();
        // Clockwise exterior: RFC 7946 wants it counter-clockwise, so the writer must turn it.
        Geometry clockwise = wkt.read("POLYGON ((6.55 53.01, 6.57 53.01, 6.57 53.00, 6.55 53.00, 6.55 53.01))");
        Geometry multi = wkt.read("MULTIPOLYGON (((6.58 53.0, 6.59 53.0, 6.59 53.01, 6.58 53.0)))");
        try (GeoJsonWriter w = GeoJsonWriter.create(file, GeoJsonWriter.Options.wgs84())) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", "NB-1");
            p.put("naam", "Onderstation Assen-Noord");
            p.put("invoeding", "rood");
            p.put("verwacht_opgelost", 2029);
            w.write(clockwise, p);
            w.write(multi, Map.of("id", "NB-2"));
        }
        return file;
    }

    @Test
    void features_come_one_per_line_with_fixed_decimals_and_no_crs() throws Exception {
        String text = Files.readString(writeGrid());
        assertThat(text.lines()).hasSize(4);
        assertThat(text).startsWith("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\"");
        assertThat(text).doesNotContain("\"crs\"");
        assertThat(text).contains("\"verwacht_opgelost\":2029");
        // Counter-clockwise now: from the first corner it goes east along the bottom.
        assertThat(text).contains("[[[6.5500000,53.0100000],[6.5500000,53.0000000],[6.5700000,53.0000000]");
        assertThat(text).endsWith("]}\n");
    }

    @Test
    void an_rd_file_declares_its_crs() throws Exception {
        Path file = dir.resolve("rd.geojson");
        try (GeoJsonWriter w = GeoJsonWriter.create(file, GeoJsonWriter.Options.rdNew())) {
            w.write(new WKTReader().read("POINT (233010.5 557020.25)"), Map.of("naam", "Sluiskade"));
        }
        String text = Files.readString(file);
        assertThat(text)
                .contains("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}}");
        assertThat(text).contains("[233010.500,557020.250]");
    }

    @Test
    void holes_turn_clockwise_and_exteriors_counter_clockwise() throws Exception {
        Path file = dir.resolve("gat.geojson");
        // Exterior clockwise and hole counter-clockwise: both the wrong way round for RFC 7946.
        Geometry withHole = new WKTReader().read("POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");
        try (GeoJsonWriter w =
                GeoJsonWriter.create(file, new GeoJsonWriter.Options(0, Optional.empty(), Optional.of("gat")))) {
            w.write(withHole, Map.of());
        }
        String text = Files.readString(file);
        assertThat(text).contains("\"name\":\"gat\"");
        assertThat(text).contains("[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]");
    }

    @Test
    void an_empty_collection_is_still_valid_json() throws Exception {
        Path file = dir.resolve("leeg.geojson");
        GeoJsonWriter.create(file, GeoJsonWriter.Options.wgs84()).close();
        assertThat(Files.readString(file)).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}\n");
    }

    @Test
    void gdal_reads_the_collection_as_wgs84_polygons_with_the_properties() throws Exception {
        assumeThat(ogrinfoOnPath()).as("ogrinfo staat niet op het PATH").isTrue();
        Path file = writeGrid();
        String summary = ogrinfo(file, "-so");
        assertThat(summary)
                .contains("Feature Count: 2")
                // A Polygon and a MultiPolygon together: GDAL calls the layer type "Unknown (any)".
                .contains("Geometry: Unknown")
                .contains("WGS 84");
        String all = ogrinfo(file, "-al");
        assertThat(all)
                .contains("naam (String) = Onderstation Assen-Noord")
                .contains("invoeding (String) = rood")
                .contains("verwacht_opgelost (Integer) = 2029")
                .contains("  POLYGON ((6.55 53.01,")
                .contains("MULTIPOLYGON (((6.58 53.0,");
    }

    private static boolean ogrinfoOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "ogrinfo"))) {
                return true;
            }
        }
        return false;
    }

    private static String ogrinfo(Path file, String mode) throws IOException, InterruptedException {
        ProcessBuilder pb = "-so".equals(mode)
                ? new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString())
                : new ProcessBuilder("ogrinfo", "-ro", "-al", file.toString());
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
