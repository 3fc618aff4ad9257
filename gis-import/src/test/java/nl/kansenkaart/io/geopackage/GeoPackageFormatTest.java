package nl.kansenkaart.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.Formats;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class GeoPackageFormatTest {

    private static final String DEN_HAAG = "bag-denhaag-voorburg/bag_denhaag_voorburg_derived.gpkg";
    private static final String WIPPOLDER = "bag-delft-wippolder/wippolder.gpkg";

    /** Total pand area computed once with GDAL 3.6: ogrinfo -dialect sqlite -sql "select sum(ST_Area(geom)) from pand". */
    private static final double DEN_HAAG_PAND_AREA_M2 = 1_404_574.34841653;

    @TempDir
    Path dir;

    private final GeoPackageFormat format = new GeoPackageFormat();

    private static List<SourceFeature> readAll(FeatureLayer layer) throws SourceException {
        List<SourceFeature> all = new ArrayList<>();
        for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
            all.add(f.get());
        }
        return all;
    }

    @Tag("realdata")
    @Test
    void the_den_haag_bag_tables_are_listed_and_counted_as_ogrinfo_does() throws Exception {
        Path file = SharedData.file(DEN_HAAG);
        assertThat(Formats.detect(file)).isInstanceOf(GeoPackageFormat.class);
        assertThat(format.layerNames(file)).containsExactly("pand", "verblijfsobject", "buurten", "nummeraanduiding");
        Map<String, Long> expected =
                Map.of("pand", 15_380L, "verblijfsobject", 31_293L, "buurten", 14L, "nummeraanduiding", 30_236L);
        for (String table : format.layerNames(file)) {
            long count = 0;
            long withGeometry = 0;
            try (FeatureLayer layer = format.open(file, table)) {
                assertThat(layer.sizeHint()).contains(expected.get(table));
                for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                    count++;
                    withGeometry += f.get().geometry().isPresent() ? 1 : 0;
                }
                if (table.equals("nummeraanduiding")) {
                    assertThat(layer.crs().epsg()).isEmpty();
                    assertThat(withGeometry).isZero();
                } else {
                    assertThat(layer.crs().epsg()).hasValue(28992);
                    assertThat(withGeometry).isEqualTo(count);
                }
            }
            assertThat(count).as(table).isEqualTo(expected.get(table));
            long c = count;
            SharedData.ogrFeatureCount(file, table)
                    .ifPresent(n -> assertThat(c).as("ogrinfo " + table).isEqualTo(n));
        }
    }

    @Tag("realdata")
    @Test
    void pand_attributes_keep_their_declared_types_and_areas_sum_as_in_gdal() throws Exception {
        Path file = SharedData.file(DEN_HAAG);
        double area = 0;
        Map<Object, Integer> status = new HashMap<>();
        SourceFeature first = null;
        try (FeatureLayer layer = format.open(file, "pand")) {
            for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                if (first == null) {
                    first = f.get();
                }
                area += f.get().geometry().orElseThrow().getArea();
                status.merge(f.get().attributes().get("status"), 1, Integer::sum);
                assertThat(f.get().geometry().orElseThrow().getSRID()).isEqualTo(28992);
            }
        }
        assertThat(area).isCloseTo(DEN_HAAG_PAND_AREA_M2, within(0.5));
        assertThat(status.get("Pand in gebruik")).isEqualTo(15_267);
        assertThat(first.id()).isPresent();
        assertThat(first.attributes().get("identificatie").toString()).startsWith("NL.IMBAG.Pand.");
        assertThat(first.attributes().get("oorspronkelijkbouwjaar")).isInstanceOf(Long.class);
        assertThat(first.attributes().get("geconstateerd")).isInstanceOf(Boolean.class);
        assertThat(first.attributes().get("documentdatum")).isInstanceOf(LocalDate.class);
    }

    @Tag("realdata")
    @Test
    void wippolder_polygon_areas_match_gdal_polygon_by_polygon() throws Exception {
        Path file = SharedData.file(WIPPOLDER);
        List<SourceFeature> all;
        try (FeatureLayer layer = format.open(file, "bag_pand_kerk")) {
            all = readAll(layer);
        }
        assertThat(all).hasSize(60);
        assertThat(all.get(0).attributes()).containsKeys("bouwjaar", "gebruiksdoel", "identificatie");
        Optional<String> csv = SharedData.run(
                "ogr2ogr",
                "-f",
                "CSV",
                "/vsistdout/",
                file.toString(),
                "-dialect",
                "sqlite",
                "-sql",
                "select identificatie, ST_Area(geom) as area from bag_pand_kerk");
        if (csv.isPresent()) {
            // Both come in fid order; identificatie is not unique in this test file, so compare by position.
            Matcher m = Pattern.compile("(?m)^([^,\\n]*),([0-9.eE+-]+)\\s*$").matcher(csv.get());
            List<Double> gdal = new ArrayList<>();
            while (m.find()) {
                gdal.add(Double.parseDouble(m.group(2)));
            }
            assertThat(gdal).hasSize(60);
            for (int i = 0; i < all.size(); i++) {
                SourceFeature f = all.get(i);
                assertThat(f.geometry().orElseThrow().getArea())
                        .as("pand %s", f.attributes().get("identificatie"))
                        .isCloseTo(gdal.get(i), within(0.5));
            }
        }
        assertThat(all.stream()
                        .mapToDouble(f -> f.geometry().orElseThrow().getArea())
                        .sum())
                .isCloseTo(8_323.574, within(0.01)); // GDAL: select sum(ST_Area(geom)) from bag_pand_kerk
    }

    @Tag("realdata")
    @Test
    void an_rd_envelope_uses_the_rtree_and_finds_what_a_full_scan_finds() throws Exception {
        Path file = SharedData.file(DEN_HAAG);
        Envelope bezuidenhout = new Envelope(83_500, 84_500, 455_000, 456_000);
        List<String> viaIndex = new ArrayList<>();
        try (GeoPackageLayer layer = format.open(file, "pand", bezuidenhout)) {
            for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                viaIndex.add(f.get().id().orElseThrow());
            }
            assertThat(layer.sizeHint()).contains((long) viaIndex.size());
        }
        List<String> viaScan = new ArrayList<>();
        try (FeatureLayer layer = format.open(file, "pand")) {
            for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                if (f.get().geometry().orElseThrow().getEnvelopeInternal().intersects(bezuidenhout)) {
                    viaScan.add(f.get().id().orElseThrow());
                }
            }
        }
        assertThat(viaIndex).isNotEmpty().hasSizeLessThan(15_380);
        assertThat(viaIndex).containsExactlyInAnyOrderElementsOf(viaScan);
    }

    @Tag("realdata")
    @Test
    void the_ibis_geopackage_holds_22_rd_polygons() throws Exception {
        Path file = SharedData.file("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten_rd.gpkg");
        try (FeatureLayer layer = format.open(file, "ibis_bedrijventerreinen")) {
            assertThat(layer.crs().epsg()).hasValue(28992);
            assertThat(readAll(layer)).hasSize(22);
        }
    }

    @Tag("realdata")
    @Test
    void a_sqlite_file_that_is_no_geopackage_and_a_missing_table_are_refused_in_dutch() throws Exception {
        Path file = dir.resolve("gewoon.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("create table t (a integer)");
        }
        assertThat(format.probe(file)).isTrue();
        assertThatThrownBy(() -> format.layerNames(file))
                .isInstanceOf(SourceException.class)
                .hasMessage("gewoon.sqlite: geen GeoPackage (de tabel gpkg_contents ontbreekt)");
        Path wippolder = SharedData.file(WIPPOLDER);
        assertThatThrownBy(() -> format.open(wippolder, "panden"))
                .hasMessage("wippolder.gpkg: de GeoPackage heeft geen tabel \"panden\" met objecten of attributen");
        assertThat(Files.exists(file)).isTrue();
    }
}
