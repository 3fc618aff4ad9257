package nl.kansenkaart.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import nl.kansenkaart.io.source.CrsRef;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.locationtech.jts.geom.Geometry;

/**
 * A GeoJSON FeatureCollection or newline-delimited sequence of Features, streamed one feature at a
 * time from a Jackson parser.
 */
public final class GeoJsonLayer implements FeatureLayer {

    // The fast double parser gives the same, correctly rounded values; coordinates are most of the text.
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private final Path file;
    private final GeoJsonProbe.Shape shape;
    private final JsonParser parser;
    private final GeoJsonGeometries geometries;
    private final long sizeBytes;
    private long number;
    private boolean done;

    private GeoJsonLayer(Path file, GeoJsonProbe.Shape shape) throws IOException {
        this.file = file;
        this.shape = shape;
        this.parser = JSON.createParser(open(file));
        this.sizeBytes = Files.size(file);
        this.geometries = new GeoJsonGeometries(shape.factory());
    }

    /** Opens a GeoJSON file, first looking at its shape (collection or sequence, crs, size). */
    static GeoJsonLayer open(Path file, String layerName) throws SourceException {
        GeoJsonProbe.Shape shape = GeoJsonProbe.inspect(file);
        try {
            GeoJsonLayer layer = new GeoJsonLayer(file, shape);
            if (!shape.sequence()) {
                layer.moveToFeatures();
            }
            return layer;
        } catch (JsonProcessingException e) {
            throw invalidJson(file, 0, e);
        } catch (IOException e) {
            throw new SourceException(file, OptionalLong.empty(), "kan het bestand niet lezen: " + e.getMessage(), e);
        }
    }

    /** A stream where the record separator of RFC 8142 sequences reads as a space. */
    static InputStream open(Path file) throws IOException {
        return new FilterInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                return b == 0x1E ? ' ' : b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                for (int i = off; i < off + n; i++) {
                    if (buf[i] == 0x1E) {
                        buf[i] = ' ';
                    }
                }
                return n;
            }
        };
    }

    private void moveToFeatures() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new JsonParseFailure("het bestand begint niet met een JSON-object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("features") && parser.currentToken() == JsonToken.START_ARRAY) {
                return;
            }
            parser.skipChildren();
        }
        done = true; // a collection without features
    }

    @Override
    public String name() {
        return GeoJsonFormat.layerName(file);
    }

    @Override
    public List<String> fieldNames() {
        return shape.fieldNames();
    }

    @Override
    public CrsRef crs() {
        return shape.crs();
    }

    @Override
    public Optional<Long> sizeHint() {
        return shape.featureCount();
    }

    /** The parser's byte offset in the file: one pass reads the file from start to end. */
    @Override
    public OptionalDouble fractionRead() {
        long at = parser.currentLocation().getByteOffset();
        if (sizeBytes <= 0 || at < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(done ? 1.0 : Math.min(1.0, (double) at / sizeBytes));
    }

    @Override
    public Optional<SourceFeature> next() throws SourceException {
        if (done) {
            return Optional.empty();
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                done = true;
                return Optional.empty();
            }
            number++;
            if (token != JsonToken.START_OBJECT) {
                throw new GeoJsonContentException("een Feature-object verwacht, " + token + " gevonden");
            }
            return Optional.of(readFeature());
        } catch (JsonProcessingException e) {
            done = true;
            throw invalidJson(file, number == 0 ? 1 : number, e);
        } catch (GeoJsonContentException | JsonParseFailure e) {
            done = true;
            throw new SourceException(file, number, e.getMessage());
        } catch (IOException e) {
            done = true;
            throw new SourceException(file, OptionalLong.of(number), "kan het bestand niet lezen: " + e, e);
        }
    }

    private SourceFeature readFeature() throws IOException {
        String id = null;
        Geometry geometry = null;
        String type = null;
        Map<String, Object> attributes = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "type" -> type = parser.getText();
                case "id" -> id = value == JsonToken.VALUE_NULL ? null : parser.getText();
                case "geometry" -> geometry = geometries.parse(parser);
                case "properties" -> {
                    if (value == JsonToken.START_OBJECT) {
                        JsonValues.readObject(parser, attributes);
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw new GeoJsonContentException("\"properties\" is geen object");
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (type != null && !type.equals("Feature")) {
            throw new GeoJsonContentException("een Feature verwacht, \"" + type + "\" gevonden");
        }
        return new SourceFeature(number, Optional.ofNullable(id), Optional.ofNullable(geometry), attributes);
    }

    static SourceException invalidJson(Path file, long feature, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " bij regel " + at.getLineNr() + ", kolom " + at.getColumnNr();
        String reason = "ongeldige JSON" + where + " ("
                + e.getOriginalMessage().lines().findFirst().orElse("") + ")";
        OptionalLong n = feature > 0 ? OptionalLong.of(feature) : OptionalLong.empty();
        return new SourceException(file, n, reason, e);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** A JSON document that is not shaped like GeoJSON at all. */
    static final class JsonParseFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JsonParseFailure(String message) {
            super(message);
        }
    }
}
