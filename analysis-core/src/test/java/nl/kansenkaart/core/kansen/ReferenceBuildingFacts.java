package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.obligations.ObligationLevel;
import nl.kansenkaart.core.obligations.ObligationResult;
import nl.kansenkaart.core.solar.SolarPotential;

/**
 * Frozen copy of the code before the session-4 speed-up (commit 534a4c7): the reference that
 * {@code KansenEquivalenceTest} compares the current code against. Do not change.
 *
 * Everything the rules need about one building, joined by pand id from the snapshot and the four
 * analyses; each part is empty when that analysis had nothing for the building.
 */
record ReferenceBuildingFacts(
        Building building,
        List<CompanyRef> companies,
        Optional<SolarPotential> solar,
        Optional<LabelResult> label,
        Optional<ObligationResult> use,
        Optional<GridPosition> grid) {

    String id() {
        return building.id();
    }

    /** Peak power of the solar potential, 0 when there is none or panels are already there. */
    double newSolarKwp() {
        return solar.filter(p -> !p.flags().existingPv().orElse(false))
                .map(SolarPotential::peakPowerKwp)
                .orElse(0.0);
    }

    double electricityKwh() {
        return use.map(u -> u.estimate().electricityKwh()).orElse(0.0);
    }

    double gasM3() {
        return use.map(u -> u.estimate().gasM3()).orElse(0.0);
    }

    /** Electricity plus gas as kWh-equivalent per year. */
    double useKwhEquivalent(KansenAssumptions a) {
        return electricityKwh() + gasM3() * a.saving().gasKwhPerM3();
    }

    boolean likelyObliged() {
        return use.map(u -> u.level().isLikelyObliged()).orElse(false);
    }

    /** Whether the energy-saving obligation could not be judged (no VBO, no floor area, no measured use). */
    boolean obligationUnknown() {
        return use.map(u -> u.level() == ObligationLevel.UNKNOWN).orElse(true);
    }

    /** Feed-in status: the grid analysis first, else what the solar analysis found, else unknown. */
    CapacityStatus feedIn() {
        return grid.map(GridPosition::feedIn)
                .filter(s -> s != CapacityStatus.UNKNOWN)
                .or(() -> solar.flatMap(p -> p.flags().feedInStatus()))
                .orElse(CapacityStatus.UNKNOWN);
    }

    CapacityStatus offtake() {
        return grid.map(GridPosition::offtake).orElse(CapacityStatus.UNKNOWN);
    }

    /** The grid area the building lies in, for grouping a hub within one area ("" when unknown). */
    String gridAreaKey() {
        return grid.flatMap(GridPosition::areaId).orElse("");
    }

    String gridAreaName() {
        return grid.flatMap(GridPosition::areaName)
                .or(() -> grid.flatMap(GridPosition::areaId))
                .orElse("onbekend");
    }
}
