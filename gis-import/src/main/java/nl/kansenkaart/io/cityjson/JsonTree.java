package nl.kansenkaart.io.cityjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.io.geojson.JsonValues;

/**
 * A small JSON tree reader on the streaming parser (the module uses jackson-core only): objects
 * become maps, arrays lists, numbers Long or Double. An "attributes" object is read with
 * {@link JsonValues} so its values are already the types a SourceFeature carries, and a "vertices"
 * array becomes a compact {@link VertexArray}.
 */
final class JsonTree {

    private JsonTree() {}

    /** Reads the value at the parser's current token. */
    static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("vertices") && value == JsonToken.START_ARRAY) {
                        map.put(name, VertexArray.read(p));
                    } else if (name.equals("attributes") && value == JsonToken.START_OBJECT) {
                        Map<String, Object> attributes = new LinkedHashMap<>();
                        JsonValues.readObject(p, attributes);
                        map.put(name, attributes);
                    } else {
                        map.put(name, read(p));
                    }
                }
                return map;
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                return list;
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_STRING:
                return p.getText();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("onverwacht JSON-element " + t);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static double number(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("getal verwacht, " + o + " gevonden");
    }
}
