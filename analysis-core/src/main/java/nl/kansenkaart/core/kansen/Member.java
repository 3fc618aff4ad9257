package nl.kansenkaart.core.kansen;

import java.util.List;

/**
 * One building in a collective opportunity, with the numbers that made it a member.
 *
 * @param buildingId the pand (16 digits)
 * @param role its part
 * @param companies companies matched to it, sorted by id
 * @param peakPowerKwp its solar potential in kWp (0 when none)
 * @param electricityKwh its estimated yearly electricity use in kWh
 * @param gasM3 its estimated yearly gas use in m3
 */
public record Member(
        String buildingId,
        MemberRole role,
        List<CompanyRef> companies,
        double peakPowerKwp,
        double electricityKwh,
        double gasM3) {

    public Member {
        if (buildingId == null || role == null) {
            throw new IllegalArgumentException("lid van een collectieve kans zonder pand of rol");
        }
        companies = List.copyOf(companies);
    }
}
