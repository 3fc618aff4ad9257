package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GeoJSON file over 16 MB is read once, without counting its features first, and a CSV is never
 * counted: the progress still gets a total, estimated from the bytes read, that converges on the
 * real count and is reached at the end.
 */
class EstimatedProgressTest {
    private static final int FEATURES = 7_000;

    @TempDir
    Path dir;

    private record Report(long done, long total, String message) {}

    @Test
    void the_progress_of_a_geojson_over_16_mb_has_a_total_that_it_reaches() throws Exception {
        Path file = writePanden(dir.resolve("panden_groot.geojson"));
        assertThat(Files.size(file)).isGreaterThan(16L << 20);
        List<Report> reports = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void report(long done, long total, String message) {
                reports.add(new Report(done, total, message));
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            ImportReport report = new Importer()
                    .importFile(store, file, Optional.of(SourceKind.BUILDINGS), Optional.empty(), progress);
            assertThat(report.counts().imported()).isEqualTo(FEATURES);
        }

        assertThat(reports).hasSizeGreaterThanOrEqualTo(FEATURES / 1_000);
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.total()).as("totaal bij %d", r.done()).isGreaterThanOrEqualTo(r.done());
            assertThat(r.message()).contains("totaal geschat naar de bestandsgrootte");
        });
        // Features of equal size: from the first report on the estimate is within 2 % of the count.
        assertThat(reports).allSatisfy(r -> assertThat((double) r.total()).isBetween(FEATURES * 0.98, FEATURES * 1.02));
        Report last = reports.get(reports.size() - 1);
        assertThat(last.done()).isEqualTo(FEATURES);
        assertThat(last.total()).isEqualTo(FEATURES);
    }

    @Test
    void the_progress_of_a_csv_has_a_total_estimated_from_its_bytes_that_it_reaches() throws Exception {
        // Grid capacity per PC6 (no geometry, no park needed): 40,000 rows, some 6 MB.
        int rows = 40_000;
        Path file = dir.resolve("netcapaciteit_pc6.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("postcode;afname;invoeding;netbeheerder;verwacht_jaar_oplossing;toelichting\n");
            for (int i = 0; i < rows; i++) {
                String postcode = (1000 + i / 676) + "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
                w.write(postcode + ";rood;oranje;Enexis;2030;" + "netstation in aanbouw, ".repeat(4) + "\n");
            }
        }
        List<Report> reports = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void report(long done, long total, String message) {
                reports.add(new Report(done, total, message));
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try (ProjectStore store = ProjectStore.create(dir.resolve("pc6.gpkg"))) {
            ImportReport report = new Importer().importFile(store, file, Optional.empty(), Optional.empty(), progress);
            assertThat(report.counts().imported()).isEqualTo(rows);
        }

        assertThat(reports).hasSizeGreaterThanOrEqualTo(rows / 1_000);
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.total()).isGreaterThanOrEqualTo(r.done());
            assertThat(r.message()).contains("totaal geschat naar de bestandsgrootte");
        });
        // The reader's buffers run up to some 140 kB ahead of the rows: the estimate is low at first
        // and closes in; past half of the file it is within 5 % of the count.
        assertThat(reports).filteredOn(r -> r.done() >= rows / 2).allSatisfy(r -> assertThat((double) r.total())
                .isBetween(rows * 0.95, rows * 1.0));
        Report last = reports.get(reports.size() - 1);
        assertThat(last.done()).isEqualTo(rows);
        assertThat(last.total()).isEqualTo(rows);
    }

    /** BAG panden in RD New, each with a long remark so that 7,000 of them pass 16 MB. */
    private static Path writePanden(Path file) throws Exception {
        String remark = "x".repeat(2_400);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"name\":\"panden\",\"crs\":{\"type\":\"name\",\"properties\":"
                    + "{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}},\"features\":[\n");
            for (int i = 0; i < FEATURES; i++) {
                double x = 200_000 + (i % 100) * 20.0;
                double y = 450_000 + (i / 100) * 20.0;
                w.write(i == 0 ? "" : ",\n");
                w.write("{\"type\":\"Feature\",\"properties\":{\"identificatie\":\"NL.IMBAG.Pand."
                        + String.format("0503100%09d", i) + "\",\"bouwjaar\":1990,\"status\":\"Pand in gebruik\","
                        + "\"opmerking\":\"" + remark + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[["
                        + x + "," + y + "],[" + (x + 10) + "," + y + "],[" + (x + 10) + "," + (y + 10) + "],["
                        + x + "," + (y + 10) + "],[" + x + "," + y + "]]]}}");
            }
            w.write("\n]}\n");
        }
        return file;
    }
}
