package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capaciteitskaart JSON of the open data model per PC6 on the command line: imported into
 * netcapaciteit_postcodes; a postcode area without postcode exits 3 naming file, record and reason
 * and leaves the project as it was. The files follow the example of the model's repository
 * (Netbeheer-Nederland/im-capaciteitskaart, examples/im_capaciteitskaart_dso-20250110.json).
 */
class CapaciteitskaartCommandTest {
    @TempDir
    Path dir;

    private static String dataset(String postcodeAreas) {
        return """
                {
                  "conforms_to": "http://data.netbeheernederland.nl/capaciteitskaart/v1.2.0",
                  "publisher": "Liander",
                  "identifier": "capaciteitskaart_test",
                  "issued": "2025-01-10",
                  "valid": {"start": "2025-01-10", "end": "2025-04-10"},
                  "energy_areas": [
                    {
                      "short_code": "OS FICTIEF 20-3i",
                      "demand_available_capacity": 47,
                      "demand_quoted_capacity": 58,
                      "generation_available_capacity": 0,
                      "generation_quoted_capacity": 38,
                      "demand_alleviation_year": 2029,
                      "works": [{"project_name": "WO#_1234", "time_schedules": [{"schedule_interval": {"end": "2026-01-10"}}]}],
                      "postcode_areas": [%s]
                    }
                  ]
                }
                """
                .formatted(postcodeAreas);
    }

    @Test
    void a_model_json_per_pc6_is_imported_and_a_postcode_area_without_postcode_exits_3() throws Exception {
        Path good = dir.resolve("capaciteitskaart.json");
        Files.writeString(
                good,
                dataset(
                        "{\"demand_constraint\": \"amber\", \"generation_constraint\": \"transparant\","
                                + " \"postcode\": \"1234AC\", \"substation_short_code\": \"OS FICTIEF1\"},"
                                + "{\"demand_constraint\": \"red\", \"generation_constraint\": \"red\", \"postcode\": \"1234AD\"}"),
                StandardCharsets.UTF_8);
        Path project = dir.resolve("project.gpkg");

        CliRun imported = CliRun.of("import", "--project", project.toString(), good.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Capaciteitskaart-JSON");
        CliRun info = CliRun.of("info", "--project", project.toString());
        assertThat(info.out().lines()).contains("netcapaciteit_postcodes\t2");
        assertThat(info.out()).contains("capaciteitskaart.json\tnetcapaciteit\tCapaciteitskaart-JSON");

        String before = sha256(project);
        Path broken = dir.resolve("zonder_postcode.json");
        Files.writeString(
                broken,
                dataset(
                        "{\"demand_constraint\": \"red\", \"generation_constraint\": \"red\", \"postcode\": \"1234AE\"},"
                                + "{\"demand_constraint\": \"red\", \"generation_constraint\": \"red\"}"),
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", "--project", project.toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err())
                .contains("zonder_postcode.json")
                .contains("object 2")
                .contains("energiegebied 1 ('OS FICTIEF 20-3i'), postcodegebied 2: de postcode ontbreekt")
                .doesNotContain("\tat ");
        assertThat(sha256(project)).isEqualTo(before);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
