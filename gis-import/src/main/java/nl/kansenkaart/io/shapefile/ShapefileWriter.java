package nl.kansenkaart.io.shapefile;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes an ESRI Shapefile (.shp, .shx, .dbf, .prj, .cpg) feature by feature. Geometry follows the
 * ESRI technical description (big-endian record headers, little-endian content; polygon outer rings
 * clockwise, holes counter-clockwise); attributes go through javadbf in the charset the .cpg names.
 * The .dbf header date is a parameter, so the same input gives byte-identical files.
 */
public final class ShapefileWriter implements Closeable {

    /** The ESRI WKT ArcGIS writes for "RD_New" (Amersfoort / RD New, EPSG:28992). */
    public static final String RD_NEW_PRJ = "PROJCS[\"RD_New\",GEOGCS[\"GCS_Amersfoort\","
            + "DATUM[\"D_Amersfoort\",SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Double_Stereographic\"],PARAMETER[\"False_Easting\",155000.0],"
            + "PARAMETER[\"False_Northing\",463000.0],PARAMETER[\"Central_Meridian\",5.38763888888889],"
            + "PARAMETER[\"Scale_Factor\",0.9999079],PARAMETER[\"Latitude_Of_Origin\",52.15616055555555],"
            + "UNIT[\"Meter\",1.0]]";

    private static final int HEADER_BYTES = 100;

    /** The shape types this writer supports, with their ESRI codes. */
    public enum ShapeType {
        POINT(1),
        POLYGON(5);

        private final int code;

        ShapeType(int code) {
            this.code = code;
        }

        /** The ESRI shape type code. */
        public int code() {
            return code;
        }
    }

    /**
     * One .dbf column.
     *
     * @param name at most 10 characters (a dBase limit)
     * @param type C (text), N (numeric), F (float), D (date) or L (logical)
     * @param length width in bytes (ignored for D and L)
     * @param decimals digits after the point for N and F
     */
    public record Field(String name, char type, int length, int decimals) {
        public Field {
            if (name == null || name.isBlank() || name.length() > 10) {
                throw new IllegalArgumentException("ongeldige dbf-veldnaam '" + name + "' (1 tot 10 tekens)");
            }
            if ("CNFDL".indexOf(type) < 0) {
                throw new IllegalArgumentException("onbekend dbf-veldtype '" + type + "' voor veld " + name);
            }
            if ((type == 'C' || type == 'N' || type == 'F') && (length < 1 || length > 254)) {
                throw new IllegalArgumentException("ongeldige breedte " + length + " voor veld " + name);
            }
            if (decimals < 0 || (decimals > 0 && decimals >= length - 1)) {
                throw new IllegalArgumentException("ongeldig aantal decimalen " + decimals + " voor veld " + name);
            }
        }

        /** A text column of the given width in bytes. */
        public static Field character(String name, int length) {
            return new Field(name, 'C', length, 0);
        }

        /** A fixed-point numeric column. */
        public static Field numeric(String name, int length, int decimals) {
            return new Field(name, 'N', length, decimals);
        }

        /** A floating-point column. */
        public static Field floating(String name, int length, int decimals) {
            return new Field(name, 'F', length, decimals);
        }

        /** A date column (yyyyMMdd). */
        public static Field date(String name) {
            return new Field(name, 'D', 8, 0);
        }

        /** A logical (T/F) column. */
        public static Field logical(String name) {
            return new Field(name, 'L', 1, 0);
        }
    }

    private final Path shp;
    private final ShapeType type;
    private final List<Field> fields;
    private final Charset charset;
    private final LocalDate dbfDate;
    private final FileChannel shpOut;
    private final FileChannel shxOut;
    private final DBFWriter dbf;
    private final ByteArrayOutputStream dbfBytes = new ByteArrayOutputStream();
    private final Envelope bounds = new Envelope();
    private int recordNumber;
    private long shpLength = HEADER_BYTES;
    private boolean closed;

