package nl.kansenkaart.io.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists and maps of the bronnen table as JSON text: readable in QGIS's attribute table and
 * safe for notes that contain commas, quotes or line breaks.
 */
final class JsonText {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonText() {}

    static String list(List<String> items) {
        return write(g -> {
            g.writeStartArray();
            for (String item : items) {
                g.writeString(item);
            }
            g.writeEndArray();
        });
    }

    static String counts(Map<String, Long> counts) {
        return write(g -> {
            g.writeStartObject();
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        });
    }

    static List<String> parseList(String json) throws IOException {
        List<String> items = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(t, JsonToken.VALUE_STRING);
                items.add(p.getText());
            }
        }
        return items;
    }

    static Map<String, Long> parseCounts(String json) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                expect(t, JsonToken.FIELD_NAME);
                String key = p.currentName();
                expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
                counts.put(key, p.getLongValue());
            }
        }
        return counts;
    }

    private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
        if (actual != wanted) {
            throw new IOException("JSON: " + wanted + " verwacht, " + actual + " gevonden");
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("JSON schrijven in het geheugen mislukt", e);
        }
        return out.toString();
    }
}
