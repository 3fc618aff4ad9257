package nl.kansenkaart.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.linuxense.javadbf.DBFReader;
import com.linuxense.javadbf.DBFRow;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class ShapefileWriterTest {

    private static final LocalDate DBF_DATE = LocalDate.of(2024, 5, 17);
    private static final List<ShapefileWriter.Field> FIELDS = List.of(
            ShapefileWriter.Field.character("NAAM", 40),
            ShapefileWriter.Field.numeric("HA_BRUTO", 8, 2),
            ShapefileWriter.Field.numeric("JAAR", 4, 0),
            ShapefileWriter.Field.floating("HOOGTE", 10, 3),
            ShapefileWriter.Field.date("DATUM"),
            ShapefileWriter.Field.logical("ACTIEF"));

    @TempDir
    Path dir;

    private Path writePolygons() throws Exception {
        Path shp = dir.resolve("vlakken.shp");
        WKTReader wkt = new WKTReader();
        // A counter-clockwise outer ring with a clockwise hole, the opposite of what ESRI wants.
        Geometry withHole =
                wkt.read("POLYGON ((232000 556000, 232100 556000, 232100 556100, 232000 556100, 232000 556000),"
                        + " (232020 556020, 232020 556040, 232040 556040, 232040 556020, 232020 556020))");
        Geometry multi = wkt.read("MULTIPOLYGON (((233000 557000, 233000 557050, 233050 557050, 233000 557000)),"
                + " ((233100 557000, 233150 557000, 233150 557050, 233100 557000)))");
        try (ShapefileWriter w = ShapefileWriter.create(
                shp,
                ShapefileWriter.ShapeType.POLYGON,
                FIELDS,
                ShapefileWriter.RD_NEW_PRJ,
                StandardCharsets.UTF_8,
                DBF_DATE)) {
            w.write(withHole, Arrays.asList("Messchenveld-Oost", 12.5, 2024, 10.125, LocalDate.of(2023, 1, 31), true));
            w.write(multi, Arrays.asList("Café 't Veen", new BigDecimal("3.40"), 2019, null, null, false));
        }
        return shp;
    }

    @Test
    void the_main_file_has_the_esri_header_and_clockwise_outer_rings() throws Exception {
        Path shp = writePolygons();
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(shp));
        assertThat(b.order(ByteOrder.BIG_ENDIAN).getInt(0)).isEqualTo(9994);
        assertThat(b.getInt(24) * 2L).isEqualTo(Files.size(shp));
        b.order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(28)).isEqualTo(1000);
        assertThat(b.getInt(32)).isEqualTo(5);
        assertThat(b.getDouble(36)).isEqualTo(232000);
        assertThat(b.getDouble(60)).isEqualTo(557050);
        // First record: 2 parts, 10 points; outer ring clockwise means it goes up first from the start.
        assertThat(b.order(ByteOrder.BIG_ENDIAN).getInt(100)).isEqualTo(1);
        b.order(ByteOrder.LITTLE_ENDIAN);
        int content = 108;
        assertThat(b.getInt(content)).isEqualTo(5);
        assertThat(b.getInt(content + 36)).isEqualTo(2);
        assertThat(b.getInt(content + 40)).isEqualTo(10);
        int pointsAt = content + 44 + 8;
        double x0 = b.getDouble(pointsAt), y0 = b.getDouble(pointsAt + 8);
        double x1 = b.getDouble(pointsAt + 16), y1 = b.getDouble(pointsAt + 24);
        assertThat(x0).isEqualTo(232000);
        assertThat(y0).isEqualTo(556000);
        assertThat(x1).isEqualTo(232000);
        assertThat(y1).isEqualTo(556100);
        long shxSize = Files.size(ShapefileWriter.sibling(shp, "shx"));
        assertThat(shxSize).isEqualTo(100 + 2 * 8);
    }

    @Test
    void the_dbf_keeps_utf8_text_numbers_dates_and_the_fixed_header_date() throws Exception {
        Path shp = writePolygons();
        Path dbfFile = ShapefileWriter.sibling(shp, "dbf");
        byte[] bytes = Files.readAllBytes(dbfFile);
        assertThat(new int[] {bytes[1], bytes[2], bytes[3]}).containsExactly(124, 5, 17);
        try (InputStream in = Files.newInputStream(dbfFile);
                DBFReader reader = new DBFReader(in, StandardCharsets.UTF_8)) {
            assertThat(reader.getRecordCount()).isEqualTo(2);
            DBFRow first = reader.nextRow();
            assertThat(first.getString("NAAM")).isEqualTo("Messchenveld-Oost");
            assertThat(first.getBigDecimal("HA_BRUTO")).isEqualByComparingTo("12.50");
            assertThat(first.getInt("JAAR")).isEqualTo(2024);
            assertThat(first.getBoolean("ACTIEF")).isTrue();
            DBFRow second = reader.nextRow();
            assertThat(second.getString("NAAM")).isEqualTo("Café 't Veen");
            assertThat(second.getBoolean("ACTIEF")).isFalse();
        }
        assertThat(Files.readString(ShapefileWriter.sibling(shp, "cpg"))).isEqualTo("UTF-8");
        assertThat(Files.readString(ShapefileWriter.sibling(shp, "prj"))).startsWith("PROJCS[\"RD_New\"");
    }

    @Test
    void writing_twice_gives_byte_identical_files() throws Exception {
        Path shp = writePolygons();
        byte[][] first = {Files.readAllBytes(shp), Files.readAllBytes(ShapefileWriter.sibling(shp, "dbf"))};
        Thread.sleep(5);
        writePolygons();
        assertThat(Files.readAllBytes(shp)).isEqualTo(first[0]);
        assertThat(Files.readAllBytes(ShapefileWriter.sibling(shp, "dbf"))).isEqualTo(first[1]);
    }

    @Test
    void gdal_reads_the_polygons_with_rd_new_and_the_values() throws Exception {
        assumeTrue(Ogr.available(), "ogrinfo staat niet op het PATH");
        Path shp = writePolygons();
        String summary = Ogr.info(shp, true);
        assertThat(summary).contains("Geometry: Polygon").contains("Feature Count: 2");
        assertThat(summary).containsAnyOf("RD_New", "RD New");
        String all = Ogr.info(shp, false);
        assertThat(all)
                .contains("NAAM (String) = Messchenveld-Oost")
                .contains("NAAM (String) = Café 't Veen")
                .contains("HA_BRUTO (Real) = 12.50")
                .contains("JAAR (Integer) = 2024")
                .contains("DATUM (Date) = 2023/01/31")
                .contains("MULTIPOLYGON");
        // GDAL reports the hole as a second ring: the winding order was understood.
        assertThat(all).contains("POLYGON ((232000 556000,");
        assertThat(all).contains("(232020 556020,");
    }

    @Test
    void gdal_reads_points() throws Exception {
        assumeTrue(Ogr.available(), "ogrinfo staat niet op het PATH");
        Path shp = dir.resolve("punten.shp");
        WKTReader wkt = new WKTReader();
        try (ShapefileWriter w = ShapefileWriter.create(
                shp,
                ShapefileWriter.ShapeType.POINT,
                List.of(ShapefileWriter.Field.character("ID", 16)),
                ShapefileWriter.RD_NEW_PRJ,
                StandardCharsets.UTF_8,
                DBF_DATE)) {
            w.write(wkt.read("POINT (233010.5 557020.25)"), List.of("0106010000000001"));
        }
        String all = Ogr.info(shp, false);
        assertThat(all).contains("Geometry: Point").contains("Feature Count: 1").contains("POINT (233010.5 557020.25)");
    }

    @Test
    void a_wrong_geometry_or_value_count_is_refused_in_dutch() throws Exception {
        Path shp = dir.resolve("fout.shp");
        WKTReader wkt = new WKTReader();
        try (ShapefileWriter w = ShapefileWriter.create(
                shp,
                ShapefileWriter.ShapeType.POLYGON,
                FIELDS,
                ShapefileWriter.RD_NEW_PRJ,
                StandardCharsets.UTF_8,
                DBF_DATE)) {
            assertThatThrownBy(() -> w.write(wkt.read("POINT (1 2)"), Arrays.asList("a", 1, 1, 1, null, true)))
                    .hasMessageContaining("verwacht een Polygon");
            assertThatThrownBy(() -> w.write(wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 0))"), List.of("a")))
                    .hasMessageContaining("heeft 1 waarden, verwacht 6");
        }
        Path shortText = dir.resolve("kort.shp");
        try (ShapefileWriter w = ShapefileWriter.create(
                shortText,
                ShapefileWriter.ShapeType.POINT,
                List.of(ShapefileWriter.Field.character("NAAM", 4)),
                ShapefileWriter.RD_NEW_PRJ,
                StandardCharsets.UTF_8,
                DBF_DATE)) {
            // Four characters, five bytes in UTF-8.
            assertThatThrownBy(() -> w.write(wkt.read("POINT (1 2)"), List.of("Café")))
                    .hasMessageContaining("langer dan 4 bytes");
        }
        assertThatThrownBy(() -> ShapefileWriter.Field.character("VEEL_TE_LANG", 5))
                .hasMessageContaining("veldnaam");
    }
}
