package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * An opportunity of one building (and the companies matched to it).
 *
 * @param type the kind, not collective
 * @param buildingId the pand (16 digits)
 * @param companies companies matched to the pand's units, sorted by id
 * @param geometry the pand's footprint in RD New
 * @param impact what it brings
 * @param score the priority
 * @param obliged whether a legal obligation drives it (label C, energiebesparingsplicht)
 * @param sizeClass the solar size class, for the solar kinds
 * @param title the Dutch title
 * @param explanation the Dutch explanation
 */
public record IndividualOpportunity(
        OpportunityType type,
        String buildingId,
        List<CompanyRef> companies,
        Geometry geometry,
        Impact impact,
        PriorityScore score,
        boolean obliged,
        Optional<SolarSizeClass> sizeClass,
        String title,
        String explanation)
        implements Opportunity {

    public IndividualOpportunity {
        if (type == null || type.isCollective()) {
            throw new IllegalArgumentException("geen individuele kanssoort: " + type);
        }
        if (buildingId == null || geometry == null || impact == null || score == null || sizeClass == null) {
            throw new IllegalArgumentException("kans " + type.dutch() + " is onvolledig");
        }
        if (title == null || title.isBlank() || explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("kans " + type.dutch() + " van pand " + buildingId + " zonder uitleg");
        }
        companies = List.copyOf(companies);
    }

    @Override
    public String id() {
        return type.code() + ":" + buildingId;
    }

    @Override
    public List<String> buildingIds() {
        return List.of(buildingId);
    }
}
