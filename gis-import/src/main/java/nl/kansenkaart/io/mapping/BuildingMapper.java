package nl.kansenkaart.io.mapping;

import java.util.Optional;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.io.source.SourceFeature;

/**
 * Maps BAG panden in PDOK/bag-light style (identificatie, bouwjaar, status) and NLExtract/3D BAG
 * style (identificatie or pandref, oorspronkelijkbouwjaar, status); ids with or without the
 * NL.IMBAG.Pand. prefix. A pand layer that also carries b3_* fields gets its roof summary.
 */
public final class BuildingMapper {
    private final GeometryPreparer geometry;

    public BuildingMapper(GeometryPreparer geometry) {
        this.geometry = geometry;
    }

    /** The building of one feature, or a problem that skips it. */
    public Mapped<Building> map(SourceFeature feature) throws ValueProblem {
        FeatureFields f = FeatureFields.of(feature);
        String id = BagValues.pandId(
                f.value("identificatie", "pandref", "pand_id").orElseThrow(() -> new ValueProblem("geen pand-id")));
        var year = BagValues.constructionYear(f.whole("bouwjaar", "oorspronkelijkbouwjaar"));
        String statusText = f.text("status", "pandstatus").orElseThrow(() -> new ValueProblem("geen status"));
        BuildingStatus status = BuildingStatus.fromBag(statusText)
                .orElseThrow(() -> new ValueProblem("onbekende status", "'" + statusText + "'"));
        Prepared<?> footprint = geometry.areal(feature.geometry());
        var roof = f.value("b3_dak_type").isPresent()
                ? Optional.of(RoofMapper.summary(f))
                : Optional.<nl.kansenkaart.core.model.RoofSummary>empty();
        try {
            return new Mapped<>(new Building(id, year, status, footprint.geometry(), roof), footprint.repaired());
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldig pand", e.getMessage());
        }
    }
}
