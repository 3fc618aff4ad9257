package nl.kansenkaart.io.geopackage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The GeoPackage binary geometry encoding (GeoPackageGeometryData): a "GP" header with the srs_id
 * and the envelope, followed by standard WKB. Written little-endian with an [minx, maxx, miny, maxy]
 * envelope for everything but points, which is what GDAL writes.
 */
public final class GeoPackageGeometry {
    private static final byte FLAG_LITTLE_ENDIAN = 0x01;
    private static final byte FLAG_ENVELOPE_XY = 0x02;
    private static final byte FLAG_EMPTY = 0x10;

    private GeoPackageGeometry() {}

    /** Encodes a 2D geometry (Z and M are dropped) with the given srs_id. */
    public static byte[] encode(Geometry geometry, int srsId) {
        boolean empty = geometry.isEmpty();
        boolean withEnvelope = !empty && !(geometry instanceof Point);
        int header = 8 + (withEnvelope ? 32 : 0);
        int wkbLength = empty ? -1 : directLength(geometry);
        byte[] wkb = null;
        if (wkbLength < 0) {
            // A fresh writer per call: WKBWriter keeps state and the store encodes from several threads.
            wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
            wkbLength = wkb.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(header + wkbLength).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 'G').put((byte) 'P').put((byte) 0);
        buffer.put((byte) (FLAG_LITTLE_ENDIAN | (withEnvelope ? FLAG_ENVELOPE_XY : 0) | (empty ? FLAG_EMPTY : 0)));
        buffer.putInt(srsId);
        if (withEnvelope) {
            Envelope e = geometry.getEnvelopeInternal();
            buffer.putDouble(e.getMinX())
                    .putDouble(e.getMaxX())
                    .putDouble(e.getMinY())
                    .putDouble(e.getMaxY());
        }
        if (wkb != null) {
            buffer.put(wkb);
        } else {
            writeDirect(buffer, geometry);
        }
        return buffer.array();
    }

    // The geometries the store writes by the million (points, polygons, multipolygons) are written
    // straight into the buffer, byte for byte what WKBWriter(2, little-endian) writes; others go
    // through WKBWriter. -1: not written directly.
    private static int directLength(Geometry g) {
        if (g instanceof Point) {
            return 21;
        }
        if (g instanceof Polygon p) {
            return polygonLength(p);
        }
        if (g instanceof MultiPolygon m) {
            int length = 9;
            for (int i = 0; i < m.getNumGeometries(); i++) {
                Polygon p = (Polygon) m.getGeometryN(i);
                if (p.isEmpty()) {
                    return -1;
                }
                length += polygonLength(p);
            }
            return length;
        }
        return -1;
    }

