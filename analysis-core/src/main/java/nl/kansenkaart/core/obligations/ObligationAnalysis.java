package nl.kansenkaart.core.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.kansenkaart.core.labels.SnapshotIndex;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * Estimates each pand's yearly electricity and gas use from its active verblijfsobjecten (area x
 * intensity per gebruiksdoel; a unit with several purposes is split equally over them, since BAG
 * cannot split it) and judges the likely energiebesparingsplicht and onderzoeksplicht. A measured
 * value the consultant entered on the pand replaces the estimate for that carrier. Pure.
 */
public final class ObligationAnalysis {
    private static final UsePurpose[] PURPOSES = UsePurpose.values();

    private ObligationAnalysis() {}

    /** Every building of the snapshot, in the snapshot's order. */
    public static List<ObligationResult> analyse(ParkSnapshot snapshot, ObligationAssumptions assumptions) {
        // Labels play no part here; the index's reference date only matters for label lookups.
        SnapshotIndex index =
                SnapshotIndex.of(snapshot.units(), List.of(), snapshot.overrides(), java.time.LocalDate.of(2000, 1, 1));
        return analyse(snapshot.buildings(), index, assumptions, Progress.NONE);
    }

    /** The given buildings against a prepared index, in input order. */
    public static List<ObligationResult> analyse(
            List<Building> buildings, SnapshotIndex index, ObligationAssumptions assumptions, Progress progress) {
        List<ObligationResult> results = new ArrayList<>(buildings.size());
        for (int i = 0; i < buildings.size(); i++) {
            if ((i & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.report(i, buildings.size(), "energiegebruik en verplichtingen");
            }
            Building b = buildings.get(i);
            results.add(judge(b.id(), index.units(b.id()), index.buildingFlags(b.id()), assumptions));
        }
        progress.report(buildings.size(), buildings.size(), "energiegebruik en verplichtingen");
        return results;
    }

    /**
     * The estimate and likely obligation of one pand.
     *
     * @param units the units BAG ties to the pand (inactive ones are skipped)
     * @param flags the consultant's overrides on the pand, keys in lower case
     */
    /** The note on a pand without any verblijfsobject: its use, and so its obligation, is unknown. */
    public static final String NO_UNITS_NOTE =
            "geen verblijfsobjecten in dit pand: gebruik onbekend, controleer of een energiebesparingsplicht geldt";

    public static ObligationResult judge(
            String buildingId, List<Unit> units, Map<String, String> flags, ObligationAssumptions a) {
        double[] areaByPurpose = new double[PURPOSES.length];
        double kwh = 0;
        double m3 = 0;
        boolean anyArea = false;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (!u.status().isActive()) {
                continue;
            }
            double area = u.floorAreaM2()
                    * a.sharedUnits().factor(u.buildingIds().size())
                    / u.purposes().size();
            for (UsePurpose p : u.purposes()) {
                Intensity intensity = a.intensities().of(p);
                areaByPurpose[p.ordinal()] += area;
                kwh += area * intensity.electricityKwhPerM2();
                m3 += area * intensity.gasM3PerM2();
                anyArea = true;
            }
        }
        List<String> notes = flags.isEmpty() && !units.isEmpty() ? List.of() : new ArrayList<>(1);
        if (units.isEmpty()) {
            // No VBO at all: BAG records no use here, so "below the thresholds" would be a guess.
            notes.add(NO_UNITS_NOTE);
        }
        OptionalDouble measuredKwh = measured(flags, ObligationAssumptions.MEASURED_ELECTRICITY_KEY, notes);
        OptionalDouble measuredM3 = measured(flags, ObligationAssumptions.MEASURED_GAS_KEY, notes);
        List<PurposeArea> basis = basis(areaByPurpose);
        EnergyEstimate estimate = new EnergyEstimate(
                measuredKwh.orElse(kwh),
                measuredM3.orElse(m3),
                measuredKwh.isPresent(),
                measuredM3.isPresent(),
                basis,
                notes);
        ObligationLevel level;
        if (!anyArea && measuredKwh.isEmpty() && measuredM3.isEmpty()) {
            level = ObligationLevel.UNKNOWN;
        } else if (a.researchLikely(estimate.electricityKwh(), estimate.gasM3())) {
            level = ObligationLevel.RESEARCH_LIKELY;
        } else if (a.savingLikely(estimate.electricityKwh(), estimate.gasM3())) {
            level = ObligationLevel.SAVING_LIKELY;
        } else {
            level = ObligationLevel.NONE_LIKELY;
        }
        return new ObligationResult(buildingId, estimate, level, a);
    }

    /** The non-zero areas in purpose order, as an immutable list that the estimate need not copy again. */
    private static List<PurposeArea> basis(double[] areaByPurpose) {
        int n = 0;
        for (double a : areaByPurpose) {
            n += a > 0 ? 1 : 0;
        }
        if (n == 0) {
            return List.of();
        }
        PurposeArea[] out = new PurposeArea[n];
        int k = 0;
        for (UsePurpose p : PURPOSES) {
            if (areaByPurpose[p.ordinal()] > 0) {
                out[k++] = new PurposeArea(p, areaByPurpose[p.ordinal()]);
            }
        }
        return List.of(out);
    }

    private static OptionalDouble measured(Map<String, String> flags, String key, List<String> notes) {
        String text = flags.get(key);
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = DutchNumbers.parse(text.replaceAll("(?i)\\s*(kwh|m3)$", ""));
        if (value.isEmpty() || value.getAsDouble() < 0) {
            notes.add("ongeldige meetwaarde '" + text + "' voor " + key + " genegeerd, schatting gebruikt");
            return OptionalDouble.empty();
        }
        return value;
    }
}
