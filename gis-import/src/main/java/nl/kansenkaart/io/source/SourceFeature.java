package nl.kansenkaart.io.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature or row as a source file gives it, before any mapping or reprojection.
 *
 * @param number the 1-based position in its layer (feature or data row), which messages name
 * @param id the feature id when the format has one (GeoJSON "id", GeoPackage fid)
 * @param geometry the geometry in the layer's CRS; empty for attribute-only rows
 * @param attributes field name to value, in the source's field order; values are String, Long,
 *     Double, java.math.BigDecimal, Boolean, java.time.LocalDate or java.util.List of these;
 *     a null value (an empty field) is left out
 */
public record SourceFeature(
        long number, Optional<String> id, Optional<Geometry> geometry, Map<String, Object> attributes) {

    public SourceFeature {
        if (number < 1) {
            throw new IllegalArgumentException("feature number " + number);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
