package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ImportCounts;
import nl.kansenkaart.io.store.ImportSession;
import nl.kansenkaart.io.store.LayerCount;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

class InfoCommandTest {
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);

    @TempDir
    Path dir;

    @Test
    void info_prints_one_name_tab_count_line_per_layer_in_the_stores_order_then_the_sources() throws Exception {
        Path project = dir.resolve("project.gpkg");
        List<LayerCount> expected;
        try (ProjectStore store = ProjectStore.create(project)) {
            try (ImportSession s = store.beginImport(provenance("terrein.geojson", SourceKind.PARKS))) {
                s.add(new Park(
                        "0106004",
                        "De Vaart",
                        "Assen",
                        OptionalDouble.of(40),
                        OptionalDouble.empty(),
                        RD.toGeometry(new Envelope(232000, 233000, 556000, 557000))));
                s.commit(ImportCounts.allImported(1));
            }
            try (ImportSession s = store.beginImport(provenance("panden.gpkg", SourceKind.BUILDINGS))) {
                for (int i = 0; i < 3; i++) {
                    s.add(new Building(
                            "010610000000000" + i,
                            OptionalInt.of(1990 + i),
                            BuildingStatus.IN_USE,
                            RD.toGeometry(new Envelope(232100 + i * 50, 232140 + i * 50, 556100, 556130)),
                            Optional.empty()));
                }
                s.commit(
                        new ImportCounts(4, 3, 0, 1, java.util.Map.of("lege geometrie", 1L)),
                        List.of("laag panden: geen CRS opgegeven, RD New aangenomen"));
            }
            expected = store.layerCounts();
        }

        CliRun run = CliRun.of("info", "--project", project.toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        List<String> layerLines = lines.subList(0, expected.size());
        assertThat(layerLines)
                .containsExactlyElementsOf(expected.stream()
                        .map(l -> l.layerName() + "\t" + l.count())
                        .toList());
        assertThat(expected).extracting(LayerCount::count).contains(1L, 3L);
        assertThat(lines.get(expected.size())).isEmpty();
        assertThat(lines.get(expected.size() + 1)).startsWith("Bronnen");
        assertThat(lines.subList(expected.size() + 2, lines.size()))
                .anySatisfy(l -> assertThat(l)
                        .startsWith("panden.gpkg\tpanden (BAG)\tGeoPackage\tEPSG:28992\t")
                        .endsWith("gelezen 4, geïmporteerd 3, hersteld 0, overgeslagen 1"))
                .anySatisfy(l -> assertThat(l).startsWith("terrein.geojson\tbedrijventerreinen (IBIS)\t"));
        // The import's skip reasons and notes are stored with the source and shown under it.
        int source = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("panden.gpkg\t"))
                .findFirst()
                .orElseThrow());
        assertThat(lines.subList(source + 1, lines.size()))
                .startsWith(
                        "  overgeslagen, lege geometrie: 1", "  - laag panden: geen CRS opgegeven, RD New aangenomen");
    }

    @Test
    void info_on_a_missing_project_exits_3_naming_it() {
        Path missing = dir.resolve("weg.gpkg");

        CliRun run = CliRun.of("info", "--project", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(missing.toString()).contains("bestaat niet");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void info_on_a_file_that_is_not_a_project_exits_3_without_a_stack_trace() throws Exception {
        Path notAProject = dir.resolve("notities.gpkg");
        Files.writeString(notAProject, "dit is geen GeoPackage maar een tekstbestand\n".repeat(100));

        CliRun run = CliRun.of("info", "--project", notAProject.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(notAProject.toString()).doesNotContain("\tat ");
    }

    private static Provenance provenance(String key, SourceKind kind) {
        String format = key.endsWith(".gpkg") ? "GeoPackage" : "GeoJSON";
        return new Provenance(key, kind, format, "EPSG:28992", Instant.now(), ImportCounts.NONE, List.of());
    }
}
