package nl.kansenkaart.io.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a GeoJSON FeatureCollection one feature at a time (RFC 7946): exterior rings
 * counter-clockwise, holes clockwise, coordinates with a fixed number of decimals, one feature per
 * line so files diff well. The caller supplies coordinates in the CRS it declares: WGS84 lon/lat
 * without a crs member (RFC 7946), or, for RD files, with the old-style crs member.
 */
public final class GeoJsonWriter implements Closeable {

    /**
     * How to write the collection.
     *
     * @param decimals digits after the decimal point for every coordinate (7 for lon/lat is ~1 cm, 3 for RD is 1 mm)
     * @param crsName the value of the optional crs member, e.g. "urn:ogc:def:crs:EPSG::28992"; empty for RFC 7946 WGS84
     * @param collectionName the optional "name" member of the collection
     */
    public record Options(int decimals, Optional<String> crsName, Optional<String> collectionName) {
        public Options {
            if (decimals < 0 || decimals > 15) {
                throw new IllegalArgumentException("ongeldig aantal decimalen " + decimals);
            }
            if (crsName == null || collectionName == null) {
                throw new IllegalArgumentException("crs-naam en collectienaam mogen leeg zijn, niet null");
            }
        }

        /** RFC 7946: WGS84 lon/lat with 7 decimals, no crs member. */
        public static Options wgs84() {
            return new Options(7, Optional.empty(), Optional.empty());
        }

        /** RD New (EPSG:28992) with millimetres and a crs member, as GDAL writes it. */
        public static Options rdNew() {
            return new Options(3, Optional.of("urn:ogc:def:crs:EPSG::28992"), Optional.empty());
        }
    }

    private final JsonGenerator json;
    private final int decimals;
    private boolean closed;

    private GeoJsonWriter(JsonGenerator json, Options options) throws IOException {
        this.json = json;
        this.decimals = options.decimals();
        json.setPrettyPrinter(new OneFeaturePerLine());
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        if (options.collectionName().isPresent()) {
            json.writeStringField("name", options.collectionName().get());
        }
        if (options.crsName().isPresent()) {
            json.writeObjectFieldStart("crs");
            json.writeStringField("type", "name");
            json.writeObjectFieldStart("properties");
            json.writeStringField("name", options.crsName().get());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeArrayFieldStart("features");
    }

    /** Starts a collection on the stream (UTF-8); closing the writer closes the stream. */
    public static GeoJsonWriter open(OutputStream out, Options options) throws IOException {
        return new GeoJsonWriter(new JsonFactory().createGenerator(out, JsonEncoding.UTF8), options);
    }

    /** Starts a collection in a new file (replaced when it exists). */
    public static GeoJsonWriter create(Path file, Options options) throws IOException {
        return open(Files.newOutputStream(file), options);
    }

    /**
     * Writes one feature.
     *
     * @param geometry any JTS geometry except a GeometryCollection, in the declared CRS
     * @param properties in the order given; values String, Number, Boolean or null
     */
    public void write(Geometry geometry, Map<String, ?> properties) throws IOException {
        if (closed) {
            throw new IllegalStateException("GeoJSON-schrijver is al gesloten");
        }
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("properties");
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            json.writeFieldName(e.getKey());
            writeValue(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeFieldName("geometry");
        writeGeometry(geometry);
        json.writeEndObject();
    }

    private void writeValue(String key, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d.toPlainString());
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("eigenschap " + key + " is geen eindig getal: " + d);
            }
            json.writeNumber(d);
        } else {
            throw new IllegalArgumentException("eigenschap " + key + " heeft een type dat GeoJSON niet kent: "
                    + value.getClass().getSimpleName());
        }
    }

    private void writeGeometry(Geometry g) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", g.getGeometryType());
        json.writeArrayFieldStart("coordinates");
        if (g instanceof Point p) {
            writePosition(p.getCoordinate());
        } else if (g instanceof LineString l) {
            writePositions(l.getCoordinateSequence(), false);
        } else if (g instanceof Polygon p) {
            writePolygonRings(p);
        } else if (g instanceof GeometryCollection c
                && (c instanceof MultiPoint || c instanceof MultiLineString || c instanceof MultiPolygon)) {
            for (int i = 0; i < c.getNumGeometries(); i++) {
                Geometry part = c.getGeometryN(i);
                if (part instanceof Point p) {
                    writePosition(p.getCoordinate());
                } else if (part instanceof LineString l) {
                    json.writeStartArray();
                    writePositions(l.getCoordinateSequence(), false);
                    json.writeEndArray();
                } else {
                    json.writeStartArray();
                    writePolygonRings((Polygon) part);
                    json.writeEndArray();
                }
            }
        } else {
            throw new IllegalArgumentException("geometrietype " + g.getGeometryType() + " wordt niet geschreven");
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writePolygonRings(Polygon p) throws IOException {
        writeRing(p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            writeRing(p.getInteriorRingN(i), false);
        }
    }

    private void writeRing(LinearRing ring, boolean counterClockwise) throws IOException {
        CoordinateSequence seq = ring.getCoordinateSequence();
        boolean reverse = Orientation.isCCW(seq) != counterClockwise;
        json.writeStartArray();
        writePositions(seq, reverse);
        json.writeEndArray();
    }

    private void writePositions(CoordinateSequence seq, boolean reverse) throws IOException {
        int n = seq.size();
        for (int i = 0; i < n; i++) {
            json.writeStartArray();
            int k = reverse ? n - 1 - i : i;
            writeOrdinate(seq.getX(k));
            writeOrdinate(seq.getY(k));
            json.writeEndArray();
        }
    }

    private void writePosition(Coordinate c) throws IOException {
        json.writeStartArray();
        writeOrdinate(c.getX());
        writeOrdinate(c.getY());
        json.writeEndArray();
    }

    private void writeOrdinate(double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("coördinaat is geen eindig getal: " + value);
        }
        json.writeNumber(BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString());
    }

    /** Ends the collection with a newline and closes the stream. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    /** Puts each feature of the features array on its own line; everything else stays compact. */
    private static final class OneFeaturePerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (isFeaturesArray(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(isFeaturesArray(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (isFeaturesArray(g) && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }

        private static boolean isFeaturesArray(JsonGenerator g) {
            var ctx = g.getOutputContext();
            return ctx.inArray()
                    && ctx.getParent() != null
                    && ctx.getParent().inObject()
                    && ctx.getParent().getParent() != null
                    && ctx.getParent().getParent().inRoot()
                    && "features".equals(ctx.getParent().getCurrentName());
        }
    }
}
