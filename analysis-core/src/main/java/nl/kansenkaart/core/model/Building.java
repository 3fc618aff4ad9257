package nl.kansenkaart.core.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Geometry;

/**
 * A BAG pand: the physical building, with an optional 3D BAG roof summary.
 *
 * @param id the BAG pand identificatie, 16 digits without the "NL.IMBAG.Pand." prefix
 * @param constructionYear oorspronkelijk bouwjaar; empty when the BAG says 9999 (unknown)
 * @param status the BAG pand status
 * @param footprint the BAG footprint, Polygon or MultiPolygon in RD New (EPSG:28992)
 * @param roof the 3D BAG roof attributes, when imported
 */
public record Building(
        String id,
        OptionalInt constructionYear,
        BuildingStatus status,
        Geometry footprint,
        Optional<RoofSummary> roof) {

    public Building {
        id = BagIds.pandId(id);
        constructionYear = Checks.year(constructionYear, "bouwjaar");
        Checks.present(status, "pandstatus");
        footprint = Checks.areal(footprint, "pandgeometrie van " + id);
        Checks.present(roof, "dakgegevens");
    }

    /** The footprint area in m2, computed from the geometry. */
    public double footprintAreaM2() {
        return footprint.getArea();
    }

    /** This building with the given roof summary. */
    public Building withRoof(RoofSummary summary) {
        return new Building(id, constructionYear, status, footprint, Optional.of(summary));
    }
}
