package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.app.engine.ParkEngine;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.LayerCount;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;
import nl.kansenkaart.samples.SampleFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyse} and {@code export} on the imported sample park (two plan areas). */
class AnalyseCommandTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path imported;

    @BeforeAll
    static void import_the_sample_once() throws Exception {
        imported = shared.resolve("bron.gpkg");
        Path sources = SampleData.extractTo(shared.resolve("bronnen"));
        Importer importer = new Importer();
        try (ProjectStore store = ProjectStore.create(imported)) {
            for (SampleFile f : SampleData.files()) {
                importer.importFile(
                        store, sources.resolve(f.fileName()), Optional.empty(), Optional.empty(), Progress.NONE);
            }
        }
    }

    private Path project() throws Exception {
        Path p = dir.resolve("project.gpkg");
        Files.copy(imported, p, StandardCopyOption.REPLACE_EXISTING);
        return p;
    }

    @Test
    void analyse_writes_one_result_row_per_assessed_pand_of_every_park() throws Exception {
        Path project = project();

        CliRun run = CliRun.of("analyse", "--project", project.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        int assessed = 0;
        int panden = 0;
        try (ProjectStore store = ProjectStore.open(project)) {
            for (var park : store.parks()) {
                ParkSnapshot s = store.load(park.id());
                assessed += SolarAnalysis.analyse(s, SolarAssumptions.ACTUEEL)
                        .potentials()
                        .size();
                panden += s.buildings().size();
                assertThat(run.out()).contains("Bedrijventerrein " + park.name() + " (" + park.id() + ")");
            }
            Map<String, Long> counts = counts(store.layerCounts());
            assertThat(counts).containsEntry("zon_op_dak", (long) assessed);
            // label_c: every pand but those with floor area and no office function at all.
            long labelRows = 0;
            for (var park : store.parks()) {
                labelRows += ParkEngine.run(
                                store.load(park.id()),
                                ParkEngine.storedAssumptions(store, park.id(), LocalDate.now())
                                        .orElseThrow(),
                                Progress.NONE)
                        .buildings()
                        .labels()
                        .stream()
                        .filter(l -> !(l.outcome() instanceof LabelOutcome.NotObliged n
                                && n.why() == LabelOutcome.NotObligedWhy.NO_OFFICE))
                        .count();
            }
            assertThat(labelRows).isPositive().isLessThan(panden);
            assertThat(counts).containsEntry("label_c", labelRows);
            assertThat(counts).containsEntry("verplichtingen", (long) panden);
            assertThat(counts).containsEntry("aannames", 5L * store.parks().size());
            // The kansen are stored with the rest: as many rows as the engine finds for every park.
            long individual = 0;
            long collective = 0;
            for (var park : store.parks()) {
                KansenReport k = ParkEngine.run(
                                store.load(park.id()),
                                ParkEngine.storedAssumptions(store, park.id(), LocalDate.now())
                                        .orElseThrow(),
                                Progress.NONE)
                        .kansen();
                individual += k.individual().size();
                collective += k.collective().size();
            }
            assertThat(individual).isGreaterThan(100);
            assertThat(collective).isGreaterThan(3);
            assertThat(counts)
                    .containsEntry("kansen_individueel", individual)
                    .containsEntry("kansen_collectief", collective);
            // Imported layers first, the results after them.
            assertThat(store.layerCounts().get(0).layerName()).isEqualTo("bedrijventerreinen");
            assertThat(store.layerCounts().get(store.layerCounts().size() - 1).layerName())
                    .isEqualTo("aannames");
        }
        assertThat(run.out())
                .contains("Panden berekend:")
                .contains("labelplicht kantoren:")
                .contains("Uitgangspunten (standaard):")
                .contains("Naam: Actueel");
        assertThat(assessed).isGreaterThan(100);
    }

    @Test
    void the_leidraad_preset_from_an_assumptions_file_gives_one_panel_per_4_m2_of_footprint() throws Exception {
        Path project = project();
        Path file = dir.resolve("leidraad.properties");
        Files.writeString(file, "# leidraad Drenthe\nzon.naam = Leidraad Drenthe\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of(
                "analyse",
                "--project",
                project.toString(),
                "--park",
                SampleData.parkId(),
                "--assumptions",
                file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Zon op dak (Leidraad Drenthe)").contains(file.toString());
        Map<String, Building> byId = new LinkedHashMap<>();
        try (ProjectStore store = ProjectStore.open(project)) {
            store.load(SampleData.parkId()).buildings().forEach(b -> byId.put(b.id(), b));
        }
        int rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pand_id, methode, panelen, kwp FROM zon_op_dak")) {
            while (rs.next()) {
                rows++;
                Building b = byId.get(rs.getString(1));
                assertThat(rs.getString(2)).isEqualTo("leidraad");
                long panels = Math.round(b.footprintAreaM2() / 4.0);
                assertThat(rs.getLong(3)).as(b.id()).isEqualTo(panels);
                assertThat(rs.getDouble(4)).isEqualTo((double) Math.round(panels * 308 / 1000.0));
            }
            try (ResultSet texts = s.executeQuery("SELECT tekst FROM aannames WHERE analyse = 'zon op dak'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1))
                        .contains("zon.leidraad.m2_footprint_per_paneel")
                        .contains("Leidraad");
            }
        }
        assertThat(rows).isGreaterThan(100);
    }

    @Test
    void a_bad_assumptions_file_exits_3_naming_file_and_key_and_leaves_the_project_unchanged() throws Exception {
        Path project = project();
        String before = sha256(project);
        for (String line : List.of(
                "zon.geen_bestaande_sleutel = 1",
                "labelplicht.onzin = 2",
                "iets = 3",
                "zon.wattpiek_per_paneel = veel",
                "labelplicht.kantoor.min_aandeel_procent = 150")) {
            String key = line.substring(0, line.indexOf(' '));
            Path file = dir.resolve("fout.properties");
            Files.writeString(file, line + "\n");

            CliRun run = CliRun.of("analyse", "--project", project.toString(), "--assumptions", file.toString());

            assertThat(run.exitCode()).as(line).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(line).contains(file.toString()).contains(key);
            assertThat(run.err()).doesNotContain("\tat ");
            assertThat(sha256(project)).as(line).isEqualTo(before);
        }
    }

    @Test
    void a_second_analyse_replaces_the_results_with_the_same_counts() throws Exception {
        Path project = project();
        assertThat(CliRun.of("analyse", "--project", project.toString()).exitCode())
                .isZero();
        Map<String, Long> first;
        try (ProjectStore store = ProjectStore.open(project)) {
            first = counts(store.layerCounts());
        }

        assertThat(CliRun.of("analyse", "--project", project.toString()).exitCode())
                .isZero();

        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(counts(store.layerCounts())).isEqualTo(first);
        }
    }

    @Test
    void gdal_lists_the_result_tables_in_rd_new() throws Exception {
        assumeGdal();
        Path project = project();
        assertThat(CliRun.of("analyse", "--project", project.toString()).exitCode())
                .isZero();
        for (String layer :
                List.of("zon_op_dak", "label_c", "verplichtingen", "kansen_individueel", "kansen_collectief")) {
            String text = ogrinfo(project, layer);
            assertThat(text).as(layer).contains("Geometry: Multi Polygon").contains("28992");
        }
        assertThat(ogrinfo(project, "aannames")).contains("Feature Count: 10");
        assertThat(ogrinfo(project, "kansen_collectief")).contains("pand_ids: String", "toelichting: String");

        // info names the kansen layers with the counts the store has.
        CliRun info = CliRun.of("info", "--project", project.toString());
        try (ProjectStore store = ProjectStore.open(project)) {
            Map<String, Long> counts = counts(store.layerCounts());
            assertThat(info.out())
                    .contains("kansen_individueel\t" + counts.get("kansen_individueel") + "\n")
                    .contains("kansen_collectief\t" + counts.get("kansen_collectief") + "\n");
        }
    }

    @Test
    void export_after_analyse_writes_a_workbook_with_a_row_per_unit_and_the_maps() throws Exception {
        Path project = project();
        Path file = dir.resolve("leidraad.properties");
        Files.writeString(file, "zon.naam = Leidraad Drenthe\n");
        assertThat(CliRun.of("analyse", "--project", project.toString(), "--assumptions", file.toString())
                        .exitCode())
                .isZero();
        Path out = dir.resolve("export");

        CliRun run = CliRun.of(
                "export", "--project", project.toString(), "--park", SampleData.parkId(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("nog niet geanalyseerd");
        assertThat(run.out()).contains("Uitgangspunten zon op dak: Leidraad Drenthe");
        ParkSnapshot snapshot;
        try (ProjectStore store = ProjectStore.open(project)) {
            snapshot = store.load(SampleData.parkId());
        }
        Path xlsx;
        try (var files = Files.list(out)) {
            xlsx = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertThat(names)
                    .containsExactly(
                            "Samenvatting",
                            "Adressenlijst",
                            "Zon op dak",
                            "Label C",
                            "Verplichtingen",
                            "Kansen individueel",
                            "Kansen collectief");
            int individual = wb.getSheet("Kansen individueel").getLastRowNum();
            assertThat(individual).isPositive();
            boolean counted = false;
            for (var r : wb.getSheet("Samenvatting")) {
                if (r.getCell(0) != null && r.getCell(0).toString().startsWith("Individuele kansen")) {
                    assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(individual);
                    counted = true;
                }
            }
            assertThat(counted)
                    .as("aantal individuele kansen in de samenvatting")
                    .isTrue();
            assertThat(wb.getSheet("Adressenlijst").getLastRowNum())
                    .isEqualTo(snapshot.units().size());
            assertThat(wb.getSheet("Verplichtingen").getLastRowNum())
                    .isEqualTo(snapshot.buildings().size());
            StringBuilder summary = new StringBuilder();
            wb.getSheet("Samenvatting")
                    .forEach(r -> r.forEach(c -> summary.append(c.toString()).append('\n')));
            assertThat(summary).contains("Leidraad Drenthe");
        }
        Path maps = out.resolve("kaarten");
        for (String theme : List.of("Huidige situatie", "Kansen en uitdagingen")) {
            for (String suffix : List.of(" - A4.pdf", " - A4.png", " - A3.pdf", " - A3.png", " - scherm.png")) {
                Path map = maps.resolve(SampleData.parkName() + " - " + theme + suffix);
                assertThat(map).isRegularFile();
                assertThat(Files.size(map)).isGreaterThan(1000);
            }
        }
        var image =
                javax.imageio.ImageIO.read(maps.resolve(SampleData.parkName() + " - Kansen en uitdagingen - scherm.png")
                        .toFile());
        assertThat(distinctColours(image)).isGreaterThan(10);
    }

    private static int distinctColours(java.awt.image.BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static Map<String, Long> counts(List<LayerCount> layers) {
        Map<String, Long> m = new LinkedHashMap<>();
        layers.forEach(l -> m.put(l.layerName(), l.count()));
        return m;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void assumeGdal() {
        boolean gdal = java.util.Arrays.stream(
                        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "ogrinfo")));
        org.junit.jupiter.api.Assumptions.assumeTrue(gdal, "ogrinfo niet gevonden");
    }

    private static String ogrinfo(Path project, String layer) throws Exception {
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", project.toString(), layer)
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(text).isZero();
        return text;
    }
}
