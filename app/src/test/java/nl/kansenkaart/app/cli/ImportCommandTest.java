package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.io.geojson.GeoJsonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

class ImportCommandTest {
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);

    @TempDir
    Path dir;

    @Test
    void a_good_file_is_imported_into_a_new_project_and_info_counts_it() throws Exception {
        Path panden = writePanden(dir.resolve("panden.geojson"), 3);
        Path project = dir.resolve("project.gpkg");

        CliRun imported = CliRun.of("import", "--project", project.toString(), "--as", "buildings", panden.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Import van panden.geojson");
        assertThat(project).exists();
        CliRun info = CliRun.of("info", "--project", project.toString());
        assertThat(info.exitCode()).isZero();
        assertThat(info.out().lines()).contains("panden\t3");
        assertThat(info.out()).contains("panden.geojson\tpanden (BAG)\tGeoJSON");
    }

    @Test
    void a_file_with_broken_json_at_feature_3_exits_3_naming_file_and_feature_and_leaves_the_project_unchanged()
            throws Exception {
        Path project = dir.resolve("project.gpkg");
        Path good = writePanden(dir.resolve("goed.geojson"), 2);
        assertThat(CliRun.of("import", "--project", project.toString(), good.toString())
                        .exitCode())
                .isZero();
        String before = sha256(project);
        Path broken = writeBrokenAtFeature3(dir.resolve("kapot.geojson"));

        CliRun run = CliRun.of("import", "--project", project.toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("kapot.geojson").contains("object 3").doesNotContain("\tat ");
        assertThat(sha256(project)).isEqualTo(before);
        assertThat(CliRun.of("info", "--project", project.toString()).out().lines())
                .contains("panden\t2");
    }

    @Test
    void a_failed_first_import_leaves_no_new_project_file_behind() throws Exception {
        Path project = dir.resolve("nieuw.gpkg");
        Path broken = writeBrokenAtFeature3(dir.resolve("kapot.geojson"));

        CliRun run = CliRun.of("import", "--project", project.toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("kapot.geojson");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kapot.geojson");
        }
    }

    @Test
    void a_missing_input_file_exits_3_naming_it_before_any_project_is_made() {
        Path project = dir.resolve("nieuw.gpkg");
        Path missing = dir.resolve("bestaat-niet.geojson");

        CliRun run = CliRun.of("import", "--project", project.toString(), missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(missing.toString());
        assertThat(project).doesNotExist();
    }

    @Test
    void an_unknown_kind_is_a_usage_error_listing_the_kinds() {
        CliRun run = CliRun.of("import", "--project", "p.gpkg", "--as", "boten", "x.geojson");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("boten").contains("parks, buildings, units, roofs, labels, grid, companies");
    }

    @Test
    void the_real_delft_wippolder_panden_are_detected_counted_and_the_bad_id_skipped() throws Exception {
        Optional<Path> data = SharedData.find();
        assumeTrue(data.isPresent(), "../shared/data ontbreekt");
        Path wippolder = data.get().resolve("bag-delft-wippolder/wippolder.gpkg");
        Path project = dir.resolve("delft.gpkg");

        CliRun run = CliRun.of("import", "--project", project.toString(), wippolder.toString());

        // 60 polygons (as ogrinfo counts them); one has the id "x2", which no BAG id can be.
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("gelezen 60, geïmporteerd 59, overgeslagen 1: ongeldig pand-id 1");
        assertThat(CliRun.of("info", "--project", project.toString()).out().lines())
                .contains("panden\t59");
    }

    /** Panden in the PDOK style, RD New with a crs member, as the samples' writer makes them. */
    @Test
    void area_limits_the_import_to_the_polygons_of_an_area_file_and_cannot_be_combined_with_park() throws Exception {
        Path panden = writePanden(dir.resolve("panden.geojson"), 10);
        Path area = dir.resolve("plangebied.geojson");
        try (GeoJsonWriter out = GeoJsonWriter.create(area, GeoJsonWriter.Options.rdNew())) {
            out.write(RD.toGeometry(new Envelope(232100, 232140, 556100, 556130)), Map.of("naam", "plan"));
        }
        Path project = dir.resolve("project.gpkg");

        CliRun both = CliRun.of(
                "import", "--project", project.toString(), "--park", "X", "--area", area.toString(), panden.toString());
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("--park").contains("--area");
        assertThat(project).doesNotExist();

        CliRun run = CliRun.of("import", "--project", project.toString(), "--area", area.toString(), panden.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // 250 m around x 232,100-232,140: the panden starting at 232,100 ... 232,350.
        assertThat(CliRun.of("info", "--project", project.toString()).out().lines())
                .contains("panden\t6")
                .anySatisfy(l -> assertThat(l).contains("beperkt tot gebiedsbestand plangebied.geojson"));
    }

    private static Path writePanden(Path file, int count) throws Exception {
        try (GeoJsonWriter out = GeoJsonWriter.create(file, GeoJsonWriter.Options.rdNew())) {
            for (int i = 0; i < count; i++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("identificatie", "010610000000000" + i);
                p.put("bouwjaar", 1990 + i);
                p.put("status", "Pand in gebruik");
                p.put("gebruiksdoel", "industriefunctie");
                out.write(RD.toGeometry(new Envelope(232100 + i * 50, 232140 + i * 50, 556100, 556130)), p);
            }
        }
        return file;
    }

    /** Two good features, then a third whose JSON breaks off in the middle of its properties. */
    private static Path writeBrokenAtFeature3(Path file) throws Exception {
        Path good = writePanden(file.resolveSibling("tmp-" + file.getFileName()), 2);
        String text = Files.readString(good);
        Files.delete(good);
        int end = text.lastIndexOf(']');
        String broken = text.substring(0, end).stripTrailing()
                + ",\n{\"type\":\"Feature\",\"properties\":{\"identificatie\":\"0106100000000009\",\"bouwjaar\":19x5}\n]}\n";
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
