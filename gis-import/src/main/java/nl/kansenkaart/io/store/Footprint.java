package nl.kansenkaart.io.store;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A pand's footprint as the result tables store it: encoded once per park as a MultiPolygon blob
 * and shared by every row of that pand (zon op dak, label C, verplichtingen, its individual kansen).
 *
 * @param source the footprint the analyses used (an opportunity on exactly this geometry reuses the blob)
 * @param blob the GeoPackage geometry blob
 * @param envelope the footprint's envelope, for the R-tree entry
 */
record Footprint(Geometry source, byte[] blob, Envelope envelope) {
    static Footprint of(Geometry footprint) {
        return new Footprint(
                footprint,
                nl.kansenkaart.io.geopackage.GeoPackageGeometry.encode(RowCodec.toMulti(footprint), ProjectSchema.SRS),
                footprint.getEnvelopeInternal());
    }
}
