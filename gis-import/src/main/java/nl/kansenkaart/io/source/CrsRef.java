package nl.kansenkaart.io.source;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The coordinate reference system a layer declares, as far as it declares one.
 *
 * @param epsg the EPSG code when known (28992 RD New, 7415 RD + NAP, 4326 WGS84, ...)
 * @param declaration the text the file used (a .prj WKT, a GeoJSON crs name), for messages
 */
public record CrsRef(OptionalInt epsg, Optional<String> declaration) {

    /** A layer that says nothing about its CRS. */
    public static final CrsRef UNDECLARED = new CrsRef(OptionalInt.empty(), Optional.empty());

    /** A CRS known by its EPSG code. */
    public static CrsRef epsg(int code) {
        return new CrsRef(OptionalInt.of(code), Optional.of("EPSG:" + code));
    }
}
