package nl.kansenkaart.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class GeoPackageGeometryEncodingTest {
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);

    @Test
    void points_polygons_and_multipolygons_carry_exactly_the_wkb_that_jts_writes() throws Exception {
        WKTReader wkt = new WKTReader(RD);
        for (String text : new String[] {
            "POINT (155000.125 463000.5)",
            "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",
            "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 2), (6 6, 8 6, 8 8, 6 6))",
            "MULTIPOLYGON (((155000.1 463000.2, 155020.3 463000.2, 155020.3 463010.7, 155000.1 463000.2)),"
                    + " ((0 0, 1 0, 1 1, 0 0), (0.2 0.1, 0.8 0.1, 0.8 0.7, 0.2 0.1)))",
            "MULTIPOLYGON EMPTY",
            "LINESTRING (0 0, 1 1)",
            "POLYGON Z ((0 0 5, 10 0 5, 10 10 5, 0 0 5))"
        }) {
            Geometry g = wkt.read(text);
            byte[] blob = GeoPackageGeometry.encode(g, 28992);
            int header = g.isEmpty() || g.getGeometryType().equals("Point") ? 8 : 40;
            byte[] expected = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
            assertThat(Arrays.copyOfRange(blob, header, blob.length)).as(text).isEqualTo(expected);
            // equalsExact compares x and y: the Z that 2D encoding drops does not count.
            assertThat(GeoPackageGeometry.decode(blob, RD).equalsExact(g))
                    .as(text)
                    .isTrue();
        }
    }
}
