package nl.kansenkaart.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.samples.SampleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample files are exactly what the generator makes now. When this fails after a
 * deliberate change, regenerate: run SampleParkGenerator with
 * samples/src/main/resources/nl/kansenkaart/samples/devaart as argument and commit the result.
 */
class CommittedFilesTest {
    private static final String HINT = " wijkt af van wat SampleParkGenerator nu maakt; genereer de voorbeeldbestanden"
            + " opnieuw in samples/src/main/resources/nl/kansenkaart/samples/devaart";

    @TempDir
    static Path fresh;

    @TempDir
    static Path committed;

    @BeforeAll
    static void generateAndExtract() throws IOException {
        SampleParkGenerator.generate(fresh);
        SampleData.extractTo(committed);
        try (InputStream in =
                SampleData.class.getResourceAsStream("/nl/kansenkaart/samples/devaart/counts.properties")) {
            Files.copy(in, committed.resolve(SampleData.COUNTS_FILE));
        }
    }

    @Test
    void text_files_and_the_shapefile_are_byte_identical() throws IOException {
        List<String> names = new ArrayList<>(SampleData.allFileNames());
        names.add(SampleData.COUNTS_FILE);
        for (String name : names) {
            if (name.endsWith(".gpkg")) {
                continue;
            }
            assertThat(Files.readAllBytes(committed.resolve(name)))
                    .as(name + HINT)
                    .isEqualTo(Files.readAllBytes(fresh.resolve(name)));
        }
    }

    @Test
    void geopackages_hold_the_same_tables_row_for_row() throws Exception {
        for (String name : List.of(SampleData.BAG_FILE, SampleData.THREE_D_BAG_FILE)) {
            assertThat(dump(committed.resolve(name))).as(name + HINT).isEqualTo(dump(fresh.resolve(name)));
        }
    }

    @Test
    void generating_twice_gives_the_same_bytes(@TempDir Path again) throws IOException {
        SampleParkGenerator.generate(again);
        for (String name : List.of(
                SampleData.IBIS_FILE,
                "ibis_de_vaart.dbf",
                SampleData.EP_ONLINE_FILE,
                SampleData.KVK_FILE,
                SampleData.GRID_FILE)) {
            assertThat(Files.readAllBytes(again.resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(fresh.resolve(name)));
        }
    }

    @Test
    void every_file_stays_small() throws IOException {
        try (var files = Files.list(committed)) {
            files.forEach(f -> {
                try {
                    assertThat(Files.size(f)).as(f.getFileName().toString()).isLessThan(1_000_000);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** Every row of the data tables and of gpkg_contents, values as text (blobs as hex). */
    static List<String> dump(Path gpkg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg.toAbsolutePath());
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM gpkg_contents ORDER BY table_name")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            tables.add("gpkg_contents");
            tables.add("gpkg_geometry_columns");
            tables.add("gpkg_spatial_ref_sys");
            for (String t : tables) {
                try (ResultSet r = s.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY 1, 2")) {
                    ResultSetMetaData m = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder(t).append(':');
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            Object v = r.getObject(i);
                            row.append(m.getColumnName(i))
                                    .append('=')
                                    .append(
                                            v instanceof byte[] b
                                                    ? java.util.HexFormat.of().formatHex(b)
                                                    : String.valueOf(v))
                                    .append('|');
                        }
                        out.add(row.toString());
                    }
                }
            }
        }
        assertThat(out).as("tabellen in " + gpkg).isNotEmpty();
        return out;
    }
}
