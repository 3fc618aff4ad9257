package nl.kansenkaart.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.linuxense.javadbf.DBFReader;
import com.linuxense.javadbf.DBFRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansenkaart.io.SourceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accessor lists, extracts and counts the files that are really on the classpath. */
class SampleDataTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void extract() throws IOException {
        assertThat(SampleData.extractTo(dir)).isEqualTo(dir);
    }

    @Test
    void files_come_in_import_order_with_dutch_descriptions() {
        assertThat(SampleData.files())
                .extracting(SampleFile::kind)
                .containsExactly(
                        SourceKind.PARKS,
                        SourceKind.BUILDINGS,
                        SourceKind.ROOFS,
                        SourceKind.LABELS,
                        SourceKind.GRID,
                        SourceKind.COMPANIES);
        assertThat(SampleData.files())
                .extracting(SampleFile::fileName)
                .containsExactly(
                        "ibis_de_vaart.shp",
                        "bag_de_vaart.gpkg",
                        "3dbag_de_vaart.gpkg",
                        "ep_online_de_vaart.csv",
                        "netcapaciteit_de_vaart.geojson",
                        "kvk_bedrijven_de_vaart.csv");
        assertThat(SampleData.files()).allMatch(f -> f.description()
                .matches(".*(terrein|panden|dak|energielabels|Netcapaciteit|Bedrijven).*"));
    }

    @Test
    void extracting_copies_every_file_with_the_shapefile_sidecars() throws IOException {
        for (String name : SampleData.allFileNames()) {
            assertThat(dir.resolve(name)).as(name).isRegularFile();
            assertThat(Files.size(dir.resolve(name))).as(name).isPositive();
        }
        assertThat(SampleData.allFileNames())
                .contains("ibis_de_vaart.shx", "ibis_de_vaart.dbf", "ibis_de_vaart.prj", "ibis_de_vaart.cpg");
        assertThat(Files.readString(dir.resolve("ibis_de_vaart.cpg"))).isEqualTo("UTF-8");
    }

    @Test
    void the_park_id_and_name_are_those_in_the_ibis_file() throws IOException {
        Set<String> rins = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Files.newInputStream(dir.resolve("ibis_de_vaart.dbf"));
                DBFReader r = new DBFReader(in, StandardCharsets.UTF_8)) {
            DBFRow row;
            while ((row = r.nextRow()) != null) {
                rins.add(row.getString("RIN_NUMMER"));
                names.put(row.getString("RIN_NUMMER"), row.getString("PLAN_NAAM"));
            }
        }
        assertThat(rins).hasSize(SampleData.counts().parks()).contains(SampleData.parkId());
        assertThat(names.get(SampleData.parkId())).isEqualTo(SampleData.parkName());
    }

    @Test
    void counts_match_what_the_files_hold() throws Exception {
        SampleCounts c = SampleData.counts();
        assertThat(rows(dir.resolve("bag_de_vaart.gpkg"), "SELECT count(*) FROM pand"))
                .isEqualTo(c.buildings());
        assertThat(rows(dir.resolve("bag_de_vaart.gpkg"), "SELECT count(*) FROM verblijfsobject"))
                .isEqualTo(c.units());
        assertThat(rows(dir.resolve("3dbag_de_vaart.gpkg"), "SELECT count(*) FROM pand"))
                .isEqualTo(c.roofs());
        assertThat(rows(dir.resolve("3dbag_de_vaart.gpkg"), "SELECT count(*) FROM lod22_2d"))
                .isEqualTo(c.roofParts());
        List<String> labels = Files.readAllLines(dir.resolve("ep_online_de_vaart.csv"), StandardCharsets.UTF_8);
        assertThat(labels.get(0)).startsWith("EP-Online export energielabels;");
        assertThat(labels.get(1)).startsWith("Peildatum;2026-10-01");
        List<String> labelRows = labels.subList(3, labels.size());
        assertThat(labelRows).hasSize(c.labelRows());
        assertThat(labelRows.stream().map(l -> l.split(";", -1)[11]).distinct().count())
                .isEqualTo(c.labelledUnits());
        byte[] kvk = Files.readAllBytes(dir.resolve("kvk_bedrijven_de_vaart.csv"));
        assertThat(kvk).startsWith(0xEF, 0xBB, 0xBF);
        String kvkText = new String(kvk, 3, kvk.length - 3, StandardCharsets.UTF_8);
        assertThat(kvkText.split("\r\n")).hasSize(c.companies() + 1);
        assertThat(kvkText)
                .startsWith(
                        "KvK-nummer;Vestigingsnummer;Handelsnaam;Straat;Huisnummer;Huisletter;Toevoeging;Postcode;Plaats;SBI-code;SBI-omschrijving\r\n");
        Matcher features = Pattern.compile("\\{\"type\":\"Feature\"")
                .matcher(Files.readString(dir.resolve("netcapaciteit_de_vaart.geojson")));
        int n = 0;
        while (features.find()) {
            n++;
        }
        assertThat(n).isEqualTo(c.gridAreas());
        assertThat(c.labelRows()).isGreaterThan(c.labelledUnits());
    }

    @Test
    void gdal_reads_every_file_with_its_crs_geometry_and_count() throws Exception {
        assumeTrue(ogrinfoOnPath(), "ogrinfo staat niet op het PATH");
        SampleCounts c = SampleData.counts();
        String ibis = ogrinfo(dir.resolve("ibis_de_vaart.shp"), true);
        assertThat(ibis)
                .contains("Geometry: Polygon")
                .contains("Feature Count: 3")
                .contains("Amersfoort / RD New");
        String ibisAll = ogrinfo(dir.resolve("ibis_de_vaart.shp"), false);
        assertThat(ibisAll)
                .contains("RIN_NUMMER (String) = 0106004")
                .contains("PLAN_NAAM (String) = Messchenveld-Oost")
                .contains("JAAR (Integer) = 2024")
                .contains("WLOC_TYPE (String) = Gemengd");
        String grid = ogrinfo(dir.resolve("netcapaciteit_de_vaart.geojson"), true);
        assertThat(grid)
                .contains("Geometry: Polygon")
                .contains("Feature Count: " + c.gridAreas())
                .contains("WGS 84");
        assertThat(ogrinfo(dir.resolve("netcapaciteit_de_vaart.geojson"), false))
                .contains("invoeding (String) = rood");
        String bag = ogrinfo(dir.resolve("bag_de_vaart.gpkg"), true);
        assertThat(bag)
                .contains("Layer name: pand")
                .contains("Feature Count: " + c.buildings())
                .contains("Layer name: verblijfsobject")
                .contains("Feature Count: " + c.units())
                .contains("Amersfoort / RD New");
        String roofs = ogrinfo(dir.resolve("3dbag_de_vaart.gpkg"), true);
        assertThat(roofs)
                .contains("Feature Count: " + c.roofs())
                .contains("Layer name: lod22_2d")
                .contains("Feature Count: " + c.roofParts())
                .contains("b3_hellingshoek: Real");
    }

    private static int rows(Path gpkg, String sql) throws SQLException {
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + gpkg.toAbsolutePath());
                Statement s = conn.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.getInt(1);
        }
    }

    private static boolean ogrinfoOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "ogrinfo"))) {
                return true;
            }
        }
        return false;
    }

    private static String ogrinfo(Path file, boolean summary) throws IOException, InterruptedException {
        ProcessBuilder pb = summary
                ? new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString())
                : new ProcessBuilder("ogrinfo", "-ro", "-al", file.toString());
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("Warning").doesNotContain("ERROR");
        return out;
    }
}
