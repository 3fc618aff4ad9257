package nl.kansenkaart.io.cityjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansenkaart.io.crs.RdGeometries;
import nl.kansenkaart.io.source.CrsRef;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The "pand" or "dakvlak" layer of a CityJSON file or CityJSONSeq, streamed. A sequence is read one
 * CityJSONFeature (one line) at a time. A plain .city.json is read in two passes: the first keeps
 * only the "vertices" array (every CityObject indexes into it and it may come after them, so it
 * has to be in memory; it is kept compact in a {@link VertexArray}), the second streams the
 * CityObjects one at a time.
 */
public final class CityJsonLayer implements FeatureLayer {

    /** Layer of building footprints with all Building attributes (b3_* included). */
    public static final String PAND = "pand";

    /** Layer of roof faces with slope, azimuth, 3D area and heights. */
    public static final String DAKVLAK = "dakvlak";

    static final List<String> DAKVLAK_FIELDS =
            List.of("buildingId", "partId", "lod", "slopeDeg", "azimuthDeg", "areaM2", "heightMedianM", "heightMeanM");

    // The fast double parser gives the same, correctly rounded values; coordinates are most of the text.
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    private static final Pattern EPSG_URL = Pattern.compile("/EPSG/\\d+/(\\d+)|EPSG:+(\\d+)");

    private final Path file;
    private final String layer;
    private final JsonParser parser;
    private final double[] scale;
    private final double[] translate;
    private final CrsRef crs;
    private final GeometryFactory factory;
    private final Deque<CityModel.Row> pending = new ArrayDeque<>();
    private final List<String> fields;
    private CityModel model;
    private long objects;
    private long number;

