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

class NotBuiltYetTest {

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
    void analyse_on_a_real_project_says_the_analyses_are_not_built_and_exits_1() throws Exception {
        Path project = projectWithPark("0106004");

        CliRun run = CliRun.of("analyse", "--project", project.toString(), "--park", "0106004");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("nog niet gebouwd").contains("niets berekend");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void export_on_a_real_project_says_the_export_is_not_built_and_writes_nothing() throws Exception {
        Path project = projectWithPark("0106004");
        Path out = dir.resolve("uitvoer");

        CliRun run = CliRun.of("export", "--project", project.toString(), "--park", "0106004", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("nog niet gebouwd").contains("niets geschreven");
        assertThat(out).doesNotExist();
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
