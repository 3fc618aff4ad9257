package nl.kansenkaart.app.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.model.BagIds;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;
import nl.kansenkaart.core.model.ParkSnapshot;

/**
 * The consultant's matches between a company (KvK row) and a verblijfsobject: kept as an override
 * (target COMPANY, key {@value #UNIT_KEY}, value the VBO id or empty for "not matched"), so a
 * re-import of the KvK list or the BAG never loses them, and applied before every analysis.
 */
public final class CompanyMatches {
    /** The override key (target COMPANY) holding the VBO a consultant matched the company to; empty unlinks. */
    public static final String UNIT_KEY = "verblijfsobject";

    private CompanyMatches() {}

    /** The edit that matches a company to a verblijfsobject. */
    public static Override link(String companyId, String unitId) {
        return new Override(OverrideTarget.COMPANY, companyId, UNIT_KEY, BagIds.unitId(unitId));
    }

    /** The edit that leaves a company without a verblijfsobject, whatever the import matched. */
    public static Override unlink(String companyId) {
        return new Override(OverrideTarget.COMPANY, companyId, UNIT_KEY, "");
    }

    /**
     * The snapshot with the consultant's matches applied to its companies (the imported match
     * otherwise). An override with an id that is no VBO id is ignored rather than failing the run:
     * the store accepts any text and a hand-edited project must still open.
     */
    public static ParkSnapshot apply(ParkSnapshot s) {
        Map<String, Optional<String>> byCompany = new HashMap<>();
        for (Override o : s.overrides()) {
            if (o.target() == OverrideTarget.COMPANY && o.key().strip().equalsIgnoreCase(UNIT_KEY)) {
                unitOf(o.value()).ifPresent(unit -> byCompany.put(o.targetId().strip(), unit));
            }
        }
        if (byCompany.isEmpty()) {
            return s;
        }
        List<Company> companies = new ArrayList<>(s.companies().size());
        for (Company c : s.companies()) {
            Optional<String> unit = byCompany.get(c.id());
            companies.add(unit == null ? c : withUnit(c, unit));
        }
        return s.withCompanies(companies);
    }

    /** Empty for "not valid", else the unit (itself empty for an unlink). */
    private static Optional<Optional<String>> unitOf(String value) {
        if (value.isBlank()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(BagIds.unitId(value.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Company withUnit(Company c, Optional<String> unit) {
        return unit.isPresent()
                ? c.matchedTo(unit.get())
                : new Company(c.id(), c.name(), c.kvkNumber(), c.sbiCode(), c.address(), Optional.empty());
    }
}
