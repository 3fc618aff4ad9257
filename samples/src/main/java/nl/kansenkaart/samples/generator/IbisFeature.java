package nl.kansenkaart.samples.generator;

import org.locationtech.jts.geom.Polygon;

/**
 * One IBIS feature as the shapefile holds it; a park may be several features sharing a RIN number.
 *
 * @param rin RIN_NUMMER
 * @param planName PLAN_NAAM
 * @param contour the feature's polygon in RD New
 * @param grossHectares HA_BRUTO
 * @param netHectares HA_NETTO
 * @param issuedHectares HA_TOTTUIT (total issued to companies)
 */
record IbisFeature(
        String rin,
        String planName,
        Polygon contour,
        double grossHectares,
        double netHectares,
        double issuedHectares) {}
