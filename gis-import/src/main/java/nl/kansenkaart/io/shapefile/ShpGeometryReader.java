package nl.kansenkaart.io.shapefile;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Streams the records of a .shp file (ESRI Shapefile Technical Description, 1998): a 100-byte
 * header, then per record a big-endian header (number, content length in 16-bit words) and
 * little-endian content. Z and M variants are read for x/y only.
 */
public final class ShpGeometryReader implements AutoCloseable {

    /** One record: its 1-based number and its geometry, null for a Null shape. */
    public record ShpRecord(int number, Geometry geometry) {}

    /** A .shp that ends inside a record or holds a record that contradicts itself. */
    public static final class BrokenShapeException extends Exception {
        private static final long serialVersionUID = 1L;
        private final long record;

        BrokenShapeException(long record, String message) {
            super(message);
            this.record = record;
        }

        /** The 1-based record where reading stopped. */
        public long record() {
            return record;
        }
    }

    private static final int FILE_CODE = 9994;

    private final DataInputStream in;
    private final GeometryFactory factory;
    private final int shapeType;
    private long ordinal;

    /**
     * @param in the .shp bytes, positioned at the start
     * @param factory the factory for the layer's CRS
     */
    public ShpGeometryReader(InputStream in, GeometryFactory factory) throws IOException, BrokenShapeException {
        this.in = new DataInputStream(in);
        this.factory = factory;
        byte[] header = new byte[100];
        try {
            this.in.readFully(header);
        } catch (EOFException e) {
            throw new BrokenShapeException(0, "de kop van het .shp-bestand is korter dan 100 bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        if (b.order(ByteOrder.BIG_ENDIAN).getInt(0) != FILE_CODE) {
            throw new BrokenShapeException(0, "geen .shp-bestand (bestandscode is niet 9994)");
        }
        this.shapeType = b.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
    }

    /** The shape type of the file header (1 Point, 3 PolyLine, 5 Polygon, 8 MultiPoint, +10/+20 for Z/M). */
    public int shapeType() {
        return shapeType;
    }

    /** The next record, or null at the end of the file. */
    public ShpRecord next() throws IOException, BrokenShapeException {
        long expected = ordinal + 1;
        byte[] recordHeader = new byte[8];
        int got = in.readNBytes(recordHeader, 0, 8);
        if (got == 0) {
            return null;
        }
        if (got < 8) {
            throw truncated(expected);
        }
        ByteBuffer h = ByteBuffer.wrap(recordHeader).order(ByteOrder.BIG_ENDIAN);
        int number = h.getInt(0);
        int lengthBytes = h.getInt(4) * 2;
        if (lengthBytes < 4 || lengthBytes > 256 * 1024 * 1024) {
            throw new BrokenShapeException(
                    expected, "ongeldige recordlengte " + lengthBytes + " bytes in het .shp-bestand");
        }
        byte[] content = new byte[lengthBytes];
        if (in.readNBytes(content, 0, lengthBytes) < lengthBytes) {
            throw truncated(expected);
        }
        ordinal = expected;
        ByteBuffer c = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        try {
            return new ShpRecord(number, decode(c));
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new BrokenShapeException(expected, "ongeldige geometrie in het .shp-bestand (" + e + ")");
        }
    }

    private static BrokenShapeException truncated(long record) {
        return new BrokenShapeException(record, "shapefile afgebroken bij object " + record);
    }

    private Geometry decode(ByteBuffer c) {
        int type = c.getInt();
        return switch (type) {
            case 0 -> null;
            case 1, 11, 21 -> factory.createPoint(new Coordinate(c.getDouble(), c.getDouble()));
            case 8, 18, 28 -> multiPoint(c);
            case 3, 13, 23 -> polyLine(c);
            case 5, 15, 25 -> polygon(c);
            default -> throw new IllegalArgumentException("vormtype " + type + " wordt niet ondersteund");
        };
    }

    private Geometry multiPoint(ByteBuffer c) {
        c.position(c.position() + 32); // bounding box
        int n = c.getInt();
        Point[] points = new Point[n];
        for (int i = 0; i < n; i++) {
            points[i] = factory.createPoint(new Coordinate(c.getDouble(), c.getDouble()));
        }
        return factory.createMultiPoint(points);
    }

    /** Parts as coordinate arrays; the x/y points come first in every variant, Z and M after them. */
    private static List<Coordinate[]> parts(ByteBuffer c) {
        c.position(c.position() + 32);
        int numParts = c.getInt();
        int numPoints = c.getInt();
        if (numParts < 0 || numPoints < 0 || numParts > numPoints && numPoints > 0) {
            throw new IllegalArgumentException(numParts + " delen, " + numPoints + " punten");
        }
        int[] starts = new int[numParts + 1];
        for (int i = 0; i < numParts; i++) {
            starts[i] = c.getInt();
        }
        starts[numParts] = numPoints;
        Coordinate[] all = new Coordinate[numPoints];
        for (int i = 0; i < numPoints; i++) {
            all[i] = new Coordinate(c.getDouble(), c.getDouble());
        }
        List<Coordinate[]> parts = new ArrayList<>(numParts);
        for (int i = 0; i < numParts; i++) {
            if (starts[i] > starts[i + 1] || starts[i] < 0) {
                throw new IllegalArgumentException("deelindex " + starts[i]);
            }
            Coordinate[] part = new Coordinate[starts[i + 1] - starts[i]];
            System.arraycopy(all, starts[i], part, 0, part.length);
            parts.add(part);
        }
        return parts;
    }

    private Geometry polyLine(ByteBuffer c) {
        List<Coordinate[]> parts = parts(c);
        LineString[] lines = parts.stream().map(factory::createLineString).toArray(LineString[]::new);
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    /**
     * Outer rings run clockwise, holes counter-clockwise; each hole goes to the smallest outer ring
     * that contains it. A hole inside no outer ring is kept as a polygon of its own (as GDAL does).
     */
    private Geometry polygon(ByteBuffer c) {
        List<Coordinate[]> parts = parts(c);
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] part : parts) {
            if (part.length == 0) {
                continue;
            }
            LinearRing ring = factory.createLinearRing(closed(part));
            if (Orientation.isCCW(ring.getCoordinateSequence())) {
                holes.add(ring);
            } else {
                shells.add(ring);
            }
        }
        if (shells.isEmpty()) {
            // All rings counter-clockwise: a writer that ignored the orientation rule; read them as outer rings.
            shells.addAll(holes);
            holes.clear();
        }
        List<List<LinearRing>> holesPerShell = new ArrayList<>();
        List<IndexedPointInAreaLocator> locators = new ArrayList<>();
        for (LinearRing shell : shells) {
            holesPerShell.add(new ArrayList<>());
            locators.add(new IndexedPointInAreaLocator(factory.createPolygon(shell)));
        }
        int outerRings = shells.size();
        for (LinearRing hole : holes) {
            int owner = -1;
            double ownerArea = Double.MAX_VALUE;
            for (int i = 0; i < outerRings; i++) {
                LinearRing shell = shells.get(i);
                if (!shell.getEnvelopeInternal().covers(hole.getEnvelopeInternal())) {
                    continue;
                }
                if (inside(locators.get(i), hole)) {
                    double area = shell.getEnvelopeInternal().getArea();
                    if (area < ownerArea) {
                        owner = i;
                        ownerArea = area;
                    }
                }
            }
            if (owner >= 0) {
                holesPerShell.get(owner).add(hole);
            } else {
                shells.add(factory.createLinearRing(hole.reverse().getCoordinates()));
                holesPerShell.add(new ArrayList<>());
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] =
                    factory.createPolygon(shells.get(i), holesPerShell.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    /** A hole is inside a shell when one of its vertices is strictly inside (holes may touch the shell). */
    private static boolean inside(IndexedPointInAreaLocator shell, LinearRing hole) {
        for (Coordinate v : hole.getCoordinates()) {
            int location = shell.locate(v);
            if (location == Location.INTERIOR) {
                return true;
            }
            if (location == Location.EXTERIOR) {
                return false;
            }
        }
        return true;
    }

    private static Coordinate[] closed(Coordinate[] ring) {
        if (ring.length > 0 && ring[0].equals2D(ring[ring.length - 1]) && ring.length >= 4) {
            return ring;
        }
        Coordinate[] out = Arrays.copyOf(ring, Math.max(ring.length + 1, 4));
        for (int i = ring.length; i < out.length; i++) {
            out[i] = ring[0];
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
