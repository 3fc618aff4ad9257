package nl.kansenkaart.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.io.crs.CrsGuess;
import nl.kansenkaart.io.crs.CrsTransforms;
import nl.kansenkaart.io.geopackage.GeoPackageFormat;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.Formats;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonFormatTest {

    private static final double HALF_SQUARE_METRE = 0.5;

    @TempDir
    Path dir;

    private final GeoJsonFormat format = new GeoJsonFormat();

    private static List<SourceFeature> readAll(FeatureLayer layer) throws SourceException {
        List<SourceFeature> all = new ArrayList<>();
        for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
            all.add(f.get());
        }
        return all;
    }

    private static final String COLLECTION =
            """
            {"type": "FeatureCollection",
             "name": "test",
             "features": [
              {"type": "Feature", "id": "pand-1",
               "properties": {"naam": "Hal A", "bouwjaar": 1977, "opp": 1250.5, "actief": true,
                              "leeg": null, "adres": {"straat": "Kanaalweg", "nr": 3}, "codes": [1, 2, "x"]},
               "geometry": {"type": "MultiPolygon", "coordinates": [
                 [[[0,0],[10,0],[10,10],[0,10],[0,0]], [[2,2],[2,4],[4,4],[4,2],[2,2]]],
                 [[[20,0],[30,0],[30,10],[20,0]]]]}},
              {"type": "Feature", "id": 42, "properties": {},
               "geometry": {"type": "GeometryCollection", "geometries": [
                 {"type": "Point", "coordinates": [1, 2]},
                 {"coordinates": [[0,0],[1,1]], "type": "LineString"}]}},
              {"type": "Feature", "properties": null, "geometry": null}
             ]}
            """;

    @Test
    void a_feature_collection_streams_geometry_ids_and_properties() throws Exception {
        Path file = dir.resolve("panden.geojson");
        Files.writeString(file, COLLECTION);
        assertThat(format.probe(file)).isTrue();
        try (FeatureLayer layer = format.open(file, "panden")) {
            assertThat(layer.sizeHint()).contains(3L);
            assertThat(layer.fieldNames()).startsWith("naam", "bouwjaar");
            List<SourceFeature> all = readAll(layer);
            assertThat(all).hasSize(3);
            SourceFeature first = all.get(0);
            assertThat(first.id()).contains("pand-1");
            assertThat(first.attributes())
                    .containsEntry("naam", "Hal A")
                    .containsEntry("bouwjaar", 1977L)
                    .containsEntry("opp", 1250.5)
                    .containsEntry("actief", true)
                    .containsEntry("adres", "{\"straat\":\"Kanaalweg\",\"nr\":3}")
                    .containsEntry("codes", List.of(1L, 2L, "x"))
                    .doesNotContainKey("leeg");
            MultiPolygon mp = (MultiPolygon) first.geometry().orElseThrow();
            assertThat(((Polygon) mp.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
            assertThat(mp.getArea()).isEqualTo(100 - 4 + 50);
            assertThat(mp.getSRID()).isEqualTo(4326);
            SourceFeature second = all.get(1);
            assertThat(second.id()).contains("42");
            assertThat(second.geometry().orElseThrow().getGeometryType()).isEqualTo("GeometryCollection");
            assertThat(second.geometry().orElseThrow().getNumGeometries()).isEqualTo(2);
            assertThat(all.get(2).geometry()).isEmpty();
            assertThat(all.get(2).number()).isEqualTo(3);
        }
    }

    @Test
    void a_collection_without_crs_reports_wgs84_marked_as_the_rfc_7946_default() throws Exception {
        Path file = dir.resolve("a.geojson");
        Files.writeString(file, COLLECTION);
        try (FeatureLayer layer = format.open(file, "a")) {
            assertThat(layer.crs().epsg()).hasValue(4326);
            assertThat(layer.crs().declaration()).contains(CrsGuess.RFC7946_DECLARATION);
        }
    }

    @Test
    void an_old_crs_member_is_read_in_all_its_spellings_even_after_the_features() throws Exception {
        String[][] cases = {
            {"urn:ogc:def:crs:EPSG::28992", "28992"},
            {"EPSG:28992", "28992"},
            {"urn:ogc:def:crs:OGC:1.3:CRS84", "4326"},
            {"urn:ogc:def:crs:EPSG::3857", "3857"}
        };
        int i = 0;
        for (String[] c : cases) {
            String crs = "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"" + c[0] + "\"}}";
            Path before = dir.resolve("voor" + i + ".geojson");
            Files.writeString(before, "{\"type\":\"FeatureCollection\"," + crs + ",\"features\":[]}");
            Path after = dir.resolve("na" + i + ".geojson");
            Files.writeString(after, "{\"type\":\"FeatureCollection\",\"features\":[], " + crs + "}");
            for (Path f : List.of(before, after)) {
                try (FeatureLayer layer = format.open(f, GeoJsonFormat.layerName(f))) {
                    assertThat(layer.crs().epsg()).as(c[0]).hasValue(Integer.parseInt(c[1]));
                    assertThat(layer.crs().declaration()).contains(c[0]);
                    assertThat(layer.next()).isEmpty();
                }
            }
            i++;
        }
    }

    @Test
    void a_newline_delimited_sequence_with_and_without_record_separators_is_read() throws Exception {
        String f1 = "{\"type\":\"Feature\",\"id\":1,\"properties\":{\"a\":\"x\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[5.1,52.1]}}";
        String f2 = "{\"type\":\"Feature\",\"id\":2,\"properties\":{\"a\":\"y\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[5,52],[5.1,52],[5.1,52.1],[5,52]]]}}";
        Path plain = dir.resolve("reeks.geojsonl");
        Files.writeString(plain, f1 + "\n" + f2 + "\n");
        Path rs = dir.resolve("reeks.geojsons");
        Files.writeString(rs, "\u001E" + f1 + "\n\u001E" + f2 + "\n");
        for (Path file : List.of(plain, rs)) {
            assertThat(format.probe(file)).isTrue();
            try (FeatureLayer layer = format.open(file, "reeks")) {
                List<SourceFeature> all = readAll(layer);
                assertThat(all).extracting(f -> f.id().orElseThrow()).containsExactly("1", "2");
                assertThat(all.get(1).geometry().orElseThrow().getGeometryType())
                        .isEqualTo("Polygon");
                assertThat(layer.crs().declaration()).contains(CrsGuess.RFC7946_DECLARATION);
            }
        }
    }

    @Test
    void broken_json_names_the_feature_and_jacksons_line_and_column_in_dutch() throws Exception {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 1; i <= 5; i++) {
            String props = i == 4 ? "{\"naam\": \"kapot\" \"x\": 1}" : "{\"naam\": \"ok\"}";
            json.append("{\"type\":\"Feature\",\"properties\":")
                    .append(props)
                    .append(",\"geometry\":null}")
                    .append(i < 5 ? ",\n" : "\n");
        }
        json.append("]}");
        Path file = dir.resolve("kapot.geojson");
        Files.writeString(file, json.toString());
        assertThatThrownBy(() -> {
                    try (FeatureLayer layer = format.open(file, "kapot")) {
                        readAll(layer);
                    }
                })
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("kapot.geojson, object 4: ongeldige JSON bij regel 5, kolom 49")
                .satisfies(
                        e -> assertThat(((SourceException) e).featureNumber()).hasValue(4));
    }

    @Test
    void a_geometry_with_an_unknown_type_is_refused_at_its_feature() throws Exception {
        Path file = dir.resolve("vreemd.geojson");
        Files.writeString(
                file,
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                        + "\"geometry\":{\"type\":\"Circle\",\"coordinates\":[1,2]}}]}");
        try (FeatureLayer layer = format.open(file, "vreemd")) {
            assertThatThrownBy(layer::next).hasMessage("vreemd.geojson, object 1: onbekend geometrietype \"Circle\"");
        }
    }

    @Test
    void formats_detects_geojson_and_refuses_unknown_files_in_dutch() throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, COLLECTION);
        assertThat(Formats.detect(file)).isInstanceOf(GeoJsonFormat.class);
        Path unknown = dir.resolve("notities.docx");
        Files.writeString(unknown, "hallo");
        assertThatThrownBy(() -> Formats.detect(unknown))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(
                        "notities.docx: onbekend bestandsformaat; ondersteund zijn GeoPackage, ESRI Shapefile")
                .hasMessageContaining("GeoJSON")
                .hasMessageContaining("CSV");
    }

    /** Millidegrees as a decimal degree text, e.g. 52001 -> "52.001". */
    private static String deg(long milli) {
        long fraction = milli % 1000;
        return milli / 1000 + "." + (fraction < 10 ? "00" : fraction < 100 ? "0" : "") + fraction;
    }

    @Tag("slow")
    @Test
    void two_hundred_thousand_features_stream_in_the_default_heap() throws Exception {
        Path file = dir.resolve("groot.geojson");
        int n = 200_000;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < n; i++) {
                // Integer millidegrees written by hand: String.format would dominate the test's time.
                long x = 4000 + i % 1000;
                long y = 52000 + i / 1000;
                w.write("{\"type\":\"Feature\",\"id\":" + i + ",\"properties\":{\"naam\":\"vak " + i
                        + "\",\"waarde\":" + i + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[["
                        + deg(x) + "," + deg(y) + "],[" + deg(x + 1) + "," + deg(y) + "],[" + deg(x + 1) + ","
                        + deg(y + 1) + "],[" + deg(x) + "," + deg(y) + "]]]}}" + (i + 1 < n ? "," : "") + "\n");
            }
            w.write("]}");
        }
        long size = Files.size(file);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long during = 0;
        long start = System.nanoTime();
        long count = 0;
        double area = 0;
        try (FeatureLayer layer = format.open(file, "groot")) {
            for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                count++;
                area += f.get().geometry().orElseThrow().getArea();
                if (count == n / 2) {
                    System.gc();
                    during = rt.totalMemory() - rt.freeMemory();
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "GeoJSON streaming: %d features, %.1f MB, %d ms, heap growth half-way %d kB%n",
                count, size / 1e6, millis, (during - before) >> 10);
        assertThat(count).isEqualTo(n);
        // Half-way, the heap holds no more than a small part of what 100,000 polygons would take.
        assertThat(during - before).isLessThan(16L << 20);
        assertThat(area).isCloseTo(n * 0.5e-6, within(1e-6));
    }

    @Tag("realdata")
    @Test
    void ibis_rijssen_holten_gives_22_wgs84_polygons_whose_rd_areas_match_gdal() throws Exception {
        Path json = SharedData.file("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten.json");
        Path gdalRd = SharedData.file("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten_rd.gpkg");
        List<SourceFeature> features;
        try (FeatureLayer layer = Formats.detect(json).open(json, "IBIS_BEDRIJVENTERREINEN_RijssenHolten")) {
            assertThat(layer.crs().declaration()).contains(CrsGuess.RFC7946_DECLARATION);
            features = readAll(layer);
        }
        assertThat(features).hasSize(22);
        assertThat(features.get(0).attributes()).containsKeys("RINNUMMER", "BEDRIJVENT", "KERN", "OPPBRUTO");
        // The _rd.gpkg beside it was reprojected by GDAL 3.6 (ogr2ogr -t_srs EPSG:28992): compare polygon by polygon.
        List<SourceFeature> gdal;
        try (FeatureLayer layer = new GeoPackageFormat().open(gdalRd, "ibis_bedrijventerreinen")) {
            gdal = readAll(layer);
        }
        var toRd = CrsTransforms.toRd(features.get(0).geometry().orElseThrow().getSRID())
                .orElseThrow();
        for (int i = 0; i < 22; i++) {
            Geometry ours = toRd.apply(features.get(i).geometry().orElseThrow());
            Geometry theirs = gdal.get(i).geometry().orElseThrow();
            assertThat(gdal.get(i).attributes().get("RINNUMMER"))
                    .isEqualTo(features.get(i).attributes().get("RINNUMMER"));
            assertThat(ours.getArea()).as("polygoon %d", i + 1).isCloseTo(theirs.getArea(), within(HALF_SQUARE_METRE));
            assertThat(ours.getSRID()).isEqualTo(28992);
        }
    }
}
