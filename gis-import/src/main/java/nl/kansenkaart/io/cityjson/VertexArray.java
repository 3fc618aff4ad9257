package nl.kansenkaart.io.cityjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * A CityJSON "vertices" array kept as one flat long[] of integer x, y, z: a tile's vertices as
 * nested lists of boxed numbers would take about ten times the memory.
 */
final class VertexArray {

    static final VertexArray EMPTY = new VertexArray(new long[0], 0);

    private final long[] xyz;
    private final int size;

    private VertexArray(long[] xyz, int size) {
        this.xyz = xyz;
        this.size = size;
    }

    /** Reads [[x,y,z], ...] with the parser on START_ARRAY. */
    static VertexArray read(JsonParser p) throws IOException {
        long[] values = new long[3 * 1024];
        int n = 0;
        while (p.nextToken() == JsonToken.START_ARRAY) {
            if (n + 3 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            for (int i = 0; i < 3; i++) {
                JsonToken t = p.nextToken();
                if (t != JsonToken.VALUE_NUMBER_INT) {
                    throw new IllegalArgumentException(
                            "een hoekpunt heeft drie gehele getallen nodig, " + t + " gevonden");
                }
                values[n++] = p.getLongValue();
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new IllegalArgumentException("\"vertices\" is geen lijst van hoekpunten");
        }
        return new VertexArray(values, n / 3);
    }

    int size() {
        return size;
    }

    /** Coordinate axis (0 x, 1 y, 2 z) of vertex index, still in integer units. */
    long get(int index, int axis) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("hoekpunt " + index + " bestaat niet (" + size + " hoekpunten)");
        }
        return xyz[3 * index + axis];
    }
}
