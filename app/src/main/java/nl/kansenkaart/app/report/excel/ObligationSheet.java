package nl.kansenkaart.app.report.excel;

import static nl.kansenkaart.app.report.excel.NumberFormat.AREA_M2;
import static nl.kansenkaart.app.report.excel.NumberFormat.ENERGY;
import static nl.kansenkaart.app.report.excel.NumberFormat.TEXT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.app.report.ParkLookup;
import nl.kansenkaart.app.report.ReportTexts;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.obligations.EnergyEstimate;
import nl.kansenkaart.core.obligations.ObligationLevel;
import nl.kansenkaart.core.obligations.ObligationResult;

/**
 * Estimated energy use per pand with the likely energiebesparingsplicht and onderzoeksplicht and the
 * basis of the estimate, likely obligations first; the grid position beside it.
 */
final class ObligationSheet {
    static final List<Column> COLUMNS = List.of(
            Column.of("pandId", TEXT),
            Column.of("addresses", TEXT),
            Column.of("company", TEXT),
            Column.of("totalArea", AREA_M2),
            Column.of("electricity", ENERGY),
            Column.of("gas", ENERGY),
            Column.of("useSource", TEXT),
            Column.of("savingObligation", TEXT),
            Column.of("researchObligation", TEXT),
            Column.of("grid", TEXT),
            Column.of("basis", TEXT));

    private static final List<ObligationLevel> URGENCY = List.of(
            ObligationLevel.RESEARCH_LIKELY,
            ObligationLevel.SAVING_LIKELY,
            ObligationLevel.NONE_LIKELY,
            ObligationLevel.UNKNOWN);

    private ObligationSheet() {}

    static void write(
            TableSheet table, List<ObligationResult> results, Map<String, GridPosition> grid, ParkLookup lookup) {
        List<ObligationResult> rows = new ArrayList<>(results);
        rows.sort(Comparator.comparingInt((ObligationResult r) -> URGENCY.indexOf(r.level()))
                .thenComparing(r -> -r.estimate().electricityKwh())
                .thenComparing(ObligationResult::buildingId));
        for (ObligationResult r : rows) {
            EnergyEstimate e = r.estimate();
            table.nextRow();
            table.text(0, r.buildingId());
            table.text(1, lookup.addresses(r.buildingId()));
            table.text(2, lookup.companyNames(r.buildingId()));
            table.number(3, e.totalAreaM2());
            table.number(4, e.electricityKwh());
            table.number(5, e.gasM3());
            table.text(6, source(e));
            table.text(7, likely(r.level(), r.level().isLikelyObliged()));
            table.text(8, likely(r.level(), r.level() == ObligationLevel.RESEARCH_LIKELY));
            GridPosition position = grid.get(r.buildingId());
            table.text(9, position == null ? "" : position.reason());
            table.text(10, r.reason());
        }
    }

    private static String source(EnergyEstimate e) {
        if (e.electricityMeasured() && e.gasMeasured()) {
            return ReportTexts.text("value.measured");
        }
        return ReportTexts.text(
                e.electricityMeasured() || e.gasMeasured() ? "value.partlyMeasured" : "value.estimated");
    }

    private static String likely(ObligationLevel level, boolean likely) {
        if (level == ObligationLevel.UNKNOWN) {
            return ReportTexts.text("value.unknown");
        }
        return ReportTexts.text(likely ? "value.likely" : "value.unlikely");
    }
}
