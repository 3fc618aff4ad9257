package nl.kansenkaart.core.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;

/**
 * The office label-C obligation per pand (Bouwbesluit 2012 art. 5.11, now Bbl): the office share
 * from BAG, the latest valid EP-Online label per office VBO (or for the pand as a whole), and the
 * consultant's exemption flags. Pure: same snapshot and assumptions, same results, in building order.
 */
public final class OfficeLabelAnalysis {

    /**
     * Override keys on a pand (target BUILDING, value "ja") that exempt it, in the order they are
     * reported: the legal grounds of art. 5.11 a consultant can know and BAG cannot.
     */
    public static final List<String> EXEMPTION_FLAGS = List.of(
            "monument",
            "sloop",
            "onteigening",
            "transformatie",
            "tijdelijk_gebruik",
            "geen_binnenklimaat",
            "terugverdientijd_boven_10_jaar");

    private OfficeLabelAnalysis() {}

    /** Every building of the snapshot, in the snapshot's order. */
    public static List<LabelResult> analyse(ParkSnapshot snapshot, OfficeAssumptions assumptions) {
        return analyse(
                snapshot.buildings(),
                SnapshotIndex.of(snapshot, assumptions.referenceDate()),
                assumptions,
                Progress.NONE);
    }

    /** The given buildings against a prepared index (shared with the other analyses), in input order. */
    public static List<LabelResult> analyse(
            List<Building> buildings, SnapshotIndex index, OfficeAssumptions assumptions, Progress progress) {
        if (!index.referenceDate().equals(assumptions.referenceDate())) {
            throw new IllegalArgumentException("index is gemaakt voor peildatum " + index.referenceDate()
                    + ", de uitgangspunten noemen " + assumptions.referenceDate());
        }
        List<LabelResult> results = new ArrayList<>(buildings.size());
        for (int i = 0; i < buildings.size(); i++) {
            if ((i & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.report(i, buildings.size(), "labelplicht kantoren");
            }
            Building b = buildings.get(i);
            results.add(new LabelResult(b.id(), judge(b, index, assumptions)));
        }
        progress.report(buildings.size(), buildings.size(), "labelplicht kantoren");
        return results;
    }

    /** The verdict for one pand. */
    public static LabelOutcome judge(Building building, SnapshotIndex index, OfficeAssumptions a) {
        OfficeUse use = OfficeUse.of(building, index.units(building.id()), a.mixedUse(), a.sharedUnits());
        if (!building.status().isStanding()) {
            return new LabelOutcome.NotObliged(use, LabelOutcome.NotObligedWhy.NOT_STANDING, 0);
        }
        if (use.totalAreaM2() <= 0) {
            return new LabelOutcome.NotObliged(use, LabelOutcome.NotObligedWhy.NO_AREA, 0);
        }
        if (use.officeAreaM2() <= 0) {
            return new LabelOutcome.NotObliged(use, LabelOutcome.NotObligedWhy.NO_OFFICE, 0);
        }
        if (!a.meetsShare(use.officeAreaM2(), use.totalAreaM2())) {
            return new LabelOutcome.NotObliged(use, LabelOutcome.NotObligedWhy.SHARE_TOO_LOW, a.minOfficeShare());
        }
        if (!a.meetsArea(use.officeAreaM2())) {
            return new LabelOutcome.NotObliged(
                    use,
                    a.officeAreaInclusive()
                            ? LabelOutcome.NotObligedWhy.AREA_TOO_SMALL
                            : LabelOutcome.NotObligedWhy.AREA_NOT_ABOVE,
                    a.minOfficeAreaM2());
        }
        String flag = exemption(index.buildingFlags(building.id()));
        if (flag != null) {
            return new LabelOutcome.Exempt(use, flag);
        }
        if (!index.labelsLoaded()) {
            // Empty for the whole plan area: EP-Online was not imported, or holds nothing for this area
            // (a regional extract); "no label" would claim more than the data says.
            return new LabelOutcome.Unknown(
                    use, "geen energielabels in dit plangebied (EP-Online niet geïmporteerd of zonder labels hier)");
        }
        return judgeLabels(use, index, a);
    }

    private static LabelOutcome judgeLabels(OfficeUse use, SnapshotIndex index, OfficeAssumptions a) {
        EnergyLabel pandLabel = index.buildingLabel(use.buildingId()).orElse(null);
        List<String> labelled = new ArrayList<>();
        List<String> unlabelled = new ArrayList<>();
        EnergyLabel weakest = null;
        boolean weakestIsPandLabel = false;
        for (String unitId : use.officeUnitIds()) {
            // A VBO's own label is more specific than one for the whole pand, so it wins.
            EnergyLabel own = index.unitLabel(unitId).orElse(null);
            EnergyLabel label = own != null ? own : pandLabel;
            if (label == null) {
                unlabelled.add(unitId);
                continue;
            }
            labelled.add(unitId);
            if (weakest == null || weaker(label, weakest, a)) {
                weakest = label;
                weakestIsPandLabel = own == null;
            }
        }
        if (weakest == null) {
            return new LabelOutcome.NoLabel(use);
        }
        boolean complies = a.complies(weakest);
        if (!unlabelled.isEmpty()) {
            return new LabelOutcome.PartlyLabelled(use, labelled, unlabelled, weakest, complies);
        }
        if (complies) {
            return new LabelOutcome.Compliant(
                    use, weakest, weakest.registeredOn(), basis(weakest, a), weakestIsPandLabel);
        }
        return new LabelOutcome.NonCompliant(use, weakest, weakest.registeredOn(), weakestIsPandLabel);
    }

    /** A non-compliant label is weaker than a compliant one; then the worse class; then the older registration. */
    private static boolean weaker(EnergyLabel candidate, EnergyLabel current, OfficeAssumptions a) {
        boolean candidateOk = a.complies(candidate);
        boolean currentOk = a.complies(current);
        if (candidateOk != currentOk) {
            return !candidateOk;
        }
        int byClass = candidate.labelClass().compareTo(current.labelClass());
        if (byClass != 0) {
            return byClass > 0;
        }
        return candidate.registeredOn().isBefore(current.registeredOn());
    }

    private static LabelOutcome.ComplianceBasis basis(EnergyLabel label, OfficeAssumptions a) {
        if (label.labelClass().compareTo(a.worstCompliantClass()) <= 0) {
            return LabelOutcome.ComplianceBasis.LABEL_CLASS;
        }
        if (label.energyIndex().isPresent() && label.energyIndex().getAsDouble() <= a.maxEnergyIndex()) {
            return LabelOutcome.ComplianceBasis.ENERGY_INDEX;
        }
        return LabelOutcome.ComplianceBasis.PRIMARY_FOSSIL;
    }

    private static String exemption(Map<String, String> flags) {
        if (flags.isEmpty()) {
            return null;
        }
        for (String key : EXEMPTION_FLAGS) {
            String value = flags.get(key);
            if (value != null && isYes(value)) {
                return key;
            }
        }
        return null;
    }

    private static boolean isYes(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "j", "true", "1", "x", "yes" -> true;
            default -> false;
        };
    }
}
