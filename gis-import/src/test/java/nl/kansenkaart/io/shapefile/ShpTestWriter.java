package nl.kansenkaart.io.shapefile;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A test-side shapefile writer (ESRI whitepaper layout) for Point and Polygon/PolyLine shapes, so
 * the reader is tested against bytes laid out independently of it. Rings are written exactly as
 * given: callers choose the orientation.
 */
public final class ShpTestWriter {

    /** One record: a geometry (null for a Null shape) and its attribute values. */
    public record Row(Geometry geometry, Object... values) {}

    private ShpTestWriter() {}

    public static void write(Path shp, int shapeType, List<DBFField> fields, List<Row> rows, Charset dbfCharset)
            throws IOException {
        List<byte[]> contents = new ArrayList<>();
        Envelope all = new Envelope();
        for (Row r : rows) {
            contents.add(content(shapeType, r.geometry()));
            if (r.geometry() != null) {
                all.expandToInclude(r.geometry().getEnvelopeInternal());
            }
        }
        int shpLength = 100;
        for (byte[] c : contents) {
            shpLength += 8 + c.length;
        }
        String base = shp.getFileName().toString().replaceFirst("\\.shp$", "");
        Path shx = shp.resolveSibling(base + ".shx");
        try (OutputStream out = Files.newOutputStream(shp);
                OutputStream index = Files.newOutputStream(shx)) {
            out.write(header(shapeType, shpLength, all));
            index.write(header(shapeType, 100 + 8 * rows.size(), all));
            int offset = 100;
            for (int i = 0; i < contents.size(); i++) {
                byte[] c = contents.get(i);
                ByteBuffer rh = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
                rh.putInt(i + 1).putInt(c.length / 2);
                out.write(rh.array());
                out.write(c);
                ByteBuffer ih = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
                ih.putInt(offset / 2).putInt(c.length / 2);
                index.write(ih.array());
                offset += 8 + c.length;
            }
        }
        Path dbf = shp.resolveSibling(base + ".dbf");
        try (OutputStream out = Files.newOutputStream(dbf);
                DBFWriter writer = new DBFWriter(out, dbfCharset)) {
            writer.setFields(fields.toArray(DBFField[]::new));
            for (Row r : rows) {
                writer.addRecord(r.values());
            }
        }
    }

    public static DBFField field(String name, DBFDataType type, int length, int decimals) {
        DBFField f = new DBFField(name, type, length);
        if (decimals > 0) {
            f.setDecimalCount(decimals);
        }
        return f;
    }

    private static byte[] header(int shapeType, int lengthBytes, Envelope e) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, lengthBytes / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, shapeType);
        b.putDouble(36, e.isNull() ? 0 : e.getMinX()).putDouble(44, e.isNull() ? 0 : e.getMinY());
        b.putDouble(52, e.isNull() ? 0 : e.getMaxX()).putDouble(60, e.isNull() ? 0 : e.getMaxY());
        return b.array();
    }

    private static byte[] content(int shapeType, Geometry g) {
        if (g == null) {
            return ByteBuffer.allocate(4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(0)
                    .array();
        }
        if (g instanceof Point p && shapeType == 11) {
            return ByteBuffer.allocate(36)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(shapeType)
                    .putDouble(p.getX())
                    .putDouble(p.getY())
                    .putDouble(7.5) // z
                    .putDouble(0) // m
                    .array();
        }
        if (g instanceof Point p) {
            return ByteBuffer.allocate(20)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(shapeType)
                    .putDouble(p.getX())
                    .putDouble(p.getY())
                    .array();
        }
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry member = g.getGeometryN(i);
            if (member instanceof Polygon poly) {
                parts.add(poly.getExteriorRing().getCoordinates());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    parts.add(poly.getInteriorRingN(h).getCoordinates());
                }
            } else if (member instanceof LineString line) {
                parts.add(line.getCoordinates());
            }
        }
        int points = parts.stream().mapToInt(p -> p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        Envelope e = g.getEnvelopeInternal();
        b.putInt(shapeType)
                .putDouble(e.getMinX())
                .putDouble(e.getMinY())
                .putDouble(e.getMaxX())
                .putDouble(e.getMaxY());
        b.putInt(parts.size()).putInt(points);
        int start = 0;
        for (Coordinate[] p : parts) {
            b.putInt(start);
            start += p.length;
        }
        for (Coordinate[] p : parts) {
            for (Coordinate c : p) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        return b.array();
    }
}
