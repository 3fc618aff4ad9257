package nl.kansenkaart.core.model;

import java.util.OptionalDouble;
import org.locationtech.jts.geom.Geometry;

/**
 * A business park (bedrijventerrein) or another plan area: an IBIS contour or a drawn area.
 *
 * @param id the park id, for IBIS the RIN number (one park may be several IBIS features, merged)
 * @param name the plan name as users know it
 * @param municipality the municipality name (gemeente)
 * @param grossHectares gross area in hectares as stated by the source (not computed)
 * @param netHectares net (issuable) area in hectares as stated by the source
 * @param contour the plan area, Polygon or MultiPolygon in RD New (EPSG:28992)
 */
public record Park(
        String id,
        String name,
        String municipality,
        OptionalDouble grossHectares,
        OptionalDouble netHectares,
        Geometry contour) {

    public Park {
        id = Checks.text(id, "park-id");
        name = Checks.text(name, "parknaam");
        municipality = Checks.text(municipality, "gemeente");
        grossHectares = Checks.nonNegative(grossHectares, "bruto hectare");
        netHectares = Checks.nonNegative(netHectares, "netto hectare");
        contour = Checks.areal(contour, "parkcontour");
    }

    /** The area of the contour in hectares, computed from the geometry. */
    public double contourHectares() {
        return contour.getArea() / 10_000.0;
    }
}
