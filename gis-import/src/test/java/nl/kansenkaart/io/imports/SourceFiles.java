package nl.kansenkaart.io.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes small source files in the formats users download (GeoJSON in RD, semicolon CSV) for tests. */
final class SourceFiles {
    private SourceFiles() {}

    /** A feature: an RD rectangle and its properties. */
    record Rect(double minX, double minY, double maxX, double maxY, Map<String, Object> properties) {}

    /** A GeoJSON FeatureCollection in RD New, declared with the OGC URN as GDAL writes it. */
    static Path geoJsonRd(Path file, List<Rect> features) throws IOException {
        String body = features.stream().map(SourceFiles::feature).collect(Collectors.joining(",\n"));
        String json = "{\"type\":\"FeatureCollection\",\"name\":\"test\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}},\"features\":[\n" + body + "\n]}\n";
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    static String feature(Rect r) {
        String props = r.properties().entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + value(e.getValue()))
                .collect(Collectors.joining(","));
        String ring = String.format(
                Locale.ROOT,
                "[[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f]]",
                r.minX(),
                r.minY(),
                r.maxX(),
                r.minY(),
                r.maxX(),
                r.maxY(),
                r.minX(),
                r.maxY(),
                r.minX(),
                r.minY());
        return "{\"type\":\"Feature\",\"properties\":{" + props
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
    }

    private static String value(Object v) {
        if (v instanceof Number) {
            return v.toString();
        }
        return "\"" + v.toString().replace("\"", "\\\"") + "\"";
    }

    /** A semicolon CSV as Dutch Excel saves it: UTF-8 with BOM. */
    static Path csv(Path file, List<String> lines) throws IOException {
        Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /** One IBIS park (national style) over an RD rectangle. */
    static Path park(Path file, String rin, double minX, double minY, double maxX, double maxY) throws IOException {
        return geoJsonRd(
                file,
                List.of(new Rect(
                        minX,
                        minY,
                        maxX,
                        maxY,
                        Map.of(
                                "RIN_NUMMER",
                                rin,
                                "PLAN_NAAM",
                                "Testterrein " + rin,
                                "GEM_CODES",
                                "0518",
                                "GEMEENTE",
                                "'s-Gravenhage",
                                "HA_BRUTO",
                                12.5,
                                "HA_NETTO",
                                10.0))));
    }
}
