package nl.kansenkaart.io.mapping;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.RoofType;
import nl.kansenkaart.io.source.SourceFeature;

/**
 * Maps 3D BAG roofs: per pand the b3_* summary (3D BAG pand tables, CityJSON buildings) and per
 * face the lod22_2d rows or the CityJSON dakvlak layer (slope, azimuth, height). A face's true area
 * is the source's 3D area when given, else its 2D area / cos(slope).
 */
public final class RoofMapper {
    /** Faces steeper than this are walls in practice: 2D area / cos(slope) would blow up. */
    static final double MAX_SLOPE_DEGREES = 85.0;

    /** 3D BAG v2024 writes "horizontal" where earlier versions wrote "single horizontal". */
    static final String HORIZONTAL_2024 = "horizontal";

    private final GeometryPreparer geometry;
    private final Map<String, Integer> nextIndex = new HashMap<>();
    private long azimuthAssumed;

    public RoofMapper(GeometryPreparer geometry) {
        this.geometry = geometry;
    }

    /** A pand id and its roof summary. */
    public record PandRoof(String buildingId, RoofSummary summary) {}

    /** The roof summary of one 3D BAG pand feature. */
    public PandRoof summary(SourceFeature feature) throws ValueProblem {
        FeatureFields f = FeatureFields.of(feature);
        String id = BagValues.pandId(
                f.value("identificatie", "pandref", "pand_id").orElseThrow(() -> new ValueProblem("geen pand-id")));
        return new PandRoof(id, summary(f));
    }

    static RoofSummary summary(FeatureFields f) throws ValueProblem {
        String typeText = f.text("b3_dak_type").orElseThrow(() -> new ValueProblem("geen daktype"));
        RoofType type = RoofType.fromCode(typeText)
                .or(() -> typeText.strip().equalsIgnoreCase(HORIZONTAL_2024)
                        ? Optional.of(RoofType.SINGLE_HORIZONTAL)
                        : Optional.empty())
                .orElseThrow(() -> new ValueProblem("onbekend daktype", "'" + typeText + "'"));
        try {
            return new RoofSummary(
                    type,
                    f.number("b3_opp_grond"),
                    f.number("b3_opp_dak_plat"),
                    f.number("b3_opp_dak_schuin"),
                    f.number("b3_h_maaiveld"),
                    f.number("b3_h_dak_70p"),
                    f.number("b3_h_dak_max"),
                    f.number("b3_volume_lod22"),
                    f.whole("b3_bouwlagen"),
                    f.bool("b3_kas_warenhuis").orElse(false));
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldige dakgegevens", e.getMessage());
        }
    }

    /** One roof face; faces are numbered per pand in the order they come. */
    public Mapped<RoofPart> face(SourceFeature feature) throws ValueProblem {
        FeatureFields f = FeatureFields.of(feature);
        String id = BagValues.pandId(f.value("identificatie", "buildingId", "pandref", "pand_id")
                .orElseThrow(() -> new ValueProblem("geen pand-id")));
        double slope = f.number("b3_hellingshoek", "slopeDeg", "slope", "hellingshoek")
                .orElseThrow(() -> new ValueProblem("geen hellingshoek"));
        if (slope < 0 || slope > 90) {
            throw new ValueProblem("ongeldige hellingshoek", Double.toString(slope));
        }
        if (slope > MAX_SLOPE_DEGREES) {
            throw new ValueProblem("(bijna) verticaal dakvlak", Double.toString(slope));
        }
        OptionalDouble azimuthValue = f.number("b3_azimut", "azimuthDeg", "azimuth", "azimut");
        double azimuth;
        if (azimuthValue.isPresent()) {
            azimuth = ((azimuthValue.getAsDouble() % 360) + 360) % 360;
        } else if (slope < 5) {
            // A flat face has no direction that matters; counted and reported, not hidden.
            azimuth = 0;
            azimuthAssumed++;
        } else {
            throw new ValueProblem("geen azimut bij hellend dakvlak");
        }
        double height = f.number("b3_h_dak_50p", "heightMedianM", "height", "hoogte")
                .orElseThrow(() -> new ValueProblem("geen dakhoogte"));
        Prepared<?> outline = geometry.areal(feature.geometry());
        OptionalDouble area3d = f.number("areaM2", "area", "oppervlakte", "area3d");
        double area = area3d.isPresent()
                ? area3d.getAsDouble()
                : outline.geometry().getArea() / Math.cos(Math.toRadians(slope));
        int index = nextIndex.merge(id, 1, Integer::sum) - 1;
        try {
            return new Mapped<>(
                    new RoofPart(id, index, slope, azimuth, area, height, outline.geometry()), outline.repaired());
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldig dakvlak", e.getMessage());
        }
    }

    /** How many flat faces had no azimuth and were given 0 (north). */
    public long azimuthAssumed() {
        return azimuthAssumed;
    }
}