    private ShapefileWriter(Path shp, ShapeType type, List<Field> fields, Charset charset, LocalDate dbfDate)
            throws IOException {
        this.shp = shp;
        this.type = type;
        this.fields = List.copyOf(fields);
        this.charset = charset;
        this.dbfDate = dbfDate;
        this.shpOut = open(shp);
        this.shxOut = open(sibling(shp, "shx"));
        // Room for the headers; they are written on close, when length and bounds are known.
        shpOut.write(ByteBuffer.allocate(HEADER_BYTES));
        shxOut.write(ByteBuffer.allocate(HEADER_BYTES));
        this.dbf = new DBFWriter(dbfBytes, charset);
        DBFField[] dbfFields = new DBFField[fields.size()];
        for (int i = 0; i < dbfFields.length; i++) {
            Field f = fields.get(i);
            dbfFields[i] = switch (f.type()) {
                case 'C' -> new DBFField(f.name(), DBFDataType.CHARACTER, f.length());
                case 'N' -> new DBFField(f.name(), DBFDataType.NUMERIC, f.length(), f.decimals());
                case 'F' -> new DBFField(f.name(), DBFDataType.FLOATING_POINT, f.length(), f.decimals());
                case 'D' -> new DBFField(f.name(), DBFDataType.DATE);
                default -> new DBFField(f.name(), DBFDataType.LOGICAL);
            };
        }
        dbf.setFields(dbfFields);
    }

    /**
     * Starts a shapefile; the .shx, .dbf, .prj and .cpg get the same base name.
     *
     * @param shpFile the .shp path
     * @param type the one shape type of every record
     * @param fields the attribute columns
     * @param prjWkt the ESRI WKT for the .prj, e.g. {@link #RD_NEW_PRJ}
     * @param charset the .dbf text encoding, named in the .cpg
     * @param dbfDate the "last update" date in the .dbf header
     */
    public static ShapefileWriter create(
            Path shpFile, ShapeType type, List<Field> fields, String prjWkt, Charset charset, LocalDate dbfDate)
            throws IOException {
        if (!shpFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp")) {
            throw new IllegalArgumentException("shapefile moet op .shp eindigen: " + shpFile);
        }
        Files.writeString(sibling(shpFile, "prj"), prjWkt, StandardCharsets.US_ASCII);
        Files.writeString(sibling(shpFile, "cpg"), charset.name(), StandardCharsets.US_ASCII);
        return new ShapefileWriter(shpFile, type, fields, charset, dbfDate);
    }

    /**
     * Writes one feature.
     *
     * @param geometry a Point for POINT files, a Polygon or MultiPolygon for POLYGON files
     * @param values one value per field: String (C), Number (N, F), LocalDate (D), Boolean (L) or null
     */
    public void write(Geometry geometry, List<?> values) throws IOException {
        if (closed) {
            throw new IllegalStateException("shapefile-schrijver is al gesloten");
        }
        if (values.size() != fields.size()) {
            throw new IllegalArgumentException(
                    "record " + (recordNumber + 1) + " heeft " + values.size() + " waarden, verwacht " + fields.size());
        }
        // Check everything before writing anything, so a refused record leaves the files consistent.
        Object[] row = dbfValues(values);
        byte[] content =
                switch (type) {
                    case POINT -> pointContent(geometry);
                    case POLYGON -> polygonContent(geometry);
                };
        recordNumber++;
        ByteBuffer record = ByteBuffer.allocate(8 + content.length).order(ByteOrder.BIG_ENDIAN);
        record.putInt(recordNumber).putInt(content.length / 2).put(content).flip();
        ByteBuffer index = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        index.putInt((int) (shpLength / 2)).putInt(content.length / 2).flip();
        shpOut.write(record);
        shxOut.write(index);
        shpLength += 8 + content.length;
        bounds.expandToInclude(geometry.getEnvelopeInternal());
        dbf.addRecord(row);
    }

