package nl.kansenkaart.core.obligations;

import nl.kansenkaart.core.model.UsePurpose;

/**
 * Floor area counted for one gebruiksdoel in an estimate.
 *
 * @param purpose the gebruiksdoel
 * @param areaM2 the area in m2 gebruiksoppervlakte (fractional when units are split)
 */
public record PurposeArea(UsePurpose purpose, double areaM2) {

    public PurposeArea {
        if (purpose == null || !(areaM2 >= 0) || Double.isInfinite(areaM2)) {
            throw new IllegalArgumentException("ongeldig oppervlak " + areaM2 + " m2 voor " + purpose);
        }
    }
}
