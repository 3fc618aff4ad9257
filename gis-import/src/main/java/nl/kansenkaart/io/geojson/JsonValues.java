package nl.kansenkaart.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON attribute values from a streaming parser into the value types a {@code SourceFeature}
 * carries: String, Long, Double, BigDecimal, Boolean, List; nested objects become JSON text.
 */
public final class JsonValues {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonValues() {}

    /**
     * Reads the value at the parser's current token; returns null for JSON null.
     *
     * @param parser positioned on the value's first token
     */
    public static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT, LONG -> parser.getLongValue();
                    default -> new BigDecimal(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Object element = parser.currentToken() == JsonToken.START_OBJECT ? asText(parser) : read(parser);
                    if (element != null) {
                        list.add(element);
                    }
                }
                return List.copyOf(list);
            case START_OBJECT:
                return asText(parser);
            default:
                throw new IOException("onverwacht JSON-element " + token);
        }
    }

    /** Reads an object's members into the map, leaving nulls out. Parser on START_OBJECT. */
    public static void readObject(JsonParser parser, Map<String, Object> into) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            Object value = read(parser);
            if (value != null) {
                into.put(name, value);
            }
        }
    }

    /** The JSON text of the structure at the parser (an object or array), consuming it. */
    public static String asText(JsonParser parser) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        }
        return out.toString();
    }
}
