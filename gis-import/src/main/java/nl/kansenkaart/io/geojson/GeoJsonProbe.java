package nl.kansenkaart.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansenkaart.io.crs.CrsGuess;
import nl.kansenkaart.io.crs.RdGeometries;
import nl.kansenkaart.io.source.CrsRef;
import nl.kansenkaart.io.source.SourceException;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A first pass over a GeoJSON file that learns its shape without keeping features: collection or
 * sequence, the crs member (which may come after the features), the feature count and the first
 * feature's property names.
 */
final class GeoJsonProbe {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern EPSG = Pattern.compile("EPSG:(?:[0-9.]*:)?:?(\\d+)", Pattern.CASE_INSENSITIVE);

    /** What the first pass learnt. */
    record Shape(boolean sequence, CrsRef crs, List<String> fieldNames, Optional<Long> featureCount) {
        GeometryFactory factory() {
            int srid = crs.epsg().orElse(0);
            return srid == RdGeometries.RD_NEW
                    ? RdGeometries.FACTORY
                    : new GeometryFactory(RdGeometries.FACTORY.getPrecisionModel(), srid);
        }
    }

    private GeoJsonProbe() {}

    /** Cheap: does the start of the file look like GeoJSON (and not CityJSON)? */
    static boolean looksLikeGeoJson(Path file) {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        String trimmed = head.replace("\uFEFF", "").replace('\u001E', ' ').stripLeading();
        if (!trimmed.startsWith("{") || head.contains("\"CityJSON")) {
            return false;
        }
        return head.matches("(?s).*\"type\"\\s*:\\s*\"(FeatureCollection|Feature)\".*");
    }

    static Shape inspect(Path file) throws SourceException {
        long[] seen = {0};
        try (JsonParser p = JSON.createParser(GeoJsonLayer.open(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new SourceException(file, "het bestand begint niet met een JSON-object");
            }
            String type = null;
            CrsRef crs = null;
            List<String> fields = new ArrayList<>();
            long count = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "type" -> type = p.getText();
                    case "crs" -> crs = readCrs(file, p);
                    case "features" -> {
                        if (Files.size(file) <= COUNT_BELOW_BYTES || crs == null && crsMayFollow(file)) {
                            count = countFeatures(p, fields, seen);
                        } else {
                            // The crs is known (or cannot follow): the features are read once, by the layer.
                            firstFeatureFields(p, fields);
                            return new Shape(
                                    false,
                                    crs == null ? CrsGuess.RFC7946_DEFAULT : crs,
                                    List.copyOf(fields),
                                    Optional.empty());
                        }
                    }
                    case "properties" -> {
                        if (p.currentToken() == JsonToken.START_OBJECT) {
                            collectNames(p, fields);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            boolean sequence = !"FeatureCollection".equals(type) && count < 0;
            if (crs == null) {
                crs = CrsGuess.RFC7946_DEFAULT;
            }
            return new Shape(sequence, crs, List.copyOf(fields), count >= 0 ? Optional.of(count) : Optional.empty());
        } catch (JsonProcessingException e) {
            throw GeoJsonLayer.invalidJson(file, seen[0], e);
        } catch (IOException e) {
            throw new SourceException(file, OptionalLong.empty(), "kan het bestand niet lezen: " + e, e);
        }
    }

    /** Files up to this size are counted in the first pass (cheap, and progress then knows the total). */
    private static final long COUNT_BELOW_BYTES = 16L << 20;

    /** How far from the end a crs member after the features is looked for. */
    private static final int TAIL_BYTES = 1 << 16;

    /**
     * Whether a crs member may come after the features: only then is the whole file read twice. A
     * crs member after the features sits in the file's last bytes (only small members such as bbox
     * can follow it); a mere "crs" string there (a property name) costs the full pass, never a wrong CRS.
     */
    private static boolean crsMayFollow(Path file) throws IOException {
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            long from = Math.max(0, size - TAIL_BYTES);
            ch.position(from);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) (size - from));
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // read the whole tail
            }
            return new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1).contains("\"crs\"");
        }
    }

    /** Collects the property names of the first feature, leaving the parser inside the features array. */
    private static void firstFeatureFields(JsonParser p, List<String> fields) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("properties") && p.currentToken() == JsonToken.START_OBJECT) {
                collectNames(p, fields);
            } else {
                p.skipChildren();
            }
        }
    }

    /** Counts the features; seen[0] holds the number of the feature being read, for messages. */
    private static long countFeatures(JsonParser p, List<String> fields, long[] seen) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return 0;
        }
        long n = 0;
        while (true) {
            seen[0] = n + 1;
            if (p.nextToken() == JsonToken.END_ARRAY) {
                break;
            }
            if (n == 0 && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("properties") && p.currentToken() == JsonToken.START_OBJECT) {
                        collectNames(p, fields);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            n++;
        }
        return n;
    }

    private static void collectNames(JsonParser p, List<String> fields) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            fields.add(p.currentName());
            p.nextToken();
            p.skipChildren();
        }
    }

    /** {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}} and the CRS84 variant. */
    private static CrsRef readCrs(Path file, JsonParser p) throws IOException, SourceException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String text = JsonValues.asText(p);
        Matcher name = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
        if (!name.find()) {
            return new CrsRef(OptionalInt.empty(), Optional.of(text));
        }
        return parseCrsName(name.group(1));
    }

    /** An EPSG code from "urn:ogc:def:crs:EPSG::28992", "EPSG:28992" or CRS84 names. */
    static CrsRef parseCrsName(String name) {
        if (name.toUpperCase(Locale.ROOT).contains("CRS84")) {
            return new CrsRef(OptionalInt.of(4326), Optional.of(name));
        }
        Matcher m = EPSG.matcher(name);
        if (m.find()) {
            // urn:ogc:def:crs:EPSG::4326 is lat/lon by the letter, but GeoJSON writers put lon/lat in it
            // anyway (GDAL reads it the same way), so every 4326 here is lon/lat.
            return new CrsRef(OptionalInt.of(Integer.parseInt(m.group(1))), Optional.of(name));
        }
        Matcher url = Pattern.compile("/EPSG/\\d+/(\\d+)").matcher(name);
        if (url.find()) {
            return new CrsRef(OptionalInt.of(Integer.parseInt(url.group(1))), Optional.of(name));
        }
        return new CrsRef(OptionalInt.empty(), Optional.of(name));
    }
}
