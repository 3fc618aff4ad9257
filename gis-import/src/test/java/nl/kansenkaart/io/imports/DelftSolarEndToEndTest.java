package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.FootprintFallback;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarMethod;
import nl.kansenkaart.core.solar.SolarPotential;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real 3D BAG buildings of Delft (../shared/data/3dbag-delft, CityJSONSeq and CityJSON) and the
 * real BAG panden of Wippolder (PDOK GeoPackage) through the importer into a project file, loaded
 * for a plan area this test writes as IBIS-style GeoJSON, and through the solar analysis: roof parts
 * where 3D BAG has them, the footprint where it has none.
 */
@Tag("realdata")
class DelftSolarEndToEndTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    static final String PARK = "0503900";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Imported imported;

    /** Imports the four files once for the tests that only read the result. */
    @BeforeAll
    static void import_once() throws Exception {
        imported = importAll(shared);
    }

    /** An IBIS-style plan area around the 3D BAG tile subset and Wippolder, in RD New. */
    private static Path planArea(Path dir) throws Exception {
        return SourceFiles.geoJsonRd(
                dir.resolve("plangebied_delft.geojson"),
                List.of(new SourceFiles.Rect(
                        84_400,
                        445_700,
                        85_800,
                        447_200,
                        Map.of(
                                "RIN_NUMMER",
                                PARK,
                                "PLAN_NAAM",
                                "Testgebied 3D BAG Delft",
                                "GEMEENTE",
                                "Delft",
                                "HA_BRUTO",
                                210.0))));
    }

    private record Imported(ParkSnapshot snapshot, List<ImportReport> reports) {}

    private static Imported importAll(Path dir) throws Exception {
        Importer importer = new Importer(CLOCK);
        List<Path> files = List.of(
                planArea(dir),
                SharedData.file("bag-delft-wippolder/wippolder.gpkg"),
                SharedData.file("3dbag-delft/delft_subset.city.jsonl"),
                SharedData.file("3dbag-delft/3dbag_b2.city.json"));
        try (ProjectStore store = ProjectStore.create(dir.resolve("delft.gpkg"))) {
            List<ImportReport> reports = new java.util.ArrayList<>();
            for (Path f : files) {
                reports.add(importer.importFile(store, f, Optional.empty(), Optional.empty(), Progress.NONE));
            }
            return new Imported(store.load(PARK), reports);
        }
    }

    @Test
    void the_3d_bag_files_bring_their_panden_roofs_and_roof_parts_into_the_project() throws Exception {
        Imported in = imported;
        ImportReport seq = in.reports().get(2);
        ImportReport json = in.reports().get(3);
        assertThat(seq.layers()).extracting(LayerReport::layer).containsExactly("pand", "dakvlak");
        assertThat(seq.layers().get(1).counts().imported()).isEqualTo(26);
        assertThat(json.layers().get(1).counts().imported()).isEqualTo(10);
        assertThat(seq.notes())
                .contains("10 panden met hun BAG-gegevens uit 3D BAG toegevoegd (nog niet in het"
                        + " project; een latere BAG-import vervangt ze)");
        assertThat(json.notes()).anyMatch(n -> n.startsWith("2 panden met hun BAG-gegevens uit 3D BAG toegevoegd"));

        ParkSnapshot s = in.snapshot();
        // 59 Wippolder panden (one of the 60 rows has no valid pand id), 10 + 2 from 3D BAG.
        assertThat(s.buildings()).hasSize(59 + 12);
        assertThat(s.roofParts()).hasSize(26 + 10);
        assertThat(s.buildings().stream().filter(b -> b.roof().isPresent())).hasSize(12);
        // The 3D BAG panden keep their BAG fields: 0503100000031927 dates from 1936 (PROVENANCE.md).
        Building b2 = s.buildingsById().get("0503100000031927");
        assertThat(b2.constructionYear()).isEqualTo(OptionalInt.of(1936));
        assertThat(b2.status().isStanding()).isTrue();
    }

    @Test
    void roof_parts_where_3d_bag_has_them_and_the_footprint_elsewhere_with_the_reason_saying_so() throws Exception {
        ParkSnapshot s = imported.snapshot();
        SolarReport report = SolarAnalysis.analyse(s, SolarAssumptions.ACTUEEL);
        Map<SolarMethod, List<SolarPotential>> byMethod =
                report.potentials().stream().collect(Collectors.groupingBy(SolarPotential::method));

        assertThat(report.totals().buildingsAssessed()).isEqualTo(71);
        assertThat(byMethod.get(SolarMethod.DAKVLAKKEN)).hasSize(12);
        assertThat(byMethod.get(SolarMethod.ACTUEEL)).hasSize(59).allSatisfy(p -> {
            assertThat(p.sizing().fallback()).contains(FootprintFallback.NO_ROOF_DATA);
            assertThat(p.reason()).startsWith("geen 3D BAG-dakgegevens, terugval op footprint: actueel: ");
        });
        Map<String, Building> buildings = s.buildingsById();
        for (SolarPotential p : byMethod.get(SolarMethod.DAKVLAKKEN)) {
            RoofSummary roof = buildings.get(p.buildingId()).roof().orElseThrow();
            assertThat(p.reason()).startsWith("dakvlakken: ");
            assertThat(p.peakPowerKwp()).isCloseTo(p.panels() * 0.430, within(1e-9));
            // Bound from the b3 roof areas (flat + slanted = the summed true face areas, where 3D BAG
            // gives them): at most 75 % of the roof covered (the pitched cover ratio; flat is 70 %) by
            // 1.95 m2 / 430 Wp panels, so at most 0.165 kWp per m2 of roof.
            if (roof.roofAreaM2().isPresent()) {
                double roofM2 = roof.roofAreaM2().getAsDouble();
                assertThat(p.usableRoofAreaM2()).as(p.buildingId()).isLessThanOrEqualTo(roofM2 + 0.1);
                assertThat(p.peakPowerKwp()).as(p.buildingId()).isLessThanOrEqualTo(roofM2 * 0.75 / 1.95 * 0.430);
            }
        }
        // The 3D BAG part of the park: 317 panels, 136.31 kWp (the per-building table below adds up).
        assertThat(byMethod.get(SolarMethod.DAKVLAKKEN).stream()
                        .mapToInt(SolarPotential::panels)
                        .sum())
                .isEqualTo(317);
        assertThat(byMethod.get(SolarMethod.DAKVLAKKEN).stream()
                        .mapToDouble(SolarPotential::peakPowerKwp)
                        .sum())
                .isCloseTo(136.31, within(1e-6));
    }

    @ParameterizedTest(name = "pand {0}: {1} panelen")
    @CsvSource({
        // Flat roofs (b3_dak_type horizontal, one face = b3_opp_dak_plat): 70 % east-west cover,
        // whole 1.95 m2 panels, flat-row yield factor 0.90.
        // 87.29 m2 x 0.70 = 61.1 m2 / 1.95 = 31.3 -> 31 panels = 13.33 kWp x 875 x 0.90 = 10,497 kWh
        "0503100000018426, 31, 10497.375",
        // 48.56 m2 x 0.70 = 34.0 / 1.95 = 17.4 -> 17 panels = 7.31 kWp -> 5,757 kWh
        "0503100000019786, 17, 5756.625",
        // 10.34 m2 x 0.70 = 7.24 / 1.95 = 3.7 -> 3 panels = 1.29 kWp -> 1,016 kWh
        "0503100000016459, 3, 1015.875",
        // 7.22 m2 and 3.02 m2: below the 10 m2 minimum part area, 0 panels
        "0503100000012869, 0, 0",
        "0503100000019510, 0, 0",
        // The symmetric gable: two 25.7 m2 faces at 33.4 degrees; the one facing 340 degrees is a
        // north face (20 degrees off north, steeper than 20 degrees), the one facing 160 degrees gets
        // 75 % cover: 19.3 m2 / 1.95 -> 9 panels = 3.87 kWp; factor 0.98 (33.4 degrees, 20 off south)
        "0503100000032443, 9, 3320.27",
        // Mixed roofs, summed per face (see the reason lines): south 26 deg + east + flat, north out
        "0503100000005156, 31, 10176.23",
        "0503100000000137, 27, 9142.875",
        "0503100000018501, 20, 7308.44",
        "0503100000019492, 31, 10592.65",
        // 3dbag_b2.city.json (LoD 2.2 only, no b3_opp_* areas)
        "0503100000028341, 65, 19679.41",
        "0503100000031927, 83, 23739.92",
    })
    void every_3d_bag_building_gets_its_hand_checked_panels_and_yield(String id, int panels, double kwh)
            throws Exception {
        SolarPotential p = SolarAnalysis.analyse(imported.snapshot(), SolarAssumptions.ACTUEEL).potentials().stream()
                .filter(x -> x.buildingId().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(p.method()).isEqualTo(SolarMethod.DAKVLAKKEN);
        assertThat(p.panels()).isEqualTo(panels);
        assertThat(p.yieldKwhPerYear()).isCloseTo(kwh, within(0.01));
    }

    @Test
    void a_pand_the_bag_already_brought_keeps_its_bag_row_and_only_gains_the_roof() throws Exception {
        // A BAG pand with the id of a 3D BAG building but another bouwjaar: the register wins.
        Path bag = SourceFiles.geoJsonRd(
                dir.resolve("bag_panden.geojson"),
                List.of(new SourceFiles.Rect(
                        85_000,
                        446_000,
                        85_010,
                        446_010,
                        Map.of(
                                "identificatie",
                                "NL.IMBAG.Pand.0503100000018426",
                                "bouwjaar",
                                1801,
                                "status",
                                "Pand in gebruik"))));
        Importer importer = new Importer(CLOCK);
        try (ProjectStore store = ProjectStore.create(dir.resolve("bag-eerst.gpkg"))) {
            importer.importFile(store, planArea(dir), Optional.empty(), Optional.empty(), Progress.NONE);
            importer.importFile(store, bag, Optional.empty(), Optional.empty(), Progress.NONE);
            ImportReport roofs = importer.importFile(
                    store,
                    SharedData.file("3dbag-delft/delft_subset.city.jsonl"),
                    Optional.empty(),
                    Optional.empty(),
                    Progress.NONE);
            assertThat(roofs.notes())
                    .anyMatch(n -> n.startsWith("9 panden met hun BAG-gegevens uit 3D BAG toegevoegd"))
                    .contains("1 panden stonden al in het project (BAG blijft leidend): alleen hun dakgegevens"
                            + " geïmporteerd");
            Building kept = store.load(PARK).buildingsById().get("0503100000018426");
            assertThat(kept.constructionYear()).isEqualTo(OptionalInt.of(1801));
            assertThat(kept.footprintAreaM2()).isCloseTo(100.0, within(1e-6));
            assertThat(kept.roof()).isPresent();
        }
    }
}
