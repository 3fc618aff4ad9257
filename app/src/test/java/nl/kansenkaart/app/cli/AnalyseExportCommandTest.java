package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ImportCounts;
import nl.kansenkaart.io.store.ImportSession;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** Option checks of analyse and export on small projects; the sample-park runs are in AnalyseCommandTest. */
class AnalyseExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void analyse_on_a_missing_project_exits_3_naming_the_file() {
        Path missing = dir.resolve("nergens.gpkg");

        CliRun run = CliRun.of("analyse", "--project", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(missing.toString()).contains("bestaat niet");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void export_on_a_missing_project_exits_3_naming_the_file() {
        Path missing = dir.resolve("nergens.gpkg");

        CliRun run = CliRun.of("export", "--project", missing.toString(), "--park", "1", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(missing.toString());
    }

    @Test
    void analyse_on_a_project_whose_park_has_no_buildings_stores_empty_results_and_says_so() throws Exception {
        Path project = projectWithPark("0106004");

        CliRun run = CliRun.of("analyse", "--project", project.toString(), "--park", "0106004");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Bedrijventerrein De Vaart (0106004)")
                .contains("Panden berekend: 0")
                .contains("Uitgangspunten (standaard):");
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(store.layerCounts())
                    .extracting(c -> c.layerName() + "=" + c.count())
                    .contains("zon_op_dak=0", "label_c=0", "verplichtingen=0", "aannames=5");
        }
    }

    @Test
    void export_of_a_park_never_analysed_uses_the_defaults_says_so_and_writes_workbook_and_maps() throws Exception {
        Path project = projectWithPark("0106004");
        Path out = dir.resolve("uitvoer");

        CliRun run = CliRun.of("export", "--project", project.toString(), "--park", "0106004", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("nog niet geanalyseerd").contains("standaarduitgangspunten");
        assertThat(run.out()).contains("Uitgangspunten zon op dak: Actueel").contains(".xlsx");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("Kansenkaart De Vaart") && n.endsWith(".xlsx"));
        }
        try (var maps = Files.list(out.resolve("kaarten"))) {
            assertThat(maps.map(f -> f.getFileName().toString()).toList())
                    .contains("De Vaart - Huidige situatie - A4.pdf", "De Vaart - Kansen en uitdagingen - A3.png");
        }
    }

    @Test
    void a_park_that_is_not_in_the_project_is_bad_input_naming_it() throws Exception {
        Path project = projectWithPark("0106004");

        CliRun run = CliRun.of("export", "--project", project.toString(), "--park", "9999999", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("9999999").contains(project.toString());
    }

    @Test
    void a_missing_assumptions_file_is_bad_input_naming_it() throws Exception {
        Path project = projectWithPark("0106004");
        Path assumptions = dir.resolve("uitgangspunten.json");

        CliRun run = CliRun.of("analyse", "--project", project.toString(), "--assumptions", assumptions.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(assumptions.toString());
    }

    private Path projectWithPark(String parkId) throws Exception {
        Path project = dir.resolve("project.gpkg");
        GeometryFactory rd = new GeometryFactory(new PrecisionModel(), 28992);
        try (ProjectStore store = ProjectStore.create(project);
                ImportSession s = store.beginImport(new Provenance(
                        "ibis.shp",
                        SourceKind.PARKS,
                        "Shapefile",
                        "EPSG:28992",
                        Instant.now(),
                        ImportCounts.NONE,
                        List.of()))) {
            s.add(new Park(
                    parkId,
                    "De Vaart",
                    "Assen",
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    rd.toGeometry(new Envelope(232000, 233000, 556000, 557000))));
            s.commit(ImportCounts.allImported(1));
        }
        assertThat(Files.exists(project)).isTrue();
        return project;
    }
}
