package nl.kansenkaart.io.crs;

import java.util.Objects;
import nl.kansenkaart.io.source.CrsRef;

/**
 * The CRS a layer will be read in, and whether that was declared or assumed from its coordinates.
 *
 * @param crs the CRS, always with an EPSG code
 * @param assumed true when the file did not say (or said something its coordinates contradict)
 * @param remark a Dutch sentence for the provenance and the import report ("aangenomen: ...")
 */
public record ResolvedCrs(CrsRef crs, boolean assumed, String remark) {

    public ResolvedCrs {
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(remark, "remark");
        if (crs.epsg().isEmpty()) {
            throw new IllegalArgumentException("een vastgesteld coördinatenstelsel heeft een EPSG-code nodig");
        }
    }
}
