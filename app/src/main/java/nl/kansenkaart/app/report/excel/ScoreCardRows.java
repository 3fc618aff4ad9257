package nl.kansenkaart.app.report.excel;

import static nl.kansenkaart.app.report.ReportTexts.format;
import static nl.kansenkaart.app.report.ReportTexts.text;

import java.util.List;
import nl.kansenkaart.app.report.ParkLookup;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.kansen.Koploper;
import nl.kansenkaart.core.kansen.OpportunityType;
import nl.kansenkaart.core.kansen.ParkScoreCard;
import org.apache.poi.ss.usermodel.Row;

/**
 * The park score card of the kansen on the summary sheet: counts, use against the solar potential
 * (the gap to energy-neutral 2035), savings and CO2, the buildings and companies per kind of
 * opportunity, the koplopers and the analysis' notes on missing data.
 */
final class ScoreCardRows {
    private final SummarySheet sheet;
    private final ParkLookup lookup;

    ScoreCardRows(SummarySheet sheet, ParkLookup lookup) {
        this.sheet = sheet;
        this.lookup = lookup;
    }

    void write(KansenReport report) {
        ParkScoreCard c = report.scoreCard();
        sheet.section("summary.kansen");
        sheet.number("summary.kansen.individual", report.individual().size());
        sheet.number("summary.kansen.collective", report.collective().size());
        sheet.number("summary.kansen.buildings", c.buildings());
        sheet.number("summary.kansen.companies", c.companies());
        sheet.number("summary.kansen.electricity", c.electricityUseMwh(), NumberFormat.MWH);
        sheet.number("summary.kansen.gas", c.gasUseM3(), NumberFormat.ENERGY);
        sheet.number("summary.kansen.totalUse", c.totalUseMwh(), NumberFormat.MWH);
        sheet.number("summary.kansen.solarYield", c.solarYieldMwh(), NumberFormat.MWH);
        sheet.number("summary.kansen.solarShare", c.solarShareOfUse(), NumberFormat.PERCENT);
        sheet.number("summary.kansen.gap", c.energyNeutralGapMwh(), NumberFormat.MWH);
        sheet.number("summary.kansen.peakPower", c.peakPowerKwp(), NumberFormat.KWP);
        sheet.number("summary.kansen.investment", c.investmentEur(), NumberFormat.EUR);
        sheet.number("summary.kansen.saving", c.savingMwh(), NumberFormat.MWH);
        sheet.number("summary.kansen.co2Emitted", c.co2EmittedTonPerYear(), NumberFormat.MWH);
        sheet.number("summary.kansen.co2Avoided", c.co2AvoidedTonPerYear(), NumberFormat.MWH);

        sheet.section("summary.kansen.perType");
        header("summary.kansen.type", "summary.kansen.typeBuildings", "summary.kansen.typeCompanies");
        for (OpportunityType t : OpportunityType.values()) {
            Row row = sheet.nextRow();
            sheet.textCell(row, 0, t.dutch());
            sheet.numberCell(row, 1, c.buildingsPerType().get(t), NumberFormat.ENERGY);
            sheet.numberCell(row, 2, c.companiesPerType().get(t), NumberFormat.ENERGY);
        }

        sheet.section("summary.koplopers");
        if (c.koplopers().isEmpty()) {
            sheet.line(text("summary.koplopers.none"));
        } else {
            header(
                    "summary.koploper.who",
                    "summary.koploper.pand",
                    "summary.koploper.energy",
                    "summary.koploper.kwp",
                    "summary.koploper.score",
                    "summary.koploper.kinds");
            c.koplopers().forEach(this::koploper);
        }

        if (!report.notes().isEmpty()) {
            sheet.section("summary.kansen.notes");
            report.notes().forEach(sheet::line);
        }
    }

    private void koploper(Koploper k) {
        Row row = sheet.nextRow();
        String where = lookup.addresses(k.buildingId());
        String companies = KansenSheets.companies(List.of(k.buildingId()), k.companies(), lookup);
        String who = k.rank() + ". " + (where.isEmpty() ? format("value.pand", k.buildingId()) : where)
                + (companies.isEmpty() ? "" : " (" + companies + ")");
        sheet.textCell(row, 0, TableSheet.fitCell(who));
        sheet.textCell(row, 1, k.buildingId());
        sheet.numberCell(row, 2, k.energyMwhPerYear(), NumberFormat.MWH);
        sheet.numberCell(row, 3, k.peakPowerKwp(), NumberFormat.KWP);
        sheet.numberCell(row, 4, k.bestScore(), NumberFormat.SCORE);
        sheet.textCell(
                row,
                5,
                String.join(", ", k.types().stream().map(OpportunityType::dutch).toList()));
    }

    private void header(String... keys) {
        Row row = sheet.nextRow();
        for (int i = 0; i < keys.length; i++) {
            sheet.cell(row, i, text(keys[i])).setCellStyle(sheet.styles().header());
        }
    }
}
