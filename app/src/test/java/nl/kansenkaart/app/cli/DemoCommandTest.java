package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kansenkaart.app.demo.DemoProject;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleCounts;
import nl.kansenkaart.samples.SampleData;
import nl.kansenkaart.samples.SampleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demo_makes_a_project_whose_info_counts_equal_the_sample_counts() throws Exception {
        Path out = dir.resolve("demo");

        CliRun run = CliRun.of("demo", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path project = out.resolve("project.gpkg");
        assertThat(project).isRegularFile();
        for (SampleFile f : SampleData.files()) {
            assertThat(out.resolve("bronnen").resolve(f.fileName())).isRegularFile();
        }
        CliRun info = CliRun.of("info", "--project", project.toString());
        assertThat(info.exitCode()).isZero();
        Map<String, Long> printed = new LinkedHashMap<>();
        info.out().lines().takeWhile(l -> !l.isEmpty()).forEach(l -> {
            String[] parts = l.split("\t");
            printed.put(parts[0], Long.parseLong(parts[1]));
        });
        assertThat(printed).containsAllEntriesOf(expectedLayers(SampleData.counts()));
        // The demo's own output carries the same table, the analyses' summary and the files written.
        assertThat(run.out()).contains("panden\t" + SampleData.counts().buildings());
        assertThat(run.out())
                .contains("Bedrijventerrein De Vaart (" + SampleData.parkId() + ")")
                .contains(
                        "Analyses uitgevoerd: zon op dak, labelplicht kantoren, verplichtingen, netcapaciteit, kansen")
                .contains("Export geschreven (")
                .contains("zon_op_dak\t")
                .doesNotContain("nog niet gebouwd");
        assertThat(printed).containsKeys("zon_op_dak", "label_c", "verplichtingen", "aannames");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith(".xlsx"));
        }
        assertThat(out.resolve("kaarten/De Vaart - Kansen en uitdagingen - A4.pdf"))
                .isRegularFile();
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(store.sources()).hasSize(SampleData.files().size());
            assertThat(store.park(SampleData.parkId())).isPresent();
        }
        assertGdalCountsAgree(project, printed);
    }

    /** Where GDAL is installed, ogrinfo (the reference reader) finds the same number of rows per layer. */
    private static void assertGdalCountsAgree(Path project, Map<String, Long> printed) throws Exception {
        boolean gdal = java.util.Arrays.stream(
                        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "ogrinfo")));
        if (!gdal) {
            return;
        }
        for (Map.Entry<String, Long> layer : printed.entrySet()) {
            Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", project.toString(), layer.getKey())
                    .redirectErrorStream(true)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(text).isZero();
            assertThat(text).as(layer.getKey()).contains("Feature Count: " + layer.getValue());
        }
    }

    @Test
    void demo_refuses_a_directory_that_already_has_a_project_unless_forced() throws Exception {
        Path out = dir.resolve("demo");
        Files.createDirectories(out);
        Path project = out.resolve(DemoProject.PROJECT_FILE);
        Files.writeString(project, "eerder werk");

        CliRun refused = CliRun.of("demo", "--out", out.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains(project.toString()).contains("--force");
        assertThat(Files.readString(project)).isEqualTo("eerder werk");

        CliRun forced = CliRun.of("demo", "--out", out.toString(), "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(store.sources()).hasSize(SampleData.files().size());
        }
    }

    /** The store's layer names and the sample's counts of what lands in each. */
    private static Map<String, Long> expectedLayers(SampleCounts c) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("bedrijventerreinen", (long) c.parks());
        m.put("panden", (long) c.buildings());
        m.put("verblijfsobjecten", (long) c.units());
        m.put("daken", (long) c.roofs());
        m.put("dakvlakken", (long) c.roofParts());
        m.put("energielabels", (long) c.labelledUnits());
        m.put("netgebieden", (long) c.gridAreas());
        m.put("bedrijven", (long) c.companies());
        return m;
    }
}
