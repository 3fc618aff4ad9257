package nl.kansenkaart.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class GeoPackageWriterTest {
    private static final Instant STAMP = Instant.parse("2024-05-31T12:00:00Z");
    private static final GeometryFactory RD = new GeometryFactory();

    @TempDir
    Path dir;

    /** A small PDOK bag-light style file: pand polygons and verblijfsobject points. */
    private Path writeBagLight(Path file, int panden) throws IOException, SQLException {
        try (GeoPackageWriter w = GeoPackageWriter.create(file, STAMP)) {
            w.registerSrs(28992);
            w.createFeatureTable(
                    "pand",
                    GeometryType.POLYGON,
                    28992,
                    List.of(
                            Column.key("identificatie", ColumnType.TEXT),
                            Column.of("bouwjaar", ColumnType.INTEGER),
                            Column.of("status", ColumnType.TEXT),
                            Column.of("oppervlakte_max", ColumnType.REAL),
                            Column.of("documentdatum", ColumnType.DATE)));
            w.createFeatureTable(
                    "verblijfsobject",
                    GeometryType.POINT,
                    28992,
                    List.of(
                            Column.key("identificatie", ColumnType.TEXT),
                            Column.of("pandidentificatie", ColumnType.TEXT),
                            Column.of("oppervlakte", ColumnType.INTEGER)));
            try (RowInserter pand = w.insert("pand");
                    RowInserter vbo = w.insert("verblijfsobject")) {
                for (int i = 0; i < panden; i++) {
                    double x = 155_000 + (i % 100) * 30;
                    double y = 463_000 + (i / 100) * 30;
                    String id = String.format("%016d", 518_100_000_000_000L + i);
                    pand.add(
                            square(x, y, 20),
                            id,
                            i % 7 == 0 ? OptionalInt.empty() : OptionalInt.of(1950 + i % 70),
                            "Pand in gebruik",
                            400.5 + i,
                            LocalDate.of(2020, 1, 1).plusDays(i % 365));
                    vbo.add(
                            RD.createPoint(new Coordinate(x + 10, y + 10)),
                            String.format("%016d", 518_010_000_000_000L + i),
                            id,
                            80 + i % 400);
                }
            }
            w.commit();
        }
        return file;
    }

    private static Polygon square(double x, double y, double size) {
        return RD.createPolygon(new Coordinate[] {
            new Coordinate(x, y),
            new Coordinate(x + size, y),
            new Coordinate(x + size, y + size),
            new Coordinate(x, y + size),
            new Coordinate(x, y)
        });
    }

    @Test
    void gdal_lists_both_layers_with_their_counts_in_rd_new_without_warnings() throws Exception {
        OgrInfo.assumeAvailable();
        Path file = writeBagLight(dir.resolve("bag-light.gpkg"), 250);

        OgrInfo.Result all = OgrInfo.run(file.toString());
        assertThat(all.exitCode()).isZero();
        assertThat(all.stderr()).isEmpty();
        assertThat(all.stdout()).contains("1: pand (Polygon)").contains("2: verblijfsobject (Point)");

        OgrInfo.Result pand = OgrInfo.run("-so", file.toString(), "pand");
        assertThat(pand.stderr()).isEmpty();
        assertThat(pand.stdout())
                .contains("Feature Count: 250")
                .contains("ID[\"EPSG\",28992]")
                .contains("bouwjaar: Integer")
                .contains("documentdatum: Date")
                .contains("oppervlakte_max: Real");
        OgrInfo.Result vbo = OgrInfo.run("-so", file.toString(), "verblijfsobject");
        assertThat(vbo.stdout()).contains("Feature Count: 250");
    }

    @Test
    void the_file_is_a_geopackage_1_3_with_a_complete_spatial_index_and_extent() throws Exception {
        Path file = writeBagLight(dir.resolve("bag-light.gpkg"), 120);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA user_version")).isEqualTo("10300");
            assertThat(single(s, "PRAGMA application_id")).isEqualTo(String.valueOf(0x47504B47));
            assertThat(single(s, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(single(s, "SELECT count(*) FROM rtree_pand_geom")).isEqualTo("120");
            assertThat(single(s, "SELECT count(*) FROM rtree_verblijfsobject_geom"))
                    .isEqualTo("120");
            assertThat(single(s, "SELECT last_change FROM gpkg_contents WHERE table_name = 'pand'"))
                    .isEqualTo("2024-05-31T12:00:00.000Z");
            // 100 columns of 30 m from x 155000, 2 rows from y 463000: squares of 20 m.
            ResultSet rs =
                    s.executeQuery("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'pand'");
            assertThat(rs.getDouble(1)).isCloseTo(155_000, org.assertj.core.data.Offset.offset(0.1));
            assertThat(rs.getDouble(2)).isCloseTo(463_000, org.assertj.core.data.Offset.offset(0.1));
            assertThat(rs.getDouble(3)).isCloseTo(155_000 + 99 * 30 + 20, org.assertj.core.data.Offset.offset(0.1));
            assertThat(rs.getDouble(4)).isCloseTo(463_000 + 30 + 20, org.assertj.core.data.Offset.offset(0.1));
            assertThat(single(s, "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'"))
                    .isEqualTo("2");
        }
    }

    @Test
    void the_same_input_gives_the_same_table_contents() throws Exception {
        Path a = writeBagLight(dir.resolve("a.gpkg"), 60);
        Path b = writeBagLight(dir.resolve("b.gpkg"), 60);
        for (String table : List.of("pand", "verblijfsobject", "gpkg_contents", "gpkg_spatial_ref_sys")) {
            assertThat(dump(b, table)).as(table).isEqualTo(dump(a, table)).isNotEmpty();
        }
    }

    @Test
    void nga_reads_the_features_and_geometries_back() throws Exception {
        Path file = writeBagLight(dir.resolve("bag-light.gpkg"), 30);
        GeoPackage gpkg = GeoPackageManager.open(file.toFile(), false);
        try {
            FeatureDao dao = gpkg.getFeatureDao("pand");
            assertThat(dao.count()).isEqualTo(30);
            assertThat(dao.getSrs().getOrganizationCoordsysId()).isEqualTo(28992);
            FeatureResultSet rows = dao.queryForAll();
            try {
                assertThat(rows.moveToFirst()).isTrue();
                GeoPackageGeometryData data = rows.getRow().getGeometry();
                assertThat(data.getSrsId()).isEqualTo(28992);
                assertThat(data.getEnvelope().getMinX()).isEqualTo(155_000);
                assertThat(data.getWkt()).startsWith("POLYGON ((155000");
            } finally {
                rows.close();
            }
        } finally {
            gpkg.close();
        }
    }

    @Test
    void a_geometry_survives_encoding_exactly_and_nga_agrees_on_the_bytes() throws Exception {
        WKTReader wkt = new WKTReader(RD);
        for (String text : List.of(
                "POINT (155000.125 463000.875)",
                "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 3, 3 3, 2 2)), ((20 20, 30 20, 30 30, 20 20)))",
                "POLYGON ((84000.1 447000.2, 84010.3 447000.4, 84005.5 447008.6, 84000.1 447000.2))")) {
            Geometry g = wkt.read(text);
            byte[] blob = GeoPackageGeometry.encode(g, 28992);
            assertThat(GeoPackageGeometry.decode(blob, RD).equalsExact(g))
                    .as(text)
                    .isTrue();
            assertThat(GeoPackageGeometry.envelope(blob)).isEqualTo(g.getEnvelopeInternal());
            assertThat(GeoPackageGeometry.srsId(blob)).isEqualTo(28992);

            GeoPackageGeometryData nga = GeoPackageGeometryData.create(blob);
            assertThat(nga.getSrsId()).isEqualTo(28992);
            assertThat(wkt.read(nga.getWkt()).equalsExact(g)).as(text).isTrue();
        }
    }

    @Test
    void rd_new_and_rd_nap_are_registered_with_gdals_definitions() throws Exception {
        Path file = dir.resolve("srs.gpkg");
        try (GeoPackageWriter w = GeoPackageWriter.create(file, STAMP)) {
            w.registerSrs(28992);
            w.registerSrs(7415);
            w.registerSrs(28992);
            assertThatThrownBy(() -> w.registerSrs(3857)).hasMessageContaining("EPSG:3857 is niet bekend");
            w.commit();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertThat(single(
                            s, "SELECT group_concat(srs_id) FROM (SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY 1)"))
                    .isEqualTo("-1,0,4326,7415,28992");
            assertThat(single(s, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 7415"))
                    .startsWith("COMPD_CS[\"Amersfoort / RD New + NAP height\",PROJCS[\"Amersfoort / RD New\"")
                    .endsWith("AUTHORITY[\"EPSG\",\"7415\"]]");
        }
    }

    @Test
    void an_existing_file_is_refused_and_an_uncommitted_file_is_removed() throws Exception {
        Path existing = Files.writeString(dir.resolve("bestaat.gpkg"), "x");
        assertThatThrownBy(() -> GeoPackageWriter.create(existing, STAMP))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("bestaat al");

        Path file = dir.resolve("half.gpkg");
        try (GeoPackageWriter w = GeoPackageWriter.create(file, STAMP)) {
            w.createAttributeTable("lijst", List.of(Column.of("naam", ColumnType.TEXT)));
        }
        assertThat(file).doesNotExist();
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> dump(Path file, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int k = 1; k <= md.getColumnCount(); k++) {
                    Object v = rs.getObject(k);
                    row.append(
                                    v instanceof byte[] bytes
                                            ? java.util.HexFormat.of().formatHex(bytes)
                                            : v)
                            .append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
