package nl.kansenkaart.core.kansen;

/**
 * A company involved in an opportunity: matched through its verblijfsobject to the building.
 *
 * @param companyId the company's id in the project
 * @param name the trade name
 */
public record CompanyRef(String companyId, String name) {

    public CompanyRef {
        if (companyId == null || companyId.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("bedrijf zonder id of naam");
        }
    }
}
