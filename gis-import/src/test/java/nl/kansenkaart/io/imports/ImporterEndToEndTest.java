package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports files written here in the users' formats: failures, --park, roofs, grid and companies. */
class ImporterEndToEndTest {
    @TempDir
    Path dir;

    private final Importer importer = new Importer(ImporterRealDataTest.CLOCK);

    private ImportReport importFile(ProjectStore store, Path file) throws Exception {
        return importer.importFile(store, file, Optional.empty(), Optional.empty(), Progress.NONE);
    }

    private static List<SourceFiles.Rect> panden(int count) {
        List<SourceFiles.Rect> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
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
                            1990 + i % 30,
                            "status",
                            "Pand in gebruik")));
        }
        return out;
    }

    @Test
    void a_file_broken_halfway_leaves_the_project_byte_for_byte_unchanged() throws Exception {
        Path project = dir.resolve("p.gpkg");
        Path good = SourceFiles.geoJsonRd(dir.resolve("panden.geojson"), panden(10));
        Path broken = SourceFiles.geoJsonRd(dir.resolve("kapot.geojson"), panden(120));
        String text = Files.readString(broken, StandardCharsets.UTF_8);
        // Cut the file in the middle of feature 101: the first hundred features import fine.
        int cut = text.indexOf("0503100000000101");
        Files.writeString(broken, text.substring(0, cut), StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStore.create(project)) {
            importFile(store, good);
        }
        String before = ProjectFiles.sha256(project);
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThatThrownBy(() -> importFile(store, broken))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("import van kapot.geojson mislukt")
                    .satisfies(e -> {
                        ImportException ie = (ImportException) e;
                        assertThat(ie.file()).isEqualTo(broken);
                        assertThat(ie.reason()).isNotBlank();
                    });
            assertThat(ProjectFiles.counts(store)).containsEntry("panden", 10L);
        }
        assertThat(ProjectFiles.sha256(project)).isEqualTo(before);
    }

    @Test
    void an_unrecognised_file_is_refused_with_the_fields_found_and_expected() throws Exception {
        Path project = dir.resolve("p.gpkg");
        Path csv = SourceFiles.csv(dir.resolve("onbekend.csv"), List.of("kleur;smaak", "rood;zoet"));
        try (ProjectStore store = ProjectStore.create(project)) {
            importFile(store, SourceFiles.geoJsonRd(dir.resolve("panden.geojson"), panden(3)));
        }
        String before = ProjectFiles.sha256(project);
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThatThrownBy(() -> importFile(store, csv))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("onbekend.csv")
                    .hasMessageContaining("Gevonden velden: kleur, smaak")
                    .hasMessageContaining("panden (BAG) (--as buildings): *identificatie of pandref");
        }
        assertThat(ProjectFiles.sha256(project)).isEqualTo(before);
    }

    @Test
    void as_overrides_recognition_for_a_single_layer_and_then_names_the_missing_fields() throws Exception {
        Path csv = SourceFiles.csv(dir.resolve("bedrijven.csv"), List.of("Bedrijf;Plaats", "Bakker;Assen"));
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            // Forced to companies, the rows still have no name column the mapper knows: nothing usable.
            assertThatThrownBy(() -> importer.importFile(
                            store, csv, Optional.of(SourceKind.COMPANIES), Optional.empty(), Progress.NONE))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("geen enkel object bruikbaar")
                    .hasMessageContaining("geen bedrijfsnaam 1");
        }
    }

    @Test
    @Tag("realdata")
    void with_park_only_features_within_250_m_of_the_park_envelope_are_imported() throws Exception {
        Path wippolder = SharedData.file("bag-delft-wippolder/wippolder.gpkg");
        // A park west of Wippolder whose envelope + 250 m reaches into the western part of it.
        double minX = 84_900;
        double maxX = 85_100;
        Path parkFile = SourceFiles.park(dir.resolve("park.geojson"), "0503901", minX, 447_000, maxX, 447_100);
        long expected = featuresMeeting(wippolder, minX - 250, 447_000 - 250, maxX + 250, 447_100 + 250);
        assertThat(expected).isBetween(1L, 58L);
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            importFile(store, parkFile);
            ImportReport report =
                    importer.importFile(store, wippolder, Optional.empty(), Optional.of("0503901"), Progress.NONE);
            assertThat(report.counts().read()).isEqualTo(expected);
            assertThat(report.notes()).anyMatch(n -> n.contains("250 m"));
            assertThatThrownBy(() -> importer.importFile(
                            store, wippolder, Optional.empty(), Optional.of("9999999"), Progress.NONE))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("'9999999' staat niet in het project");
        }
    }

    /** Counted independently of the reader: straight from the GeoPackage's R-tree with SQL. */
    private static long featuresMeeting(Path gpkg, double minX, double minY, double maxX, double maxY)
            throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
                PreparedStatement p = c.prepareStatement("SELECT count(*) FROM rtree_bag_pand_kerk_geom"
                        + " WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?")) {
            p.setDouble(1, minX);
            p.setDouble(2, maxX);
            p.setDouble(3, minY);
            p.setDouble(4, maxY);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void roof_summaries_and_roof_faces_of_3d_bag_arrive_with_true_face_areas() throws Exception {
        Path summaries = SourceFiles.geoJsonRd(
                dir.resolve("3dbag_pand.geojson"),
                List.of(new SourceFiles.Rect(
                        85_000,
                        447_000,
                        85_020,
                        447_010,
                        Map.of(
                                "identificatie",
                                "NL.IMBAG.Pand.0503100000000001",
                                "b3_dak_type",
                                "slanted",
                                "b3_opp_dak_schuin",
                                "231,0",
                                "b3_kas_warenhuis",
                                0,
                                "b3_bouwlagen",
                                2))));
        Path faces = SourceFiles.geoJsonRd(
                dir.resolve("3dbag_lod22_2d.geojson"),
                List.of(
                        new SourceFiles.Rect(
                                85_000,
                                447_000,
                                85_020,
                                447_005,
                                Map.of(
                                        "identificatie",
                                        "NL.IMBAG.Pand.0503100000000001",
                                        "b3_hellingshoek",
                                        60.0,
                                        "b3_azimut",
                                        180.0,
                                        "b3_h_dak_50p",
                                        9.5)),
                        new SourceFiles.Rect(
                                85_000,
                                447_005,
                                85_020,
                                447_010,
                                Map.of(
                                        "identificatie",
                                        "NL.IMBAG.Pand.0503100000000001",
                                        "b3_hellingshoek",
                                        95.0,
                                        "b3_azimut",
                                        0.0,
                                        "b3_h_dak_50p",
                                        9.5))));
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            importFile(store, SourceFiles.geoJsonRd(dir.resolve("panden.geojson"), panden(1)));
            ImportReport roofs = importFile(store, summaries);
            assertThat(roofs.kinds()).containsExactly(SourceKind.ROOFS);
            assertThat(roofs.counts().imported()).isEqualTo(1);
            ImportReport parts = importFile(store, faces);
            assertThat(parts.counts().imported()).isEqualTo(1);
            assertThat(parts.counts().skippedReasons()).containsOnlyKeys("ongeldige hellingshoek");
            Path parkFile = SourceFiles.park(dir.resolve("park.geojson"), "0503902", 84_990, 446_990, 85_030, 447_020);
            importFile(store, parkFile);
            var snapshot = store.load("0503902");
            assertThat(snapshot.buildings()).singleElement().satisfies(b -> assertThat(
                            b.roof().orElseThrow().slantedRoofAreaM2())
                    .hasValue(231.0));
            // 20 m x 5 m on the ground at 60 degrees: 100 / cos 60 = 200 m2.
            assertThat(snapshot.roofParts()).singleElement().satisfies(r -> {
                assertThat(r.areaM2()).isCloseTo(200.0, org.assertj.core.api.Assertions.within(1e-6));
                assertThat(r.azimuthDegrees()).isEqualTo(180.0);
            });
        }
    }

    @Test
    void grid_areas_read_colour_words_in_wgs84_geojson() throws Exception {
        Path grid = dir.resolve("netcapaciteit.geojson");
        Files.writeString(
                grid,
                """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"id":"A","naam":"Onderstation Assen-Noord","netbeheerder":"Enexis",
                 "afname":"geel","invoeding":"rood","verwacht_opgelost":2029},
                 "geometry":{"type":"Polygon","coordinates":[[[6.55,53.0],[6.58,53.0],[6.58,53.02],[6.55,53.02],[6.55,53.0]]]}},
                {"type":"Feature","properties":{"id":"B","naam":"Assen-Zuid","netbeheerder":"Enexis",
                 "afname":"transparant","invoeding":"oranje"},
                 "geometry":{"type":"Polygon","coordinates":[[[6.55,52.98],[6.58,52.98],[6.58,53.0],[6.55,53.0],[6.55,52.98]]]}}
                ]}
                """,
                StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportReport report = importFile(store, grid);
            assertThat(report.kinds()).containsExactly(SourceKind.GRID);
            assertThat(report.sourceCrs()).isEqualTo("EPSG:4326");
            assertThat(report.counts().imported()).isEqualTo(2);
            assertThat(ProjectFiles.counts(store)).containsEntry("netgebieden", 2L);
            importFile(
                    store,
                    SourceFiles.park(dir.resolve("park.geojson"), "0106901", 225_000, 550_000, 240_000, 565_000));
            var areas = store.load("0106901").gridAreas();
            assertThat(areas)
                    .extracting(a -> a.id() + " " + a.offtake() + " " + a.feedIn() + " " + a.alleviationYear())
                    .containsExactlyInAnyOrder(
                            "A SCARCE CONGESTED OptionalInt[2029]",
                            "B AVAILABLE CONGESTION_MANAGEMENT OptionalInt.empty");
        }
    }

    @Test
    @Tag("realdata")
    @Tag("slow")
    void companies_are_matched_to_den_haag_addresses_by_postcode_and_number() throws Exception {
        Path bag = SharedData.file(DenHaagBagImportTest.FILE);
        Path kvk = SourceFiles.csv(
                dir.resolve("kvk.csv"),
                List.of(
                        "KvK-nummer;Vestigingsnummer;Handelsnaam;Straat;Huisnummer;Huisletter;Toevoeging;Postcode;Plaats;"
                                + "SBI-code;SBI-omschrijving",
                        "12345678;000011111111;Een BV;Straat;3;;;2271 AB;Voorburg;6201;Software",
                        "12345679;000011111112;Twee BV;Straat;5;;;2271ab;Voorburg;6201;Software",
                        "12345680;000011111113;Drie BV;Straat;1;;;2271 AB;Voorburg;6201;Software",
                        "12345681;000011111114;Vier BV;Straat;1;b;;2271 AB;Voorburg;6201;Software",
                        "12345682;000011111115;Vijf BV;Straat;999;;;2271 AB;Voorburg;6201;Software",
                        "2345683;;Postbus BV;Postbus;100;;;Postbus 100;Voorburg;6201;Software"));
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            importFile(
                    store, SourceFiles.park(dir.resolve("park.geojson"), "0518901", 82_400, 453_500, 86_300, 457_300));
            importFile(store, bag);
            ImportReport report = importFile(store, kvk);
            System.out.println(report.toDutchText());
            assertThat(report.kinds()).containsExactly(SourceKind.COMPANIES);
            assertThat(report.companyMatches()).contains(new CompanyMatchCounts(3, 1, 2));
            assertThat(report.toDutchText())
                    .contains("bedrijven: gekoppeld 3, meerdere kandidaten 1, niet gekoppeld 2");
            List<Company> companies = store.companies();
            assertThat(companies).hasSize(6);
            assertThat(companies)
                    .filteredOn(c -> c.id().equals("12345681-000011111114"))
                    .singleElement()
                    .satisfies(c -> assertThat(c.unitId()).isPresent());
            assertThat(companies)
                    .filteredOn(c -> c.name().equals("Postbus BV"))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.id()).isEqualTo("02345683");
                        assertThat(c.address()).isEmpty();
                        assertThat(c.unitId()).isEmpty();
                    });
        }
    }

    @Test
    void a_cancelled_import_reports_progress_first_and_then_leaves_the_project_unchanged() throws Exception {
        Path project = dir.resolve("p.gpkg");
        Path big = SourceFiles.geoJsonRd(dir.resolve("veel.geojson"), panden(2_500));
        try (ProjectStore store = ProjectStore.create(project)) {
            importFile(store, SourceFiles.geoJsonRd(dir.resolve("panden.geojson"), panden(2)));
        }
        String before = ProjectFiles.sha256(project);
        List<String> messages = new ArrayList<>();
        Progress cancelAfterFirstReport = new Progress() {
            @Override
            public void report(long done, long total, String message) {
                messages.add(done + "/" + total + " " + message);
            }

            @Override
            public boolean isCancelled() {
                return !messages.isEmpty();
            }
        };
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThatThrownBy(() ->
                            importer.importFile(store, big, Optional.empty(), Optional.empty(), cancelAfterFirstReport))
                    .isInstanceOf(Progress.CancelledException.class);
        }
        assertThat(messages).containsExactly("1000/2500 panden (BAG) lezen (laag veel)");
        assertThat(ProjectFiles.sha256(project)).isEqualTo(before);
    }

    @Test
    void a_missing_file_is_named_in_dutch() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            assertThatThrownBy(() -> importFile(store, dir.resolve("bestaat-niet.gpkg")))
                    .isInstanceOf(ImportException.class)
                    .hasMessage(
                            "import van bestaat-niet.gpkg mislukt: het bestand bestaat niet of is geen gewoon bestand");
        }
    }
}
