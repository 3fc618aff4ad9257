package nl.kansenkaart.core.model;

import java.util.Locale;
import org.locationtech.jts.geom.Geometry;

/**
 * One roof face (dakvlak) of a pand, from 3D BAG LoD2.2 (lod22_2d / CityJSON RoofSurface).
 *
 * @param buildingId the pand it belongs to (16 digits)
 * @param index the face number within the pand, from 0
 * @param slopeDegrees b3_hellingshoek: 0 = flat, 90 = vertical
 * @param azimuthDegrees b3_azimut: compass direction the face looks to, 0 = north, 90 = east,
 *     180 = south; meaningless for flat faces but kept as given
 * @param areaM2 the true (sloped) area of the face in m2
 * @param heightM the face's median height in metres above NAP
 * @param outline the face projected on the ground, Polygon or MultiPolygon in RD New
 */
public record RoofPart(
        String buildingId,
        int index,
        double slopeDegrees,
        double azimuthDegrees,
        double areaM2,
        double heightM,
        Geometry outline) {

    public RoofPart {
        buildingId = BagIds.pandId(buildingId);
        if (index < 0) {
            throw new IllegalArgumentException("ongeldig dakvlaknummer " + index);
        }
        if (!Double.isFinite(slopeDegrees) || slopeDegrees < 0 || slopeDegrees > 90) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "ongeldige hellingshoek %.3f", slopeDegrees));
        }
        if (!Double.isFinite(azimuthDegrees) || azimuthDegrees < 0 || azimuthDegrees > 360) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "ongeldig azimut %.3f", azimuthDegrees));
        }
        Checks.nonNegative(areaM2, "dakvlakoppervlak");
        if (!Double.isFinite(heightM)) {
            throw new IllegalArgumentException("ongeldige dakvlakhoogte " + heightM);
        }
        outline = Checks.areal(outline, "dakvlak " + index + " van pand " + buildingId);
    }
}
