package nl.kansenkaart.io.crs;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.kansenkaart.io.source.CrsRef;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/** Finds the transform from a layer's CRS to RD New (EPSG:28992). */
public final class CrsTransforms {

    /** RD New + NAP height (3D BAG); horizontally the same as RD New. */
    public static final int RD_NAP = 7415;

    public static final int WGS84 = 4326;
    public static final int WEB_MERCATOR = 3857;

    /**
     * RD New with the 7-parameter datum shift to WGS84. Written out rather than taken from the EPSG
     * list so the towgs84 parameters (the ones PROJ and GDAL use without the RDNAPTRANS grid) are
     * certain: RD (155000, 463000) lands on 52.1551723 N, 5.3872036 E within 0.3 m.
     */
    static final String RD_NEW_PROJ4 = "+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889"
            + " +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel"
            + " +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs";

    // proj4j's geographic systems take x = longitude, y = latitude, the order GeoJSON uses.
    private static final Map<Integer, String> KNOWN = Map.of(
            WGS84,
            "+proj=longlat +datum=WGS84 +no_defs",
            4258,
            "+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs",
            WEB_MERCATOR,
            "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m"
                    + " +nadgrids=@null +no_defs",
            4289,
            "+proj=longlat +ellps=bessel"
                    + " +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +no_defs");

    private static final CRSFactory CRS_FACTORY = new CRSFactory();

    private CrsTransforms() {}

    /**
     * The transform to RD New, or empty when the CRS is undeclared or unknown to proj4j.
     *
     * @param crs the layer's declared CRS
     */
    public static Optional<RdTransform> toRd(CrsRef crs) {
        if (crs.epsg().isEmpty()) {
            return Optional.empty();
        }
        int code = crs.epsg().getAsInt();
        return toRd(code);
    }

    /** The transform from an EPSG code to RD New, or empty when proj4j does not know the code. */
    public static Optional<RdTransform> toRd(int epsg) {
        if (epsg == RdGeometries.RD_NEW || epsg == RD_NAP) {
            return Optional.of(RdTransform.identity(epsg));
        }
        CoordinateReferenceSystem source;
        try {
            String params = KNOWN.get(epsg);
            source = params != null
                    ? CRS_FACTORY.createFromParameters("EPSG:" + epsg, params)
                    : CRS_FACTORY.createFromName("EPSG:" + epsg);
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
        CoordinateReferenceSystem rd = CRS_FACTORY.createFromParameters("EPSG:28992", RD_NEW_PROJ4);
        CoordinateTransformFactory factory = new CoordinateTransformFactory();
        return Optional.of(RdTransform.proj4j(epsg, () -> factory.createTransform(source, rd)));
    }

    /**
     * The transform from RD New to WGS84 (x = longitude, y = latitude), for checks and map labels.
     * The returned function is safe to share: each call uses its own proj4j transform state.
     */
    public static UnaryOperator<Coordinate> rdToWgs84() {
        CoordinateReferenceSystem rd = CRS_FACTORY.createFromParameters("EPSG:28992", RD_NEW_PROJ4);
        CoordinateReferenceSystem wgs = CRS_FACTORY.createFromParameters("EPSG:4326", KNOWN.get(WGS84));
        CoordinateTransformFactory factory = new CoordinateTransformFactory();
        ThreadLocal<CoordinateTransform> transform = ThreadLocal.withInitial(() -> factory.createTransform(rd, wgs));
        return c -> {
            ProjCoordinate out = new ProjCoordinate();
            transform.get().transform(new ProjCoordinate(c.x, c.y), out);
            return new Coordinate(out.x, out.y);
        };
    }
}
