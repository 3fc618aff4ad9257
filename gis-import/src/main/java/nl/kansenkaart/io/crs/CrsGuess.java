package nl.kansenkaart.io.crs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.io.source.CrsRef;
import nl.kansenkaart.io.source.SourceException;
import org.locationtech.jts.geom.Envelope;

/**
 * Decides the CRS of a layer from what it declares and the coordinates it holds: an undeclared
 * layer with coordinates in the Dutch RD or WGS84 range is assumed to be in that system, anything
 * else is refused.
 */
public final class CrsGuess {

    /** The declaration readers use for a GeoJSON file that relies on RFC 7946's WGS84 default. */
    public static final String RFC7946_DECLARATION = "RFC 7946 (WGS84)";

    /** GeoJSON without a crs member: WGS84 by the standard, but still checked against the coordinates. */
    public static final CrsRef RFC7946_DEFAULT =
            new CrsRef(OptionalInt.of(CrsTransforms.WGS84), Optional.of(RFC7946_DECLARATION));

    private static final Envelope RD_BOUNDS = new Envelope(-7_000, 300_000, 289_000, 629_000);
    private static final Envelope WGS84_NL_BOUNDS = new Envelope(3.0, 7.5, 50.5, 53.7);

    private CrsGuess() {}

    /** Whether the coordinates lie in the RD New validity range. */
    public static boolean inRdRange(Envelope seen) {
        return !seen.isNull() && RD_BOUNDS.contains(seen);
    }

    /** Whether the coordinates lie in the Netherlands in lon/lat. */
    public static boolean inWgs84Range(Envelope seen) {
        return !seen.isNull() && WGS84_NL_BOUNDS.contains(seen);
    }

    /**
     * The CRS to read a layer in.
     *
     * @param file the source file, for messages
     * @param declared what the layer declares
     * @param seen the envelope of (a sample of) the layer's coordinates in source units
     * @throws SourceException when the CRS is unknown, or undeclared and the coordinates fit no Dutch system
     */
    public static ResolvedCrs resolve(Path file, CrsRef declared, Envelope seen) throws SourceException {
        boolean rfcDefault =
                declared.declaration().map(RFC7946_DECLARATION::equals).orElse(false);
        if (rfcDefault) {
            if (inRdRange(seen) && !inWgs84Range(seen)) {
                return new ResolvedCrs(
                        CrsRef.epsg(RdGeometries.RD_NEW),
                        true,
                        "aangenomen RD New (EPSG:28992): het GeoJSON-bestand noemt geen stelsel (dus WGS84 volgens"
                                + " RFC 7946), maar de coördinaten " + describe(seen) + " liggen in het RD-bereik");
            }
            return new ResolvedCrs(declared, false, "WGS84 (EPSG:4326) volgens RFC 7946");
        }
        if (declared.epsg().isPresent()) {
            int code = declared.epsg().getAsInt();
            if (CrsTransforms.toRd(code).isEmpty()) {
                throw new SourceException(
                        file, "het coördinatenstelsel EPSG:" + code + " wordt niet ondersteund; " + SUPPORTED);
            }
            return new ResolvedCrs(declared, false, "EPSG:" + code + " zoals opgegeven in het bestand");
        }
        if (declared.declaration().isPresent()) {
            throw new SourceException(
                    file,
                    "onbekend coördinatenstelsel \""
                            + abbreviate(declared.declaration().get()) + "\"; " + SUPPORTED);
        }
        return guess(file, seen);
    }

    /**
     * Guesses the CRS of an undeclared layer from its coordinates.
     *
     * @throws SourceException when the coordinates are neither in the RD nor in the Dutch WGS84 range
     */
    public static ResolvedCrs guess(Path file, Envelope seen) throws SourceException {
        if (inRdRange(seen)) {
            return new ResolvedCrs(
                    CrsRef.epsg(RdGeometries.RD_NEW),
                    true,
                    "aangenomen RD New (EPSG:28992): geen stelsel opgegeven, coördinaten " + describe(seen)
                            + " liggen in het RD-bereik");
        }
        if (inWgs84Range(seen)) {
            return new ResolvedCrs(
                    CrsRef.epsg(CrsTransforms.WGS84),
                    true,
                    "aangenomen WGS84 (EPSG:4326): geen stelsel opgegeven, coördinaten " + describe(seen)
                            + " liggen als lengte/breedte in Nederland");
        }
        if (seen.isNull()) {
            throw new SourceException(
                    file,
                    "het bestand noemt geen coördinatenstelsel en bevat geen coördinaten om het aan te herkennen");
        }
        throw new SourceException(
                file,
                "het bestand noemt geen coördinatenstelsel en de coördinaten " + describe(seen)
                        + " passen niet bij RD New (x -7000..300000, y 289000..629000) of WGS84 in Nederland"
                        + " (lengte 3..7,5, breedte 50,5..53,7)");
    }

    private static final String SUPPORTED =
            "ondersteund zijn RD New (EPSG:28992), RD + NAP (EPSG:7415), WGS84 (EPSG:4326) en Web Mercator (EPSG:3857)";

    private static String describe(Envelope e) {
        return String.format(
                Locale.ROOT, "(x %.6g..%.6g, y %.6g..%.6g)", e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
