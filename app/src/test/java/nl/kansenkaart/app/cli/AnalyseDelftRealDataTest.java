package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on real data: {@code import} of an IBIS-style plan area (written here), the
 * Wippolder BAG panden and the Delft 3D BAG CityJSON files, then {@code analyse}; the project's
 * zon_op_dak table holds a row per pand with the method that sized it.
 */
@Tag("realdata")
class AnalyseDelftRealDataTest {
    @TempDir
    Path dir;

    @Test
    void import_and_analyse_store_roof_part_and_footprint_results_for_the_delft_buildings() throws Exception {
        Path data = SharedData.find().orElse(null);
        assumeTrue(data != null && Files.isDirectory(data.resolve("3dbag-delft")), "../shared/data ontbreekt");
        Path park = dir.resolve("plangebied_delft.geojson");
        Files.writeString(
                park,
                """
                {"type":"FeatureCollection","name":"ibis","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},
                "features":[{"type":"Feature","properties":{"RIN_NUMMER":"0503900","PLAN_NAAM":"Testgebied 3D BAG Delft",
                "GEMEENTE":"Delft","HA_BRUTO":210.0},"geometry":{"type":"Polygon","coordinates":[[[84400,445700],
                [85800,445700],[85800,447200],[84400,447200],[84400,445700]]]}}]}
                """,
                StandardCharsets.UTF_8);
        Path project = dir.resolve("delft.gpkg");

        CliRun imported = CliRun.of(
                "import",
                "--project",
                project.toString(),
                park.toString(),
                data.resolve("bag-delft-wippolder/wippolder.gpkg").toString(),
                data.resolve("3dbag-delft/delft_subset.city.jsonl").toString(),
                data.resolve("3dbag-delft/3dbag_b2.city.json").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("10 panden met hun BAG-gegevens uit 3D BAG toegevoegd");

        CliRun analysed = CliRun.of("analyse", "--project", project.toString(), "--park", "0503900");
        assertThat(analysed.exitCode()).as(analysed.err()).isZero();
        assertThat(analysed.out())
                .contains("Panden berekend: 71")
                .contains(
                        "Aandeel in geschat elektriciteitsgebruik park: onbekend (nog geen schatting van het gebruik)");

        Map<String, Integer> methods = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT methode, count(*), sum(panelen) FROM zon_op_dak"
                        + " WHERE park_id = '0503900' GROUP BY methode ORDER BY methode")) {
            while (rs.next()) {
                methods.put(rs.getString(1), rs.getInt(2));
            }
        }
        // 12 buildings with 3D BAG roof faces, 59 Wippolder panden on their footprint.
        assertThat(methods).containsExactly(Map.entry("actueel", 59), Map.entry("dakvlakken", 12));
    }
}
