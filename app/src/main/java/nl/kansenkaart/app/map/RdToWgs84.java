package nl.kansenkaart.app.map;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Converts RD New (EPSG:28992) to WGS84 latitude/longitude with proj4j, for the status bar and map
 * margins. Not thread-safe (proj4j transforms keep state): one per thread.
 */
public final class RdToWgs84 {
    private final CoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    /** A converter; creating it parses the EPSG definitions once (a few milliseconds). */
    public RdToWgs84() {
        CRSFactory crs = new CRSFactory();
        transform = new CoordinateTransformFactory()
                .createTransform(crs.createFromName("EPSG:28992"), crs.createFromName("EPSG:4326"));
    }

    /**
     * Latitude and longitude of an RD point.
     *
     * @param x RD x in metres
     * @param y RD y in metres
     * @return {latitude, longitude} in degrees
     */
    public double[] latLon(double x, double y) {
        in.x = x;
        in.y = y;
        transform.transform(in, out);
        return new double[] {out.y, out.x};
    }
}
