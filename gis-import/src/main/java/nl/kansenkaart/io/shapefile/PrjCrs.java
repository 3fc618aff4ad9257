package nl.kansenkaart.io.shapefile;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansenkaart.io.source.CrsRef;

/**
 * Recognises the CRS of a .prj (ESRI or OGC WKT): RD New, WGS84 geographic and Web Mercator by
 * name, any other by a top-level EPSG authority; otherwise the WKT as an unknown CRS.
 */
public final class PrjCrs {

    private static final Pattern LAST_AUTHORITY =
            Pattern.compile("AUTHORITY\\[\"EPSG\",\\s*\"?(\\d+)\"?\\]\\s*\\]\\s*$", Pattern.CASE_INSENSITIVE);

    private PrjCrs() {}

    /** The CRS a .prj text describes. */
    public static CrsRef parse(String wkt) {
        String text = wkt.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        Optional<String> declaration = Optional.of(text);
        if (upper.contains("AMERSFOORT")
                && (upper.contains("RD_NEW") || upper.contains("RD NEW") || upper.contains("STEREOGRAPHIC"))) {
            return new CrsRef(OptionalInt.of(28992), declaration);
        }
        if (upper.startsWith("PROJCS")
                && (upper.contains("MERCATOR_AUXILIARY_SPHERE")
                        || upper.contains("PSEUDO-MERCATOR")
                        || upper.contains("PSEUDO_MERCATOR")
                        || upper.contains("WEB_MERCATOR")
                        || upper.contains("POPULAR VISUALISATION"))) {
            return new CrsRef(OptionalInt.of(3857), declaration);
        }
        if ((upper.startsWith("GEOGCS") || upper.startsWith("GEOGCRS"))
                && (upper.contains("WGS_1984") || upper.contains("WGS 84") || upper.contains("WGS84"))) {
            return new CrsRef(OptionalInt.of(4326), declaration);
        }
        Matcher authority = LAST_AUTHORITY.matcher(text);
        if (authority.find()) {
            return new CrsRef(OptionalInt.of(Integer.parseInt(authority.group(1))), declaration);
        }
        return new CrsRef(OptionalInt.empty(), declaration);
    }
}