    private CityJsonLayer(Path file, String layer) throws IOException, SourceException {
        this.file = file;
        this.layer = layer;
        Map<String, Object> header = readHeader(file);
        Map<String, Object> transform = JsonTree.map(header.get("transform"));
        this.scale = triple(transform.get("scale"), 1);
        this.translate = triple(transform.get("translate"), 0);
        this.crs = crs(JsonTree.map(header.get("metadata")).get("referenceSystem"));
        int srid = crs.epsg().orElse(0);
        this.factory = srid == RdGeometries.RD_NEW
                ? RdGeometries.FACTORY
                : new GeometryFactory(RdGeometries.FACTORY.getPrecisionModel(), srid);
        this.parser = JSON.createParser(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        parser.nextToken();
        if (enterCityObjects()) {
            this.model = newModel(header.get("vertices") instanceof VertexArray v ? v : VertexArray.EMPTY);
        }
        try {
            fill(); // read ahead to the first row, for the field names
        } catch (JsonProcessingException e) {
            throw invalidJson(file, objects, e);
        }
        this.fields = layer.equals(DAKVLAK)
                ? DAKVLAK_FIELDS
                : pending.stream()
                        .findFirst()
                        .map(r -> List.copyOf(r.attributes().keySet()))
                        .orElse(List.of());
    }

    /** First pass: the first JSON object's members except its CityObjects. */
    private static Map<String, Object> readHeader(Path file) throws IOException, SourceException {
        try (JsonParser p = JSON.createParser(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new SourceException(file, "het bestand begint niet met een JSON-object");
            }
            Map<String, Object> header = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("CityObjects")) {
                    p.skipChildren();
                } else if (name.equals("vertices") && value == JsonToken.START_ARRAY) {
                    header.put(name, VertexArray.read(p));
                } else {
                    header.put(name, JsonTree.read(p));
                }
            }
            if (!"CityJSON".equals(header.get("type"))) {
                throw new SourceException(file, "geen CityJSON (het eerste object heeft geen \"type\": \"CityJSON\")");
            }
            return header;
        }
    }

    /** Moves the second-pass parser into the first object's CityObjects; false when it has none. */
    private boolean enterCityObjects() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("CityObjects") && value == JsonToken.START_OBJECT) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private CityModel newModel(VertexArray vertices) {
        return new CityModel(layer.equals(DAKVLAK), vertices, scale, translate, factory);
    }

    static CityJsonLayer open(Path file, String layer) throws SourceException {
        try {
            return new CityJsonLayer(file, layer);
        } catch (JsonProcessingException e) {
            throw invalidJson(file, 0, e);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(file, OptionalLong.empty(), "kan het CityJSON-bestand niet lezen: " + e, e);
        }
    }

    private static double[] triple(Object value, double fallback) {
        List<Object> list = JsonTree.list(value);
        if (list.size() < 3) {
            return new double[] {fallback, fallback, fallback};
        }
        return new double[] {JsonTree.number(list.get(0)), JsonTree.number(list.get(1)), JsonTree.number(list.get(2))};
    }

    /** "https://www.opengis.net/def/crs/EPSG/0/7415" (CityJSON 2.0) or "urn:ogc:def:crs:EPSG::7415" (1.0). */
    static CrsRef crs(Object referenceSystem) {
        if (referenceSystem == null) {
            return CrsRef.UNDECLARED;
        }
        String text = referenceSystem.toString();
        Matcher m = EPSG_URL.matcher(text);
        if (m.find()) {
            String code = m.group(1) != null ? m.group(1) : m.group(2);
            return new CrsRef(OptionalInt.of(Integer.parseInt(code)), Optional.of(text));
        }
        return new CrsRef(OptionalInt.empty(), Optional.of(text));
    }

    /**
     * Reads until rows are pending or the file ends: the next CityObject of the first object's
     * CityObjects, then one CityJSONFeature after another.
     */
    private void fill() throws IOException {
        while (pending.isEmpty()) {
            if (model != null) {
                if (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String id = parser.currentName();
                    parser.nextToken();
                    objects++;
                    pending.addAll(model.accept(id, JsonTree.map(JsonTree.read(parser))));
                } else {
                    pending.addAll(model.finish());
                    model = null;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        parser.nextToken();
                        parser.skipChildren(); // the rest of the first object (its vertices were read before)
                    }
                }
                continue;
            }
            JsonToken t = parser.nextToken();
            if (t == null) {
                return;
            }
            objects++;
            if (t != JsonToken.START_OBJECT) {
                throw new IllegalStateException("een CityJSONFeature-object verwacht, " + t + " gevonden");
            }
            Map<String, Object> feature = JsonTree.map(JsonTree.read(parser));
            CityModel featureModel = newModel(feature.get("vertices") instanceof VertexArray v ? v : VertexArray.EMPTY);
            for (Map.Entry<String, Object> e :
                    JsonTree.map(feature.get("CityObjects")).entrySet()) {
                pending.addAll(featureModel.accept(e.getKey(), JsonTree.map(e.getValue())));
            }
            pending.addAll(featureModel.finish());
        }
    }

    @Override
    public String name() {
        return layer;
    }

    @Override
    public List<String> fieldNames() {
        return fields;
    }

    @Override
    public CrsRef crs() {
        return crs;
    }

    @Override
    public Optional<SourceFeature> next() throws SourceException {
        try {
            fill();
        } catch (JsonProcessingException e) {
            throw invalidJson(file, objects, e);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(
                    file, OptionalLong.of(objects), "kan CityJSONFeature " + objects + " niet lezen: " + e, e);
        }
        CityModel.Row row = pending.poll();
        if (row == null) {
            return Optional.empty();
        }
        number++;
        return Optional.of(new SourceFeature(number, Optional.of(row.id()), row.geometry(), row.attributes()));
    }

    private static SourceException invalidJson(Path file, long feature, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " bij regel " + at.getLineNr() + ", kolom " + at.getColumnNr();
        String reason = "ongeldige JSON" + where + " ("
                + e.getOriginalMessage().lines().findFirst().orElse("") + ")";
        return new SourceException(file, feature > 0 ? OptionalLong.of(feature) : OptionalLong.empty(), reason, e);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