    private Object[] dbfValues(List<?> values) {
        Object[] row = new Object[values.size()];
        for (int i = 0; i < row.length; i++) {
            Object v = values.get(i);
            Field f = fields.get(i);
            if (v instanceof LocalDate d) {
                // javadbf formats a java.util.Date in the default zone; noon keeps the day whatever the zone.
                v = Date.from(d.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
            } else if (v instanceof Integer || v instanceof Long) {
                v = BigDecimal.valueOf(((Number) v).longValue());
            }
            boolean fits = v == null
                    || switch (f.type()) {
                        case 'C' -> v instanceof String;
                        case 'N', 'F' -> v instanceof Number;
                        case 'D' -> v instanceof Date;
                        default -> v instanceof Boolean;
                    };
            if (!fits) {
                throw new IllegalArgumentException(
                        "veld " + f.name() + " van record " + (recordNumber + 1) + " verwacht type " + f.type()
                                + ", kreeg " + v.getClass().getSimpleName());
            }
            if (v instanceof String text && text.getBytes(charset).length > f.length()) {
                // Refuse rather than let the dBase layer cut a multi-byte character in half.
                throw new IllegalArgumentException("tekst '" + text + "' in veld " + f.name() + " van record "
                        + (recordNumber + 1) + " is langer dan " + f.length() + " bytes");
            }
            row[i] = v;
        }
        return row;
    }

    private static byte[] pointContent(Geometry geometry) {
        if (!(geometry instanceof Point p) || p.isEmpty()) {
            throw new IllegalArgumentException(
                    "een puntenshapefile verwacht een Point, kreeg " + geometry.getGeometryType());
        }
        ByteBuffer b = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(ShapeType.POINT.code()).putDouble(p.getX()).putDouble(p.getY());
        return b.array();
    }

    private static byte[] polygonContent(Geometry geometry) {
        List<CoordinateSequence> rings = new ArrayList<>();
        List<Boolean> outer = new ArrayList<>();
        if (geometry instanceof Polygon p) {
            addRings(p, rings, outer);
        } else if (geometry instanceof MultiPolygon mp) {
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                addRings((Polygon) mp.getGeometryN(i), rings, outer);
            }
        } else {
            throw new IllegalArgumentException(
                    "een vlakkenshapefile verwacht een Polygon of MultiPolygon, kreeg " + geometry.getGeometryType());
        }
        int points = rings.stream().mapToInt(CoordinateSequence::size).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * rings.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        Envelope e = geometry.getEnvelopeInternal();
        b.putInt(ShapeType.POLYGON.code());
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putInt(rings.size()).putInt(points);
        int start = 0;
        for (CoordinateSequence ring : rings) {
            b.putInt(start);
            start += ring.size();
        }
        for (int r = 0; r < rings.size(); r++) {
            CoordinateSequence ring = rings.get(r);
            // ESRI: outer rings clockwise, holes counter-clockwise (the opposite of RFC 7946).
            boolean reverse = Orientation.isCCW(ring) == outer.get(r);
            for (int i = 0; i < ring.size(); i++) {
                int k = reverse ? ring.size() - 1 - i : i;
                b.putDouble(ring.getX(k)).putDouble(ring.getY(k));
            }
        }
        return b.array();
    }

    private static void addRings(Polygon p, List<CoordinateSequence> rings, List<Boolean> outer) {
        if (p.isEmpty()) {
            throw new IllegalArgumentException("lege polygoon kan niet in een shapefile");
        }
        rings.add(p.getExteriorRing().getCoordinateSequence());
        outer.add(true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            LinearRing hole = p.getInteriorRingN(i);
            rings.add(hole.getCoordinateSequence());
            outer.add(false);
        }
    }

    /** Writes the headers and the .dbf, and closes the files. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (shpOut;
                shxOut) {
            shpOut.write(header(shpLength), 0);
            shxOut.write(header(HEADER_BYTES + 8L * recordNumber), 0);
        }
        dbf.close();
        byte[] bytes = dbfBytes.toByteArray();
        // dBase header bytes 1-3: year since 1900, month, day of the last update.
        bytes[1] = (byte) (dbfDate.getYear() - 1900);
        bytes[2] = (byte) dbfDate.getMonthValue();
        bytes[3] = (byte) dbfDate.getDayOfMonth();
        Files.write(sibling(shp, "dbf"), bytes);
    }

    private ByteBuffer header(long fileBytes) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES);
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994);
        b.position(24);
        b.putInt((int) (fileBytes / 2));
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type.code());
        Envelope e = bounds.isNull() ? new Envelope(0, 0, 0, 0) : bounds;
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        return b.flip();
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The same base name with another extension. */
    static Path sibling(Path shp, String extension) {
        String name = shp.getFileName().toString();
        return shp.resolveSibling(name.substring(0, name.length() - 3) + extension);
    }
}
