package nl.kansenkaart.core.model;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Argument checks shared by the model's compact constructors. The messages are Dutch because an
 * import shows them to the consultant, behind the file and feature they came from.
 */
final class Checks {
    private Checks() {}

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is leeg");
        }
        return value.strip();
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " ontbreekt");
        }
        return value;
    }

    static Optional<String> optionalText(Optional<String> value, String field) {
        present(value, field);
        return value.map(String::strip).filter(s -> !s.isEmpty());
    }

    static OptionalDouble nonNegative(OptionalDouble value, String field) {
        present(value, field);
        if (value.isPresent()) {
            nonNegative(value.getAsDouble(), field);
        }
        return value;
    }

    static double nonNegative(double value, String field) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "ongeldige %s %.3f", field, value));
        }
        return value;
    }

    static OptionalDouble finite(OptionalDouble value, String field) {
        present(value, field);
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("ongeldig " + field + " " + value.getAsDouble());
        }
        return value;
    }

    static OptionalInt year(OptionalInt value, String field) {
        present(value, field);
        if (value.isPresent() && (value.getAsInt() < 1000 || value.getAsInt() > 2200)) {
            throw new IllegalArgumentException("ongeldig " + field + " " + value.getAsInt());
        }
        return value;
    }

    /** Polygonal geometry (Polygon or MultiPolygon), non-empty and in RD New. */
    static <G extends Geometry> G areal(G geometry, String field) {
        present(geometry, field);
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
            throw new IllegalArgumentException(
                    field + " moet een vlak (Polygon of MultiPolygon) zijn, maar is een " + geometry.getGeometryType());
        }
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException(field + " is leeg");
        }
        return geometry;
    }

    static Point point(Point point, String field) {
        present(point, field);
        if (point.isEmpty()) {
            throw new IllegalArgumentException(field + " is leeg");
        }
        return point;
    }
}
