package nl.kansenkaart.app.report.excel;

import static nl.kansenkaart.app.report.excel.NumberFormat.AREA_M2;
import static nl.kansenkaart.app.report.excel.NumberFormat.PERCENT;
import static nl.kansenkaart.app.report.excel.NumberFormat.TEXT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.app.report.ParkLookup;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.labels.OfficeUse;
import nl.kansenkaart.core.model.EnergyLabel;

/**
 * The label-C challenge (pilot Noordenveld): every pand with office use, the obliged ones without
 * a good label first, with office area, share, the deciding label, the verdict and its reason.
 */
final class LabelSheet {
    static final List<Column> COLUMNS = List.of(
            Column.of("pandId", TEXT),
            Column.of("addresses", TEXT),
            Column.of("company", TEXT),
            Column.of("officeArea", AREA_M2),
            Column.of("totalArea", AREA_M2),
            Column.of("officeShare", PERCENT),
            Column.of("energyLabel", TEXT),
            Column.of("status", TEXT),
            Column.of("explanation", TEXT));

    /** The order a consultant works through: obliged and lacking first, settled cases last. */
    private static final List<LabelOutcome.Kind> URGENCY = List.of(
            LabelOutcome.Kind.NO_LABEL,
            LabelOutcome.Kind.NON_COMPLIANT,
            LabelOutcome.Kind.PARTLY_LABELLED,
            LabelOutcome.Kind.UNKNOWN,
            LabelOutcome.Kind.EXEMPT,
            LabelOutcome.Kind.COMPLIANT,
            LabelOutcome.Kind.NOT_OBLIGED);

    private LabelSheet() {}

    /** Whether the pand has any office use, so it belongs on this sheet. */
    static boolean isOfficeBuilding(LabelResult r) {
        // A pand whose only office lies in mixed-use VBOs is listed too: its reason asks for a check.
        return r.outcome().use().officeAreaM2() > 0 || r.outcome().use().mixedUseOfficeUnits() > 0;
    }

    static void write(TableSheet table, List<LabelResult> results, ParkLookup lookup) {
        List<LabelResult> rows = new ArrayList<>();
        for (LabelResult r : results) {
            if (isOfficeBuilding(r)) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparingInt((LabelResult r) -> URGENCY.indexOf(r.kind()))
                .thenComparing(r -> -r.outcome().use().officeAreaM2())
                .thenComparing(LabelResult::buildingId));
        for (LabelResult r : rows) {
            OfficeUse use = r.outcome().use();
            table.nextRow();
            table.text(0, r.buildingId());
            table.text(1, lookup.addresses(r.buildingId()));
            table.text(2, lookup.companyNames(r.buildingId()));
            table.number(3, use.officeAreaM2());
            table.number(4, use.totalAreaM2());
            table.number(5, use.share());
            decidingLabel(r.outcome()).ifPresent(l -> table.label(6, l.labelClass()));
            table.text(7, r.kind().dutch());
            table.text(8, r.reason());
        }
    }

    /** The label the verdict rests on, when there is one. */
    static Optional<EnergyLabel> decidingLabel(LabelOutcome outcome) {
        if (outcome instanceof LabelOutcome.Compliant c) {
            return Optional.of(c.label());
        }
        if (outcome instanceof LabelOutcome.NonCompliant n) {
            return Optional.of(n.label());
        }
        if (outcome instanceof LabelOutcome.PartlyLabelled p) {
            return Optional.of(p.weakest());
        }
        return Optional.empty();
    }
}
