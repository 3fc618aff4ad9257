package nl.kansenkaart.io.cityjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.Formats;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityJsonFormatTest {

    private static final double RIDGE_Z = 3 + 4 * Math.tan(Math.toRadians(30));

    @TempDir
    Path dir;

    private final CityJsonFormat format = new CityJsonFormat();

    private static List<SourceFeature> readAll(FeatureLayer layer) throws SourceException {
        List<SourceFeature> all = new ArrayList<>();
        for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
            all.add(f.get());
        }
        return all;
    }

    /**
     * A 10 x 8 m house with a 30 degree gable roof, ridge east-west at y = 4, as one CityJSONFeature
     * with integer vertices (scale 0.001, translated to Delft). No LoD0: the footprint comes from
     * the ground surface.
     */
    private static String gableHouseSequence(String extraLine) {
        long zr = Math.round(RIDGE_Z * 1000);
        String vertices = "[[0,0,0],[10000,0,0],[10000,8000,0],[0,8000,0],"
                + "[0,0,3000],[10000,0,3000],[10000,8000,3000],[0,8000,3000],"
                + "[0,4000," + zr + "],[10000,4000," + zr + "]]";
        // Faces wound counter-clockwise seen from outside (outward normals).
        String boundaries =
                "[[[[0,3,2,1]],[[4,5,9,8]],[[6,7,8,9]],[[0,1,5,4]],[[2,3,7,6]]," + "[[1,2,6,9,5]],[[3,0,4,8,7]]]]";
        String semantics = "{\"surfaces\":[{\"type\":\"GroundSurface\"},{\"type\":\"RoofSurface\"},"
                + "{\"type\":\"WallSurface\"}],\"values\":[[0,1,1,2,2,2,2]]}";
        String header = "{\"type\":\"CityJSON\",\"version\":\"2.0\",\"transform\":{\"scale\":[0.001,0.001,0.001],"
                + "\"translate\":[85000.0,446000.0,0.0]},\"CityObjects\":{},\"vertices\":[],"
                + "\"metadata\":{\"referenceSystem\":\"https://www.opengis.net/def/crs/EPSG/0/7415\"}}";
        String feature = "{\"type\":\"CityJSONFeature\",\"id\":\"NL.IMBAG.Pand.0503100000099999\",\"CityObjects\":{"
                + "\"NL.IMBAG.Pand.0503100000099999\":{\"type\":\"Building\",\"attributes\":{\"b3_dak_type\":\"slanted\","
                + "\"b3_h_dak_50p\":4.2,\"oorspronkelijkbouwjaar\":1965,\"b3_bouwlagen\":null},"
                + "\"children\":[\"NL.IMBAG.Pand.0503100000099999-0\"]},"
                + "\"NL.IMBAG.Pand.0503100000099999-0\":{\"type\":\"BuildingPart\",\"attributes\":{},"
                + "\"parents\":[\"NL.IMBAG.Pand.0503100000099999\"],\"geometry\":[{\"type\":\"Solid\",\"lod\":\"2.2\","
                + "\"boundaries\":" + boundaries + ",\"semantics\":" + semantics + "}]}},"
                + "\"vertices\":" + vertices + "}";
        return header + "\n" + feature + "\n" + extraLine;
    }

    @Test
    void a_hand_checked_gable_roof_gives_30_degrees_facing_south_and_north_with_its_true_area() throws Exception {
        Path file = dir.resolve("huis.city.jsonl");
        Files.writeString(file, gableHouseSequence(""));
        assertThat(Formats.detect(file)).isInstanceOf(CityJsonFormat.class);
        try (FeatureLayer layer = format.open(file, "dakvlak")) {
            assertThat(layer.crs().epsg()).hasValue(7415);
            List<SourceFeature> faces = readAll(layer);
            assertThat(faces).hasSize(2);
            Map<String, Object> south = faces.get(0).attributes();
            Map<String, Object> north = faces.get(1).attributes();
            assertThat(south.get("buildingId")).isEqualTo("NL.IMBAG.Pand.0503100000099999");
            assertThat((double) south.get("slopeDeg")).isCloseTo(30, within(0.01));
            assertThat((double) south.get("azimuthDeg")).isCloseTo(180, within(0.01));
            assertThat((double) north.get("azimuthDeg")).isCloseTo(0, within(0.01));
            // 10 m along the ridge times 4 m / cos 30 up the slope
            assertThat((double) south.get("areaM2")).isCloseTo(10 * 4 / Math.cos(Math.toRadians(30)), within(0.01));
            assertThat((double) south.get("heightMeanM")).isCloseTo((3 + RIDGE_Z) / 2, within(0.001));
            assertThat(faces.get(0).geometry().orElseThrow().getArea()).isCloseTo(40, within(0.001));
            assertThat(faces.get(0)
                            .geometry()
                            .orElseThrow()
                            .getEnvelopeInternal()
                            .getMinX())
                    .isCloseTo(85_000, within(0.001));
        }
        try (FeatureLayer layer = format.open(file, "pand")) {
            List<SourceFeature> panden = readAll(layer);
            assertThat(panden).hasSize(1);
            assertThat(panden.get(0).id()).contains("NL.IMBAG.Pand.0503100000099999");
            assertThat(panden.get(0).attributes())
                    .containsEntry("b3_dak_type", "slanted")
                    .containsEntry("oorspronkelijkbouwjaar", 1965L)
                    .doesNotContainKey("b3_bouwlagen");
            assertThat(panden.get(0).geometry().orElseThrow().getArea()).isCloseTo(80, within(0.001));
        }
    }

    @Test
    void broken_json_in_a_sequence_names_the_city_json_feature() throws Exception {
        Path file = dir.resolve("kapot.city.jsonl");
        Files.writeString(file, gableHouseSequence("{\"type\":\"CityJSONFeature\",\"CityObjects\":{\"x\" 1}}\n"));
        try (FeatureLayer layer = format.open(file, "pand")) {
            assertThat(layer.next()).isPresent();
            assertThatThrownBy(layer::next)
                    .isInstanceOf(SourceException.class)
                    .hasMessageStartingWith("kapot.city.jsonl, object 2: ongeldige JSON bij regel 3, kolom");
        }
    }

    @Tag("realdata")
    @Test
    void the_3d_bag_delft_sequence_has_10_buildings_with_lod0_footprints_and_b3_attributes() throws Exception {
        Path file = SharedData.file("3dbag-delft/delft_subset.city.jsonl");
        List<SourceFeature> panden;
        try (FeatureLayer layer = Formats.detect(file).open(file, "pand")) {
            assertThat(layer.crs().epsg()).hasValue(7415);
            assertThat(layer.fieldNames()).contains("b3_opp_dak_plat", "b3_h_dak_50p", "identificatie");
            panden = readAll(layer);
        }
        assertThat(panden).hasSize(10);
        SourceFeature sample = panden.stream()
                .filter(p -> p.id().orElseThrow().equals("NL.IMBAG.Pand.0503100000005156"))
                .findFirst()
                .orElseThrow();
        assertThat(sample.attributes())
                .containsEntry("b3_dak_type", "slanted")
                .containsEntry("b3_opp_dak_schuin", 63.5)
                .containsEntry("oorspronkelijkbouwjaar", 2000L);
        for (SourceFeature p : panden) {
            // LoD0 is the BAG footprint, whose area 3D BAG reports as b3_opp_grond
            assertThat(p.geometry().orElseThrow().getArea())
                    .as(p.id().orElseThrow())
                    .isCloseTo(((Number) p.attributes().get("b3_opp_grond")).doubleValue(), within(0.1));
        }
    }

    @Tag("realdata")
    @Test
    void roof_faces_of_the_delft_sequence_add_up_to_the_b3_roof_area_totals() throws Exception {
        Path file = SharedData.file("3dbag-delft/delft_subset.city.jsonl");
        Map<String, Double> roofArea = new HashMap<>();
        Map<String, Double> maxSlope = new HashMap<>();
        List<SourceFeature> faces;
        try (FeatureLayer layer = format.open(file, "dakvlak")) {
            faces = readAll(layer);
        }
        for (SourceFeature f : faces) {
            String building = (String) f.attributes().get("buildingId");
            roofArea.merge(building, (Double) f.attributes().get("areaM2"), Double::sum);
            maxSlope.merge(building, (Double) f.attributes().get("slopeDeg"), Math::max);
            assertThat((double) f.attributes().get("slopeDeg")).isBetween(0.0, 70.0);
            assertThat((double) f.attributes().get("azimuthDeg")).isBetween(0.0, 360.0);
            assertThat(f.geometry()).isPresent();
        }
        assertThat(roofArea).hasSize(10);
        List<SourceFeature> panden;
        try (FeatureLayer layer = format.open(file, "pand")) {
            panden = readAll(layer);
        }
        int exact = 0;
        for (SourceFeature p : panden) {
            String id = p.id().orElseThrow();
            double total = ((Number) p.attributes().get("b3_opp_dak_plat")).doubleValue()
                    + ((Number) p.attributes().get("b3_opp_dak_schuin")).doubleValue();
            assertThat(roofArea.get(id)).as(id).isLessThanOrEqualTo(total + 0.1).isGreaterThan(0.9 * total);
            exact += Math.abs(roofArea.get(id) - total) <= 0.1 ? 1 : 0;
            if ("horizontal".equals(p.attributes().get("b3_dak_type"))) {
                assertThat(maxSlope.get(id)).as(id).isLessThan(10);
            }
        }
        // 9 of 10 match to 0.1 m2; 0503100000005156 reports 8.85 m2 more than its lod22 roof faces hold.
        assertThat(exact).isGreaterThanOrEqualTo(9);
        // A symmetric gable (0503100000032443): two 33.5 degree faces looking opposite ways.
        List<SourceFeature> gable = faces.stream()
                .filter(f -> f.attributes().get("buildingId").equals("NL.IMBAG.Pand.0503100000032443"))
                .toList();
        assertThat(gable).hasSize(2);
        double a0 = (double) gable.get(0).attributes().get("azimuthDeg");
        double a1 = (double) gable.get(1).attributes().get("azimuthDeg");
        assertThat(Math.abs(a0 - a1)).isCloseTo(180, within(2.0));
        assertThat((double) gable.get(0).attributes().get("slopeDeg")).isCloseTo(33.5, within(0.5));
    }

    @Tag("realdata")
    @Test
    void the_same_two_buildings_come_out_of_city_json_and_city_json_seq() throws Exception {
        Path json = SharedData.file("3dbag-delft/3dbag_b2.city.json");
        Path seq = SharedData.file("3dbag-delft/3dbag_b2.city.jsonl");
        Map<String, Double> footprints = new HashMap<>();
        for (Path file : List.of(json, seq)) {
            try (FeatureLayer layer = format.open(file, "pand")) {
                List<SourceFeature> panden = readAll(layer);
                assertThat(panden).hasSize(2);
                for (SourceFeature p : panden) {
                    double area = p.geometry().orElseThrow().getArea();
                    Double earlier = footprints.putIfAbsent(p.id().orElseThrow(), area);
                    if (earlier != null) {
                        assertThat(area).isCloseTo(earlier, within(1e-6));
                    }
                }
            }
            try (FeatureLayer layer = format.open(file, "dakvlak")) {
                assertThat(readAll(layer)).hasSize(10);
            }
        }
        assertThat(footprints).containsOnlyKeys("NL.IMBAG.Pand.0503100000028341", "NL.IMBAG.Pand.0503100000031927");
    }
}
