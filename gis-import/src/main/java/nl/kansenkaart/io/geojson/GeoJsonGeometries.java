package nl.kansenkaart.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Parses a GeoJSON geometry object from a streaming parser into a JTS geometry (x/y only). */
final class GeoJsonGeometries {

    private final GeometryFactory factory;

    GeoJsonGeometries(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * Parses the geometry at the parser (on START_OBJECT or VALUE_NULL); null for a null geometry.
     * Members may come in any order, so coordinates are collected before the type is known.
     */
    Geometry parse(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, JsonToken.START_OBJECT, "geometrie");
        String type = null;
        Object coordinates = null;
        List<Geometry> members = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "type" -> type = p.getText();
                case "coordinates" -> coordinates = readNested(p);
                case "geometries" -> {
                    expect(p, JsonToken.START_ARRAY, "geometries");
                    members = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        Geometry g = parse(p);
                        if (g != null) {
                            members.add(g);
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            throw new GeoJsonContentException("geometrie zonder \"type\"");
        }
        return build(type, coordinates, members);
    }

    private Geometry build(String type, Object c, List<Geometry> members) {
        if (type.equals("GeometryCollection")) {
            return factory.createGeometryCollection(
                    members == null ? new Geometry[0] : members.toArray(Geometry[]::new));
        }
        if (c == null) {
            throw new GeoJsonContentException(type + " zonder \"coordinates\"");
        }
        try {
            return switch (type) {
                case "Point" -> factory.createPoint(position(c));
                case "MultiPoint" -> factory.createMultiPoint(list(c).stream()
                        .map(x -> factory.createPoint(position(x)))
                        .toArray(Point[]::new));
                case "LineString" -> factory.createLineString(positions(c));
                case "MultiLineString" -> factory.createMultiLineString(list(c).stream()
                        .map(x -> factory.createLineString(positions(x)))
                        .toArray(LineString[]::new));
                case "Polygon" -> polygon(c);
                case "MultiPolygon" -> factory.createMultiPolygon(
                        list(c).stream().map(this::polygon).toArray(Polygon[]::new));
                default -> throw new GeoJsonContentException("onbekend geometrietype \"" + type + "\"");
            };
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new GeoJsonContentException("ongeldige coördinaten voor " + type + ": " + e.getMessage());
        }
    }

    private Polygon polygon(Object c) {
        List<Object> rings = list(c);
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = factory.createLinearRing(positions(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(positions(rings.get(i)));
        }
        return factory.createPolygon(shell, holes);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object c) {
        if (c instanceof double[]) {
            throw new IllegalArgumentException("een lijst verwacht, een positie gevonden");
        }
        return (List<Object>) c;
    }

    private static Coordinate position(Object c) {
        if (!(c instanceof double[] xy)) {
            throw new IllegalArgumentException("een positie [x, y] verwacht");
        }
        return new Coordinate(xy[0], xy[1]);
    }

    private static Coordinate[] positions(Object c) {
        return list(c).stream().map(GeoJsonGeometries::position).toArray(Coordinate[]::new);
    }

    /** A position becomes double[2]; any deeper array a List of those. */
    private static Object readNested(JsonParser p) throws IOException {
        expect(p, JsonToken.START_ARRAY, "coordinates");
        JsonToken first = p.nextToken();
        if (first == JsonToken.VALUE_NUMBER_FLOAT || first == JsonToken.VALUE_NUMBER_INT) {
            double x = p.getDoubleValue();
            JsonToken second = p.nextToken();
            if (second != JsonToken.VALUE_NUMBER_FLOAT && second != JsonToken.VALUE_NUMBER_INT) {
                throw new GeoJsonContentException("een positie heeft minstens twee getallen nodig");
            }
            double y = p.getDoubleValue();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren(); // Z and M are not used
            }
            return new double[] {x, y};
        }
        List<Object> list = new ArrayList<>();
        while (p.currentToken() != JsonToken.END_ARRAY) {
            list.add(readNested(p));
            p.nextToken();
        }
        return list;
    }

    static void expect(JsonParser p, JsonToken token, String what) {
        if (p.currentToken() != token) {
            throw new GeoJsonContentException("\"" + what + "\" heeft een onverwachte vorm (" + p.currentToken() + ")");
        }
    }
}
