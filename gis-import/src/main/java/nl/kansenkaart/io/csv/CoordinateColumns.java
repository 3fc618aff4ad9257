package nl.kansenkaart.io.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a CSV that hold a point: x/y (RD or, as EP-Online joins do, lon/lat under x/y
 * names) or lon/lat.
 *
 * @param xIndex column index of x or longitude
 * @param yIndex column index of y or latitude
 * @param geographic true when the names say lon/lat
 */
record CoordinateColumns(int xIndex, int yIndex, boolean geographic) {

    private static final List<Set<String>> X_NAMES = List.of(
            Set.of("x", "x_coord", "xcoord", "x_coordinaat", "xcoordinaat", "rd_x", "x_rd", "rdx", "rd-x"),
            Set.of("lon", "longitude", "lng", "long", "lengtegraad"));
    private static final List<Set<String>> Y_NAMES = List.of(
            Set.of("y", "y_coord", "ycoord", "y_coordinaat", "ycoordinaat", "rd_y", "y_rd", "rdy", "rd-y"),
            Set.of("lat", "latitude", "breedtegraad"));

    static Optional<CoordinateColumns> find(List<String> header) {
        for (int kind = 0; kind < X_NAMES.size(); kind++) {
            int x = indexOf(header, X_NAMES.get(kind));
            int y = indexOf(header, Y_NAMES.get(kind));
            if (x >= 0 && y >= 0) {
                return Optional.of(new CoordinateColumns(x, y, kind == 1));
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** A number written with a decimal point or (Dutch) a decimal comma; null when empty. */
    static Double parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.indexOf('.') < 0 && t.indexOf(',') >= 0) {
            t = t.replace(',', '.');
        }
        return Double.parseDouble(t);
    }
}
