package nl.kansenkaart.core.labels;

import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * What BAG says about the office use of one pand, computed from its active verblijfsobjecten under
 * the given unit rules. Areas in m2 gebruiksoppervlakte; may be fractional when a unit is split.
 *
 * @param buildingId the pand (16 digits)
 * @param status its BAG status
 * @param officeAreaM2 the area counted as kantoorfunctie
 * @param totalAreaM2 the area of all active units
 * @param activeUnits how many active units the pand has
 * @param mixedUseOfficeUnits units with kantoorfunctie and another gebruiksdoel (the rule decides how they count)
 * @param mixedUseAreaM2 the area of those units in this pand, whatever the rule counted of it
 * @param sharedUnits active units that also lie in another pand
 * @param officeUnitIds the units that count (partly) as office, in input order
 * @param mixedUse the rule applied to mixed units
 * @param sharedRule the rule applied to shared units
 */
public record OfficeUse(
        String buildingId,
        BuildingStatus status,
        double officeAreaM2,
        double totalAreaM2,
        int activeUnits,
        int mixedUseOfficeUnits,
        double mixedUseAreaM2,
        int sharedUnits,
        List<String> officeUnitIds,
        MixedUseRule mixedUse,
        SharedUnitRule sharedRule) {

    public OfficeUse {
        officeUnitIds = List.copyOf(officeUnitIds);
    }

    /** Sums the pand's active units; inactive ones (not built, withdrawn) do not count. */
    public static OfficeUse of(Building building, List<Unit> units, MixedUseRule mixedUse, SharedUnitRule sharedRule) {
        double office = 0;
        double total = 0;
        int active = 0;
        int mixed = 0;
        double mixedArea = 0;
        int shared = 0;
        // Most panden have no office unit: allocate the list only when one shows up.
        List<String> officeIds = null;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (!u.status().isActive()) {
                continue;
            }
            active++;
            int panden = u.buildingIds().size();
            if (panden > 1) {
                shared++;
            }
            double area = u.floorAreaM2() * sharedRule.factor(panden);
            total += area;
            boolean hasOffice = u.purposes().contains(nl.kansenkaart.core.model.UsePurpose.OFFICE);
            if (hasOffice && u.purposes().size() > 1) {
                mixed++;
                mixedArea += area;
            }
            double fraction = mixedUse.officeFraction(u.purposes());
            if (fraction > 0) {
                office += area * fraction;
                if (officeIds == null) {
                    officeIds = new ArrayList<>(2);
                }
                officeIds.add(u.id());
            }
        }
        return new OfficeUse(
                building.id(),
                building.status(),
                office,
                total,
                active,
                mixed,
                mixedArea,
                shared,
                officeIds == null ? List.of() : officeIds,
                mixedUse,
                sharedRule);
    }

    /** The office share, 0..1; 0 when the pand has no area. */
    public double share() {
        return totalAreaM2 > 0 ? officeAreaM2 / totalAreaM2 : 0;
    }

    /** "kantoor 62 % van 1.240 m2". */
    public String summary() {
        if (totalAreaM2 <= 0) {
            return "geen gebruiksoppervlakte";
        }
        return "kantoor " + DutchNumbers.percentFloor(share()) + " van " + DutchNumbers.rounded(totalAreaM2) + " m2";
    }

    /** The assumptions that shaped the numbers, as "; ..." clauses, empty when none applied. */
    public String notes() {
        StringBuilder out = new StringBuilder();
        if (mixedUseOfficeUnits > 0) {
            out.append("; ")
                    .append(mixedUseOfficeUnits)
                    .append(mixedUseOfficeUnits == 1 ? " vbo" : " vbo's")
                    .append(" met kantoor en andere functie (")
                    .append(DutchNumbers.rounded(mixedUseAreaM2))
                    .append(" m2, niet te splitsen): ")
                    .append(
                            switch (mixedUse) {
                                case OFFICE_WHEN_LISTED -> "volledig als kantoor geteld, behalve met woonfunctie";
                                case SPLIT_EQUALLY -> "oppervlak gelijk verdeeld over de gebruiksdoelen";
                                case OFFICE_ONLY_WHEN_SOLE -> "niet als kantoor geteld (aanname), controleer"
                                        + " of kantoor de hoofdfunctie is";
                            });
        }
        if (sharedUnits > 0) {
            out.append("; ")
                    .append(sharedUnits)
                    .append(sharedUnits == 1 ? " vbo ligt" : " vbo's liggen")
                    .append(" ook in een ander pand: ")
                    .append(
                            sharedRule == SharedUnitRule.SPLIT_EQUALLY
                                    ? "oppervlak gelijk verdeeld over de panden"
                                    : "volledig oppervlak in elk pand geteld");
        }
        return out.toString();
    }
}
