package nl.kansenkaart.io.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.io.source.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** In-memory source features for mapping tests: WKT plus alternating field names and values. */
final class Features {
    private Features() {}

    static SourceFeature feature(long number, String wkt, Object... nameValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            attributes.put((String) nameValues[i], nameValues[i + 1]);
        }
        return new SourceFeature(
                number, Optional.empty(), Optional.ofNullable(wkt).map(Features::geometry), attributes);
    }

    static SourceFeature row(long number, Object... nameValues) {
        return feature(number, null, nameValues);
    }

    static Geometry geometry(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
