package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * A collective opportunity for several buildings of the park.
 *
 * @param type the kind, collective
 * @param number the running number within its kind (1, 2, ...), in a stable order
 * @param members the buildings involved with their roles, sorted by pand id
 * @param geometry the convex hull of the members' footprints with a buffer, RD New
 * @param impact the summed impact
 * @param title the Dutch title
 * @param explanation the Dutch explanation
 */
public record CollectiveOpportunity(
        OpportunityType type,
        int number,
        List<Member> members,
        Geometry geometry,
        Impact impact,
        String title,
        String explanation)
        implements Opportunity {

    public CollectiveOpportunity {
        if (type == null || !type.isCollective()) {
            throw new IllegalArgumentException("geen collectieve kanssoort: " + type);
        }
        if (number < 1 || geometry == null || impact == null || members == null || members.isEmpty()) {
            throw new IllegalArgumentException("collectieve kans " + type.dutch() + " is onvolledig");
        }
        if (title == null || title.isBlank() || explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("collectieve kans " + type.dutch() + " zonder uitleg");
        }
        members = List.copyOf(members);
    }

    @Override
    public String id() {
        return type.code() + ":" + number;
    }

    @Override
    public List<String> buildingIds() {
        return members.stream().map(Member::buildingId).toList();
    }

    @Override
    public List<CompanyRef> companies() {
        TreeMap<String, CompanyRef> byId = new TreeMap<>();
        for (Member m : members) {
            m.companies().forEach(c -> byId.putIfAbsent(c.companyId(), c));
        }
        return List.copyOf(byId.values());
    }
}
