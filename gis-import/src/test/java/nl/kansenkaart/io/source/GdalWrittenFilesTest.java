package nl.kansenkaart.io.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.io.crs.CrsGuess;
import nl.kansenkaart.io.crs.CrsTransforms;
import nl.kansenkaart.io.crs.ResolvedCrs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The real data rewritten by GDAL's ogr2ogr into the variants users download (old-style GeoJSON
 * with a crs member, GeoJSONSeq, CSV with X/Y columns, a 3D GeoPackage, a zipped shapefile), read
 * through the SPI: counts and RD areas must match the source read directly.
 */
@Tag("realdata")
class GdalWrittenFilesTest {

    private static final double HALF_SQUARE_METRE = 0.5;

    @TempDir
    Path dir;

    private static List<SourceFeature> read(Path file) throws Exception {
        FormatProvider provider = Formats.detect(file);
        List<SourceFeature> all = new ArrayList<>();
        try (FeatureLayer layer = provider.open(file, provider.layerNames(file).get(0))) {
            Envelope seen = new Envelope();
            for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                all.add(f.get());
                f.get().geometry().ifPresent(g -> seen.expandToInclude(g.getEnvelopeInternal()));
            }
            ResolvedCrs crs = CrsGuess.resolve(file, layer.crs(), seen);
            var toRd = CrsTransforms.toRd(crs.crs()).orElseThrow();
            List<SourceFeature> rd = new ArrayList<>();
            for (SourceFeature f : all) {
                rd.add(new SourceFeature(f.number(), f.id(), f.geometry().map(toRd), f.attributes()));
            }
            return rd;
        }
    }

    private Path gdal(String name, String... args) {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("ogr2ogr"));
        command.addAll(List.of(args));
        command.add(1, out.toString());
        assumeTrue(SharedData.run(command.toArray(String[]::new)).isPresent(), "ogr2ogr (GDAL) ontbreekt");
        return out;
    }

    private static void assertSameAreas(List<SourceFeature> ours, List<SourceFeature> reference) {
        assertThat(ours).hasSameSizeAs(reference);
        for (int i = 0; i < ours.size(); i++) {
            Geometry a = ours.get(i).geometry().orElseThrow();
            Geometry b = reference.get(i).geometry().orElseThrow();
            assertThat(a.getSRID()).isEqualTo(28992);
            assertThat(a.getArea()).as("object %d", i + 1).isCloseTo(b.getArea(), within(HALF_SQUARE_METRE));
        }
    }

    @Test
    void wippolder_as_old_style_geojson_with_a_crs_member_and_as_3d_geopackage() throws Exception {
        Path source = SharedData.file("bag-delft-wippolder/wippolder.gpkg");
        List<SourceFeature> reference = read(source);
        assertThat(reference).hasSize(60);
        Path geojson = gdal("wippolder.geojson", "-f", "GeoJSON", "-lco", "RFC7946=NO", source.toString());
        assertSameAreas(read(geojson), reference);
        Path z = gdal("wippolder_z.gpkg", "-dim", "XYZ", "-nlt", "MULTIPOLYGONZ", source.toString());
        assertSameAreas(read(z), reference);
    }

    @Test
    void ibis_as_geojson_sequence_and_as_zipped_shapefile() throws Exception {
        Path source = SharedData.file("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten_rd.gpkg");
        List<SourceFeature> reference = read(source);
        Path json = SharedData.file("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten.json");
        // Full precision: GDAL's default of 7 decimals moves a 1 km contour's area by metres.
        Path seq = gdal(
                "ibis.geojsons",
                "-f",
                "GeoJSONSeq",
                "-lco",
                "RS=YES",
                "-lco",
                "COORDINATE_PRECISION=15",
                json.toString());
        assertSameAreas(read(seq), reference);
        Path zip = gdal("ibis.shp.zip", "-f", "ESRI Shapefile", source.toString());
        List<SourceFeature> fromZip = read(zip);
        assertSameAreas(fromZip, reference);
        assertThat(fromZip.get(0).attributes()).containsKeys("RINNUMMER", "BEDRIJVENT");
    }

    @Test
    void den_haag_verblijfsobjecten_as_csv_with_x_y_columns_keep_their_points() throws Exception {
        Path source = SharedData.file("bag-denhaag-voorburg/bag_denhaag_voorburg_derived.gpkg");
        Path csv = gdal("vbo.csv", "-f", "CSV", "-lco", "GEOMETRY=AS_XY", source.toString(), "verblijfsobject");
        List<SourceFeature> rows = read(csv);
        assertThat(rows).hasSize(31_293);
        List<SourceFeature> reference = new ArrayList<>();
        try (FeatureLayer layer = Formats.detect(source).open(source, "verblijfsobject")) {
            for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                reference.add(f.get());
            }
        }
        for (int i = 0; i < rows.size(); i += 1000) {
            Geometry ours = rows.get(i).geometry().orElseThrow();
            Geometry theirs = reference.get(i).geometry().orElseThrow();
            assertThat(ours.distance(theirs)).isLessThan(0.001);
            assertThat(rows.get(i).attributes().get("identificatie"))
                    .isEqualTo(reference.get(i).attributes().get("identificatie"));
        }
    }
}
