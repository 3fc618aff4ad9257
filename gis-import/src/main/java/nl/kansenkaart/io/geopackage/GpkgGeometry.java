package nl.kansenkaart.io.geopackage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes a GeoPackage geometry blob (GeoPackage 1.x, clause 2.1.3: "GP" magic, version, flags,
 * srs_id, optional envelope, then standard WKB). Written here rather than through NGA's
 * GeoPackageGeometryData because that decodes into NGA's own geometry model, which would then need
 * converting to JTS; the header is a dozen bytes, and JTS's WKBReader reads the rest directly.
 * Not thread-safe (WKBReader keeps state): one per layer.
 */
final class GpkgGeometry {

    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};

    private final WKBReader wkb;

    GpkgGeometry(GeometryFactory factory) {
        this.wkb = new WKBReader(factory);
    }

    /** The geometry, or null for an empty or absent one. */
    Geometry decode(byte[] blob) throws ParseException {
        if (blob == null || blob.length == 0) {
            return null;
        }
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new ParseException("geen GeoPackage-geometrie (de kop begint niet met \"GP\")");
        }
        int flags = blob[3] & 0xFF;
        boolean empty = (flags & 0x10) != 0;
        int envelopeIndicator = (flags >> 1) & 0x07;
        if (envelopeIndicator >= ENVELOPE_BYTES.length) {
            throw new ParseException("ongeldige envelop-aanduiding " + envelopeIndicator + " in de geometriekop");
        }
        if (empty) {
            return null;
        }
        int offset = 8 + ENVELOPE_BYTES[envelopeIndicator];
        if (offset >= blob.length) {
            return null;
        }
        byte[] body = new byte[blob.length - offset];
        System.arraycopy(blob, offset, body, 0, body.length);
        Geometry g = wkb.read(body);
        return g.isEmpty() ? null : g;
    }

    /** The srs_id the blob's header names (byte order from flag bit 0). */
    static int srsId(byte[] blob) {
        ByteOrder order = (blob[3] & 0x01) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        return ByteBuffer.wrap(blob, 4, 4).order(order).getInt();
    }
}
