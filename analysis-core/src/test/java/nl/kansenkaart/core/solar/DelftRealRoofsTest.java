package nl.kansenkaart.core.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.RoofType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ten real 3D BAG buildings of Delft (../shared/data/3dbag-delft, CityJSONSeq v2024.04.20)
 * through both footprint methods, with b3_opp_grond as footprint and b3_dak_type as roof shape.
 * The core has no JSON parser, so the test reads the few flat attributes it needs with patterns;
 * the full CityJSON import belongs to gis-import. The file carries no per-face slope or azimuth
 * attributes; the importer measures them from the LoD 2.2 roof surfaces, and gis-import's
 * DelftSolarEndToEndTest runs the roof-part method on the imported project.
 */
@Tag("real-data")
class DelftRealRoofsTest {
    private static final Pattern ID = Pattern.compile("\"id\":\"NL\\.IMBAG\\.Pand\\.([0-9]{16})\"");
    private static Map<String, Map<String, String>> buildings;

    @BeforeAll
    static void read() throws IOException {
        Path file = sharedData()
                .map(d -> d.resolve("3dbag-delft/delft_subset.city.jsonl"))
                .filter(Files::isRegularFile)
                .orElse(null);
        assumeTrue(file != null, "../shared/data/3dbag-delft ontbreekt");
        buildings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher id = ID.matcher(line);
            if (!id.find()) {
                continue; // the header line
            }
            Map<String, String> a = new LinkedHashMap<>();
            for (String key :
                    new String[] {"b3_dak_type", "b3_opp_grond", "b3_kas_warenhuis", "oorspronkelijkbouwjaar", "status"
                    }) {
                Matcher m = Pattern.compile("\"" + key + "\":\"?([^\",}]*)\"?").matcher(line);
                if (m.find()) {
                    a.put(key, m.group(1));
                }
            }
            buildings.put(id.group(1), a);
        }
    }

    private static Optional<Path> sharedData() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (dir.getParent() != null && Files.isDirectory(dir.getParent().resolve("shared/data"))) {
                return Optional.of(dir.getParent().resolve("shared/data"));
            }
        }
        return Optional.empty();
    }

    @Test
    void all_ten_buildings_have_a_roof_type_and_status_the_model_understands() {
        assertThat(buildings).hasSize(10);
        for (Map<String, String> a : buildings.values()) {
            assertThat(RoofType.fromCode(a.get("b3_dak_type")))
                    .as(a.get("b3_dak_type"))
                    .isPresent();
            assertThat(BuildingStatus.fromBag(a.get("status"))).contains(BuildingStatus.IN_USE);
            assertThat(a.get("b3_kas_warenhuis")).isEqualTo("false");
        }
    }

    @ParameterizedTest(name = "pand {0}: {2} m2 {1}")
    @CsvSource({
        // flat, 7.21 m2: leidraad 7.21 / 4 = 1.8 -> 2 panels, 2 x 0.308 = 0.6 -> 1 kWp;
        // actueel (small but flat: 30 %) 2.16 m2 / 1.95 -> 1 panel = 0.43 kWp
        "0503100000012869, horizontal, 7.21, 2, 1, 1, 0.43",
        "0503100000016459, horizontal, 10.34, 3, 1, 1, 0.43",
        // pitched, 99.21 m2: leidraad 24.8 -> 25 panels, 7.7 -> 8 kWp; actueel 25 % = 24.8 m2 -> 12 panels = 5.16 kWp
        "0503100000005156, slanted, 99.21, 25, 8, 12, 5.16",
        "0503100000019786, horizontal, 48.56, 12, 4, 7, 3.01",
        "0503100000018426, multiple horizontal, 87.29, 22, 7, 13, 5.59",
        "0503100000018501, slanted, 77.66, 19, 6, 9, 3.87",
        "0503100000019492, slanted, 128.08, 32, 10, 16, 6.88",
        "0503100000000137, multiple horizontal, 84.82, 21, 6, 13, 5.59",
        // a 2.99 m2 shed: leidraad rounds 0.75 up to 1 panel, whose 0.308 kWp rounds down to 0 kWp
        "0503100000019510, horizontal, 2.99, 1, 0, 0, 0.00",
        "0503100000032443, slanted, 43.0, 11, 3, 5, 2.15",
    })
    void both_footprint_methods_give_the_hand_computed_numbers(
            String id,
            String type,
            double groundM2,
            int leidraadPanels,
            int leidraadKwp,
            int actueelPanels,
            double actueelKwp) {
        Map<String, String> a = buildings.get(id);
        assertThat(a.get("b3_dak_type")).isEqualTo(type);
        double area = Double.parseDouble(a.get("b3_opp_grond"));
        assertThat(area).isEqualTo(groundM2);
        Optional<RoofSummary> roof = Optional.of(new RoofSummary(
                RoofType.fromCode(type).orElseThrow(),
                OptionalDouble.of(area),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                false));
        FootprintInput in = new FootprintInput(
                id, area, RoofShape.of(roof), OptionalInt.of(Integer.parseInt(a.get("oorspronkelijkbouwjaar"))));

        SolarPotential leidraad = SolarAnalysis.analyseFootprints(
                        java.util.stream.Stream.of(in), SolarAssumptions.LEIDRAAD_DRENTHE)
                .findFirst()
                .orElseThrow();
        SolarPotential actueel = SolarAnalysis.analyseFootprints(
                        java.util.stream.Stream.of(in), SolarAssumptions.ACTUEEL.withMethod(SolarMethod.ACTUEEL))
                .findFirst()
                .orElseThrow();

        assertThat(leidraad.panels()).isEqualTo(leidraadPanels);
        assertThat(leidraad.peakPowerKwp()).isEqualTo(leidraadKwp);
        assertThat(actueel.panels()).isEqualTo(actueelPanels);
        assertThat(actueel.peakPowerKwp()).isCloseTo(actueelKwp, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(actueel.flags().structuralCheckAdvised()).isFalse(); // all far below 1,000 m2
    }
}
