package nl.kansenkaart.io.crs;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** The one geometry factory for RD New (EPSG:28992) geometries, shared by readers and transforms. */
public final class RdGeometries {

    /** EPSG code of RD New. */
    public static final int RD_NEW = 28992;

    /** Floating precision, SRID 28992. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), RD_NEW);

    private RdGeometries() {}
}