    private static int polygonLength(Polygon p) {
        int length = 9 + 4 + 16 * p.getExteriorRing().getNumPoints();
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            length += 4 + 16 * p.getInteriorRingN(i).getNumPoints();
        }
        return length;
    }

    private static void writeDirect(ByteBuffer b, Geometry g) {
        if (g instanceof Point p) {
            b.put((byte) 1).putInt(1).putDouble(p.getX()).putDouble(p.getY());
        } else if (g instanceof Polygon p) {
            writePolygon(b, p);
        } else {
            MultiPolygon m = (MultiPolygon) g;
            b.put((byte) 1).putInt(6).putInt(m.getNumGeometries());
            for (int i = 0; i < m.getNumGeometries(); i++) {
                writePolygon(b, (Polygon) m.getGeometryN(i));
            }
        }
    }

    private static void writePolygon(ByteBuffer b, Polygon p) {
        b.put((byte) 1).putInt(3).putInt(1 + p.getNumInteriorRing());
        writeRing(b, p.getExteriorRing().getCoordinateSequence());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            writeRing(b, p.getInteriorRingN(i).getCoordinateSequence());
        }
    }

    private static void writeRing(ByteBuffer b, CoordinateSequence seq) {
        int n = seq.size();
        b.putInt(n);
        for (int i = 0; i < n; i++) {
            b.putDouble(seq.getX(i)).putDouble(seq.getY(i));
        }
    }

    /** Decodes a GeoPackage geometry blob with the given factory (which sets the SRID and precision). */
    public static Geometry decode(byte[] blob, GeometryFactory factory) {
        int offset = headerLength(blob);
        try {
            return new WKBReader(factory).read(Arrays.copyOfRange(blob, offset, blob.length));
        } catch (ParseException e) {
            throw new IllegalArgumentException("onleesbare geometrie: " + e.getMessage(), e);
        }
    }

    /**
     * Decodes with a reader the caller keeps (a reader is not thread-safe): for loops over many rows,
     * where a new reader and a copy of the WKB per row were a measurable part of loading a park.
     */
    public static Geometry decode(byte[] blob, WKBReader reader) {
        int offset = headerLength(blob);
        try {
            return reader.read(new OffsetInStream(blob, offset));
        } catch (ParseException | java.io.IOException e) {
            throw new IllegalArgumentException("onleesbare geometrie: " + e.getMessage(), e);
        }
    }

    /** Reads the WKB from where the header ends, without copying it. */
    private static final class OffsetInStream implements org.locationtech.jts.io.InStream {
        private final byte[] bytes;
        private int position;

        OffsetInStream(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        @java.lang.Override
        public int read(byte[] buffer) throws java.io.IOException {
            int n = Math.min(buffer.length, bytes.length - position);
            if (n < buffer.length) {
                // WKBReader reads fixed-size fields: a short read means a truncated geometry.
                throw new java.io.IOException("afgebroken WKB");
            }
            System.arraycopy(bytes, position, buffer, 0, n);
            position += n;
            return n;
        }
    }

    /** The srs_id written in the header. */
    public static int srsId(byte[] blob) {
        headerLength(blob);
        return ByteBuffer.wrap(blob, 4, 4).order(byteOrder(blob)).getInt();
    }

    /** Whether the header marks the geometry as empty. */
    public static boolean isEmpty(byte[] blob) {
        headerLength(blob);
        return (blob[3] & FLAG_EMPTY) != 0;
    }

    /**
     * The 2D envelope: from the header when it has one, otherwise from the geometry itself (a point
     * is read straight from its WKB, the common case for verblijfsobjecten).
     */
    public static Envelope envelope(byte[] blob) {
        int offset = headerLength(blob);
        int indicator = (blob[3] >> 1) & 0x07;
        if (indicator != 0) {
            ByteBuffer b = ByteBuffer.wrap(blob, 8, 32).order(byteOrder(blob));
            double minX = b.getDouble();
            double maxX = b.getDouble();
            double minY = b.getDouble();
            double maxY = b.getDouble();
            return new Envelope(minX, maxX, minY, maxY);
        }
        if (isEmpty(blob)) {
            return new Envelope();
        }
        if (blob.length >= offset + 21) {
            ByteOrder wkbOrder = blob[offset] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            ByteBuffer b = ByteBuffer.wrap(blob, offset + 1, 20).order(wkbOrder);
            if (b.getInt() == 1) {
                double x = b.getDouble();
                double y = b.getDouble();
                return new Envelope(x, x, y, y);
            }
        }
        return decode(blob, new GeometryFactory()).getEnvelopeInternal();
    }

    private static ByteOrder byteOrder(byte[] blob) {
        return (blob[3] & FLAG_LITTLE_ENDIAN) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    /** Validates the header and returns where the WKB starts. */
    private static int headerLength(byte[] blob) {
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("geen GeoPackage-geometrie (kop 'GP' ontbreekt)");
        }
        int indicator = (blob[3] >> 1) & 0x07;
        int envelopeBytes =
                switch (indicator) {
                    case 0 -> 0;
                    case 1 -> 32;
                    case 2, 3 -> 48;
                    case 4 -> 64;
                    default -> throw new IllegalArgumentException(
                            "ongeldige envelopcode " + indicator + " in geometrie");
                };
        if (blob.length < 8 + envelopeBytes) {
            throw new IllegalArgumentException("afgebroken GeoPackage-geometrie");
        }
        return 8 + envelopeBytes;
    }
}
