package nl.kansenkaart.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.linuxense.javadbf.DBFDataType;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kansenkaart.io.crs.CrsGuess;
import nl.kansenkaart.io.crs.CrsTransforms;
import nl.kansenkaart.io.geopackage.GeoPackageFormat;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.Formats;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class ShapefileFormatTest {

    /** What ArcGIS writes for RD New. */
    static final String RD_NEW_ESRI = "PROJCS[\"RD_New\",GEOGCS[\"GCS_Amersfoort\",DATUM[\"D_Amersfoort\","
            + "SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Double_Stereographic\"],"
            + "PARAMETER[\"False_Easting\",155000.0],PARAMETER[\"False_Northing\",463000.0],"
            + "PARAMETER[\"Central_Meridian\",5.38763888888889],PARAMETER[\"Scale_Factor\",0.9999079],"
            + "PARAMETER[\"Latitude_Of_Origin\",52.15616055555555],UNIT[\"Meter\",1.0]]";

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private final ShapefileFormat format = new ShapefileFormat();
    private final WKTReader wkt = new WKTReader();

    private static List<SourceFeature> readAll(FeatureLayer layer) throws SourceException {
        List<SourceFeature> all = new ArrayList<>();
        for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
            all.add(f.get());
        }
        return all;
    }

    private Path writeParks(Path folder) throws Exception {
        Files.createDirectories(folder);
        Path shp = folder.resolve("terreinen.shp");
        // Outer rings clockwise, holes counter-clockwise, as the ESRI format demands.
        Geometry withHole =
                wkt.read("POLYGON ((0 0, 0 100, 100 100, 100 0, 0 0), (10 10, 20 10, 20 20, 10 20, 10 10))");
        Geometry twoParts = wkt.read("MULTIPOLYGON (((200 0, 200 10, 210 10, 210 0, 200 0)),"
                + " ((300 0, 300 50, 350 50, 350 0, 300 0), (310 10, 320 10, 320 20, 310 20, 310 10)))");
        Date date = Date.from(
                LocalDate.of(1977, 5, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        ShpTestWriter.write(
                shp,
                5,
                List.of(
                        ShpTestWriter.field("NAAM", DBFDataType.CHARACTER, 40, 0),
                        ShpTestWriter.field("OPP", DBFDataType.NUMERIC, 12, 2),
                        ShpTestWriter.field("DATUM", DBFDataType.DATE, 8, 0),
                        ShpTestWriter.field("ACTIEF", DBFDataType.LOGICAL, 1, 0)),
                List.of(
                        new ShpTestWriter.Row(withHole, "Noord Deel Oost", new BigDecimal("9900.00"), date, true),
                        new ShpTestWriter.Row(twoParts, "Veeneslagen ’t Zand", new BigDecimal("2500.50"), null, false),
                        new ShpTestWriter.Row(null, "zonder vorm", null, null, null)),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("terreinen.prj"), RD_NEW_ESRI);
        Files.writeString(folder.resolve("terreinen.cpg"), "UTF-8");
        return shp;
    }

    @Test
    void polygons_with_holes_and_parts_come_out_as_jts_with_dbf_attributes_and_rd_crs() throws Exception {
        Path shp = writeParks(dir);
        assertThat(Formats.detect(shp)).isInstanceOf(ShapefileFormat.class);
        try (ShapefileLayer layer = format.open(shp)) {
            assertThat(layer.name()).isEqualTo("terreinen");
            assertThat(layer.fieldNames()).containsExactly("NAAM", "OPP", "DATUM", "ACTIEF");
            assertThat(layer.crs().epsg()).hasValue(28992);
            assertThat(layer.sizeHint()).contains(3L);
            List<SourceFeature> all = readAll(layer);
            assertThat(all).hasSize(3);
            Polygon first = (Polygon) all.get(0).geometry().orElseThrow();
            assertThat(first.getNumInteriorRing()).isEqualTo(1);
            assertThat(first.getArea()).isEqualTo(9900.0);
            assertThat(first.getSRID()).isEqualTo(28992);
            assertThat(all.get(0).attributes())
                    .containsEntry("NAAM", "Noord Deel Oost")
                    .containsEntry("OPP", new BigDecimal("9900.00"))
                    .containsEntry("DATUM", LocalDate.of(1977, 5, 1))
                    .containsEntry("ACTIEF", true);
            MultiPolygon second = (MultiPolygon) all.get(1).geometry().orElseThrow();
            assertThat(second.getNumGeometries()).isEqualTo(2);
            Polygon withHole = (Polygon)
                    (second.getGeometryN(0).getArea() > 1000 ? second.getGeometryN(0) : second.getGeometryN(1));
            assertThat(withHole.getNumInteriorRing()).isEqualTo(1);
            assertThat(second.getArea()).isEqualTo(100 + 2500 - 100);
            assertThat(all.get(1).attributes())
                    .containsEntry("NAAM", "Veeneslagen ’t Zand")
                    .doesNotContainKey("DATUM");
            assertThat(all.get(2).geometry()).isEmpty();
            assertThat(all.get(2).attributes()).containsOnlyKeys("NAAM");
        }
        SharedData.ogrFeatureCount(shp, "terreinen")
                .ifPresent(n -> assertThat(n).isEqualTo(3));
    }

    @Test
    void points_without_cpg_read_their_dbf_as_cp1252_and_z_variants_keep_x_y() throws Exception {
        Path shp = dir.resolve("adressen.shp");
        ShpTestWriter.write(
                shp,
                11,
                List.of(ShpTestWriter.field("STRAAT", DBFDataType.CHARACTER, 30, 0)),
                List.of(
                        new ShpTestWriter.Row(wkt.read("POINT (233150.5 483900.25)"), "Café Één"),
                        new ShpTestWriter.Row(wkt.read("POINT (233160 483910)"), "Ærø")),
                CP1252);
        try (ShapefileLayer layer = format.open(shp)) {
            assertThat(layer.shapeType()).isEqualTo(11);
            assertThat(layer.crs()).isEqualTo(nl.kansenkaart.io.source.CrsRef.UNDECLARED);
            List<SourceFeature> all = readAll(layer);
            assertThat(all.get(0).attributes()).containsEntry("STRAAT", "Café Één");
            Point p = (Point) all.get(0).geometry().orElseThrow();
            assertThat(p.getX()).isEqualTo(233150.5);
            assertThat(p.getCoordinate().getZ()).isNaN();
            assertThat(all.get(1).attributes()).containsEntry("STRAAT", "Ærø");
        }
    }

    @Test
    void prj_files_for_wgs84_web_mercator_and_epsg_authorities_are_recognised() {
        assertThat(PrjCrs.parse("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
                                + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]")
                        .epsg())
                .hasValue(4326);
        assertThat(PrjCrs.parse("PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\"],"
                                + "PROJECTION[\"Mercator_Auxiliary_Sphere\"]]")
                        .epsg())
                .hasValue(3857);
        assertThat(PrjCrs.parse(
                                "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\"],PROJECTION[\"Oblique_Stereographic\"],"
                                        + "AUTHORITY[\"EPSG\",\"28992\"]]")
                        .epsg())
                .hasValue(28992);
        assertThat(PrjCrs.parse("PROJCS[\"ETRS89 / UTM zone 31N\",GEOGCS[\"ETRS89\"],AUTHORITY[\"EPSG\",\"25831\"]]")
                        .epsg())
                .hasValue(25831);
    }

    @Test
    void an_unknown_prj_is_reported_as_unknown_crs_in_dutch() throws Exception {
        Path shp = writeParks(dir);
        String lambert =
                "PROJCS[\"Belge_Lambert_1972\",GEOGCS[\"GCS_Belge_1972\"],PROJECTION[\"Lambert_Conformal_Conic\"]]";
        Files.writeString(dir.resolve("terreinen.prj"), lambert);
        try (ShapefileLayer layer = format.open(shp)) {
            assertThat(layer.crs().epsg()).isEmpty();
            assertThat(layer.crs().declaration()).contains(lambert);
            assertThatThrownBy(() -> CrsGuess.resolve(shp, layer.crs(), new Envelope(0, 350, 0, 100)))
                    .isInstanceOf(SourceException.class)
                    .hasMessageStartingWith(
                            "terreinen.shp: onbekend coördinatenstelsel \"PROJCS[\"Belge_Lambert_1972\"");
        }
    }

    @Test
    void a_zipped_set_in_a_subfolder_is_read_and_its_temp_copy_removed_on_close() throws Exception {
        Path src = writeParks(dir.resolve("src"));
        Path zip = dir.resolve("ibis.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                out.putNextEntry(new ZipEntry("IBIS/terreinen." + ext));
                out.write(Files.readAllBytes(src.resolveSibling("terreinen." + ext)));
            }
        }
        assertThat(Formats.detect(zip)).isInstanceOf(ShapefileFormat.class);
        assertThat(format.layerNames(zip)).containsExactly("terreinen");
        Set<Path> tempBefore = tempDirs();
        try (FeatureLayer layer = format.open(zip, "terreinen")) {
            assertThat(tempDirs()).hasSize(tempBefore.size() + 1);
            assertThat(readAll(layer)).hasSize(3);
            assertThat(layer.crs().epsg()).hasValue(28992);
        }
        assertThat(tempDirs()).isEqualTo(tempBefore);
    }

    private static Set<Path> tempDirs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("kansenkaart-shp"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void a_truncated_shp_names_the_record_where_it_breaks_off() throws Exception {
        Path shp = dir.resolve("kort.shp");
        List<ShpTestWriter.Row> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(new ShpTestWriter.Row(
                    wkt.read("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))".replace("0 0", i + " 0")), "vak " + i));
        }
        ShpTestWriter.write(shp, 5, List.of(ShpTestWriter.field("NAAM", DBFDataType.CHARACTER, 10, 0)), rows, CP1252);
        long recordBytes = (Files.size(shp) - 100) / 20;
        try (RandomAccessFile f = new RandomAccessFile(shp.toFile(), "rw")) {
            f.setLength(100 + 16 * recordBytes + recordBytes / 2); // half-way into record 17
        }
        try (ShapefileLayer layer = format.open(shp)) {
            assertThatThrownBy(() -> readAll(layer))
                    .isInstanceOf(SourceException.class)
                    .hasMessage("kort.shp, object 17: shapefile afgebroken bij object 17");
        }
    }

    @Test
    void an_unreadable_dbf_is_refused_naming_the_dbf() throws Exception {
        Path shp = writeParks(dir);
        Files.write(dir.resolve("terreinen.dbf"), "dit is geen dbase-bestand".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> format.open(shp))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("terreinen.dbf: het attributenbestand terreinen.dbf (.dbf) is onleesbaar");
    }

    @Tag("realdata")
    @Test
    void a_shapefile_written_by_gdal_gives_the_ibis_polygons_with_gdals_areas() throws Exception {
        Path json = SharedData.file("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten.json");
        Path gpkg = SharedData.file("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten_rd.gpkg");
        Path shp = dir.resolve("ibis.shp");
        assumeTrue(
                SharedData.run("ogr2ogr", "-f", "ESRI Shapefile", shp.toString(), gpkg.toString())
                        .isPresent(),
                "ogr2ogr (GDAL) is niet geïnstalleerd");
        List<SourceFeature> ours;
        try (ShapefileLayer layer = format.open(shp)) {
            assertThat(layer.crs().epsg()).hasValue(28992);
            ours = readAll(layer);
        }
        List<SourceFeature> reference;
        try (FeatureLayer layer = new GeoPackageFormat().open(gpkg, "ibis_bedrijventerreinen")) {
            reference = readAll(layer);
        }
        assertThat(ours).hasSize(22).hasSameSizeAs(reference);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i).geometry().orElseThrow().getArea())
                    .isCloseTo(reference.get(i).geometry().orElseThrow().getArea(), within(0.01));
            assertThat(ours.get(i).attributes().get("BEDRIJVENT"))
                    .isEqualTo(reference.get(i).attributes().get("BEDRIJVENT"));
        }
        assertThat(CrsTransforms.toRd(ours.get(0).geometry().orElseThrow().getSRID()))
                .isPresent();
        assertThat(json).exists();
    }
}
