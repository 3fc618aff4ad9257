package nl.kansenkaart.io.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.io.source.CrsRef;
import nl.kansenkaart.io.source.SourceException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

class CrsTransformsTest {

    /** TOOLCHAIN.md: RD (155000, 463000) is 52.1551723 N, 5.3872036 E. */
    private static final double AMERSFOORT_LAT = 52.1551723;

    private static final double AMERSFOORT_LON = 5.3872036;
    private static final double ONE_METRE = 1.0;

    @Test
    void wgs84_lon_lat_of_amersfoort_lands_on_the_rd_origin_within_a_metre() {
        RdTransform t = CrsTransforms.toRd(CrsRef.epsg(4326)).orElseThrow();
        Coordinate rd = t.apply(AMERSFOORT_LON, AMERSFOORT_LAT);
        assertThat(rd.x).isCloseTo(155_000, within(ONE_METRE));
        assertThat(rd.y).isCloseTo(463_000, within(ONE_METRE));
    }

    @Test
    void rd_origin_goes_back_to_amersfoort_in_wgs84() {
        Coordinate ll = CrsTransforms.rdToWgs84().apply(new Coordinate(155_000, 463_000));
        // 1 m is about 1.5e-5 degrees of longitude and 0.9e-5 of latitude here
        assertThat(ll.x).isCloseTo(AMERSFOORT_LON, within(1.5e-5));
        assertThat(ll.y).isCloseTo(AMERSFOORT_LAT, within(0.9e-5));
    }

    @Test
    void rd_and_rd_nap_are_identity_and_drop_z() throws Exception {
        Geometry g3d = new WKTReader().read("POLYGON Z ((0 0 5, 10 0 5, 10 10 6, 0 0 5))");
        for (int code : new int[] {28992, 7415}) {
            RdTransform t = CrsTransforms.toRd(CrsRef.epsg(code)).orElseThrow();
            Geometry rd = t.apply(g3d);
            assertThat(t.isIdentity()).isTrue();
            assertThat(rd.getSRID()).isEqualTo(28992);
            assertThat(rd.getFactory()).isSameAs(RdGeometries.FACTORY);
            assertThat(rd.getCoordinates()[2].getZ()).isNaN();
            assertThat(rd.getCoordinates()[2].x).isEqualTo(10.0);
        }
    }

    @Test
    void web_mercator_of_amersfoort_lands_on_the_rd_origin() {
        // Spherical Mercator forward formulas for the same point.
        double r = 6_378_137.0;
        double x = Math.toRadians(AMERSFOORT_LON) * r;
        double y = r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(AMERSFOORT_LAT) / 2));
        Coordinate rd = CrsTransforms.toRd(CrsRef.epsg(3857)).orElseThrow().apply(x, y);
        assertThat(rd.x).isCloseTo(155_000, within(ONE_METRE));
        assertThat(rd.y).isCloseTo(463_000, within(ONE_METRE));
    }

    @Test
    void a_polygon_in_wgs84_gets_srid_28992_and_rd_coordinates() throws Exception {
        Geometry ll = new WKTReader(new GeometryFactory()).read("POINT (5.3872036 52.1551723)");
        Geometry rd = CrsTransforms.toRd(CrsRef.epsg(4326)).orElseThrow().apply(ll);
        assertThat(rd.getSRID()).isEqualTo(28992);
        assertThat(rd.getCoordinate().x).isCloseTo(155_000, within(ONE_METRE));
    }

    @Test
    void undeclared_and_unknown_crs_have_no_transform() {
        assertThat(CrsTransforms.toRd(CrsRef.UNDECLARED)).isEmpty();
        assertThat(CrsTransforms.toRd(new CrsRef(OptionalInt.empty(), Optional.of("LOCAL_CS[\"x\"]"))))
                .isEmpty();
        assertThat(CrsTransforms.toRd(999_999)).isEmpty();
    }

    @Test
    void undeclared_coordinates_in_rd_range_are_assumed_rd() throws Exception {
        ResolvedCrs r = CrsGuess.resolve(
                Path.of("panden.csv"), CrsRef.UNDECLARED, new Envelope(84_000, 86_000, 446_000, 447_000));
        assertThat(r.crs().epsg()).hasValue(28992);
        assertThat(r.assumed()).isTrue();
        assertThat(r.remark()).startsWith("aangenomen RD New");
    }

    @Test
    void undeclared_coordinates_in_dutch_lon_lat_range_are_assumed_wgs84() throws Exception {
        ResolvedCrs r = CrsGuess.guess(Path.of("a.geojson"), new Envelope(6.39, 6.55, 52.27, 52.33));
        assertThat(r.crs().epsg()).hasValue(4326);
        assertThat(r.remark()).startsWith("aangenomen WGS84");
    }

    @Test
    void coordinates_outside_both_ranges_are_refused_with_the_file_and_coordinates() {
        assertThatThrownBy(() -> CrsGuess.guess(Path.of("/tmp/vreemd.csv"), new Envelope(500_000, 510_000, 10, 20)))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("vreemd.csv: het bestand noemt geen coördinatenstelsel")
                .hasMessageContaining("500000");
    }

    @Test
    void a_geojson_that_says_wgs84_by_default_but_holds_rd_coordinates_is_caught() throws Exception {
        ResolvedCrs r = CrsGuess.resolve(
                Path.of("liegt.geojson"), CrsGuess.RFC7946_DEFAULT, new Envelope(84_000, 86_000, 446_000, 447_000));
        assertThat(r.crs().epsg()).hasValue(28992);
        assertThat(r.assumed()).isTrue();
        ResolvedCrs honest = CrsGuess.resolve(
                Path.of("eerlijk.geojson"), CrsGuess.RFC7946_DEFAULT, new Envelope(6.39, 6.55, 52.27, 52.33));
        assertThat(honest.crs().epsg()).hasValue(4326);
        assertThat(honest.assumed()).isFalse();
    }

    @Test
    void an_unknown_declared_crs_is_refused_with_its_text() {
        CrsRef lambert = new CrsRef(OptionalInt.empty(), Optional.of("PROJCS[\"Belge_Lambert_1972\"]"));
        assertThatThrownBy(() -> CrsGuess.resolve(Path.of("be.shp"), lambert, new Envelope(0, 1, 0, 1)))
                .isInstanceOf(SourceException.class)
                .hasMessage("be.shp: onbekend coördinatenstelsel \"PROJCS[\"Belge_Lambert_1972\"]\"; ondersteund zijn"
                        + " RD New (EPSG:28992), RD + NAP (EPSG:7415), WGS84 (EPSG:4326) en Web Mercator (EPSG:3857)");
    }
}
