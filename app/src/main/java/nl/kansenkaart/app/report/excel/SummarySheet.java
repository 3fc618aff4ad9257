package nl.kansenkaart.app.report.excel;

import static nl.kansenkaart.app.report.ReportTexts.format;
import static nl.kansenkaart.app.report.ReportTexts.text;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.kansenkaart.app.report.BuildingAnalyses;
import nl.kansenkaart.app.report.DataSource;
import nl.kansenkaart.app.report.ParkLookup;
import nl.kansenkaart.app.report.WorkbookInput;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ParkSummary;
import nl.kansenkaart.core.solar.NotAssessed;
import nl.kansenkaart.core.solar.SolarOutcome;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.core.solar.SolarTotals;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The first sheet: the park, the date, the sources with their dates and counts, the totals, every
 * assumption used, the park score card of the kansen, what this workbook does not hold and, last,
 * the sources with their import notes. Labels in column A, values in B (and
 * the source table across A to G).
 */
final class SummarySheet {
    private final SXSSFSheet sheet;
    private final CellStyles styles;
    private int next;

    /** A new row below the last one. */
    Row nextRow() {
        return sheet.createRow(next++);
    }

    CellStyles styles() {
        return styles;
    }

    private SummarySheet(SXSSFSheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(SXSSFSheet sheet, CellStyles styles, WorkbookInput in, ParkLookup lookup) {
        new SummarySheet(sheet, styles).writeAll(in, lookup);
        sheet.setColumnWidth(0, 58 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        for (int c = 2; c <= 6; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        // Printed on landscape A4 one page wide: the source table and the koplopers reach column G
        // and the longest assumption lines run on past it (about 190 characters: some 75 %).
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private void writeAll(WorkbookInput in, ParkLookup lookup) {
        ParkSnapshot s = in.snapshot();
        Park park = s.park();
        Row title = sheet.createRow(next++);
        cell(title, 0, format("summary.heading", park.name())).setCellStyle(styles.heading());
        next++;
        textRow("summary.park", park.name());
        textRow("summary.parkId", park.id());
        textRow("summary.municipality", park.municipality());
        number("summary.grossHectares", park.grossHectares(), NumberFormat.KWP);
        number("summary.netHectares", park.netHectares(), NumberFormat.KWP);
        number("summary.contourHectares", OptionalDouble.of(park.contourHectares()), NumberFormat.KWP);
        date("summary.exportDate", in.exportDate());
        in.consultant().ifPresent(c -> textRow("summary.consultant", c));

        section("summary.contents");
        number("summary.buildings", s.buildings().size());
        number("summary.units", s.units().size());
        number("summary.roofParts", s.roofParts().size());
        number("summary.labels", s.labels().size());
        number("summary.companies", s.companies().size());
        number(
                "summary.companiesMatched",
                s.companies().stream().filter(c -> c.unitId().isPresent()).count());
        number("summary.gridAreas", s.gridAreas().size());

        sources(in.sources());
        solarTotals(in.solar());
        in.buildingAnalyses().ifPresentOrElse(this::buildingTotals, () -> {
            section("summary.labelTotals");
            line(text("summary.labels.absent"));
        });

        in.kansen().ifPresent(k -> new ScoreCardRows(this, lookup).write(k));

        section("summary.assumptions");
        describeLines(in.solar().assumptions().describe());
        in.buildingAnalyses().ifPresent(b -> describeLines(b.describeAssumptions()));
        in.kansen().ifPresent(k -> describeLines(k.assumptions().describe()));

        if (in.kansen().isEmpty()) {
            section("summary.missing");
            line(text("summary.missing.kansen"));
        }

        new SourceNotesRows(this).write(in.sources());
    }

    private void sources(List<DataSource> sources) {
        section("summary.sources");
        if (sources.isEmpty()) {
            line(text("summary.sources.none"));
            return;
        }
        Row header = sheet.createRow(next++);
        String[] keys = {"name", "kind", "format", "date", "read", "imported", "skipped"};
        for (int i = 0; i < keys.length; i++) {
            cell(header, i, text("summary.source." + keys[i])).setCellStyle(styles.header());
        }
        for (DataSource d : sources) {
            Row row = sheet.createRow(next++);
            textCell(row, 0, d.name());
            textCell(row, 1, d.kind());
            textCell(row, 2, d.format());
            Cell date = row.createCell(3);
            date.setCellValue(d.importedOn());
            date.setCellStyle(styles.number(NumberFormat.DATE));
            numberCell(row, 4, d.read(), NumberFormat.ENERGY);
            numberCell(row, 5, d.imported(), NumberFormat.ENERGY);
            numberCell(row, 6, d.skipped(), NumberFormat.ENERGY);
        }
    }

    private void solarTotals(SolarReport report) {
        SolarTotals t = report.totals();
        sheet.createRow(next++);
        Row row = sheet.createRow(next++);
        cell(row, 0, format("summary.solarTotals", report.assumptions().name())).setCellStyle(styles.bold());
        number("summary.solar.assessed", t.buildingsAssessed());
        number("summary.solar.notAssessed", t.buildingsNotAssessed());
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (SolarOutcome o : report.outcomes()) {
            if (o instanceof NotAssessed n) {
                reasons.merge(n.why(), 1, Integer::sum);
            }
        }
        reasons.forEach((why, count) -> countRow(format("summary.solar.notAssessedReason", why), count));
        number("summary.solar.usableArea", t.usableRoofAreaM2(), NumberFormat.AREA_M2);
        number("summary.solar.panels", t.panels());
        number("summary.solar.peakPower", t.peakPowerKwp(), NumberFormat.KWP);
        number("summary.solar.yield", t.yieldMwhPerYear() * 1000, NumberFormat.ENERGY);
        number("summary.solar.investment", t.investmentEur(), NumberFormat.EUR);
        number("summary.solar.savings", t.yearlySavingsEur(), NumberFormat.EUR);
        number("summary.solar.co2", t.co2AvoidedKgPerYear() / 1000, NumberFormat.KWP);
        number("summary.solar.gh1", t.gh1Roofs());
        number("summary.solar.share", report.shareOfParkElectricityUse(), NumberFormat.PERCENT);
        // The share is taken of an estimate; the row under it says which use and how it was estimated.
        if (report.parkElectricityUseMwhPerYear().isPresent()) {
            number(
                    "summary.solar.parkUse",
                    report.parkElectricityUseMwhPerYear().getAsDouble() * 1000,
                    NumberFormat.ENERGY);
            line(text("summary.solar.shareNote"));
        } else if (report.shareOfParkElectricityUse().isEmpty()) {
            line(text("summary.solar.shareUnknown"));
        }
    }

    private void buildingTotals(BuildingAnalyses analyses) {
        ParkSummary s = analyses.results().summary();
        section("summary.labelTotals");
        for (LabelOutcome.Kind kind : LabelOutcome.Kind.values()) {
            countRow(format("summary.label.kind", kind.dutch()), s.count(kind));
        }
        number("summary.label.nonCompliantM2", s.nonCompliantOfficeM2(), NumberFormat.AREA_M2);
        number("summary.label.noLabelM2", s.noLabelOfficeM2(), NumberFormat.AREA_M2);
        section("summary.obligationTotals");
        number("summary.obligation.saving", s.savingLikelyBuildings());
        number("summary.obligation.research", s.researchLikelyBuildings());
        number("summary.obligation.companies", s.likelyObligedCompanies());
        number("summary.obligation.matched", s.matchedCompanies());
        number("summary.grid.offtake", s.offtakeCongestedBuildings());
        number("summary.grid.feedIn", s.feedInCongestedBuildings());
        number("summary.grid.unknown", s.gridUnknownBuildings());
    }

    /** Each line in column A, or split at its first ": " into a label in A and a value in B. */
    private void describeLines(List<String> lines) {
        for (String line : lines) {
            Row row = sheet.createRow(next++);
            int colon = line.indexOf(": ");
            if (colon > 0 && colon < 90) {
                textCell(row, 0, line.substring(0, colon));
                textCell(row, 1, line.substring(colon + 2));
            } else {
                textCell(row, 0, line);
            }
        }
        next++;
    }

    void section(String key) {
        sheet.createRow(next++);
        Row row = sheet.createRow(next++);
        cell(row, 0, text(key)).setCellStyle(styles.bold());
    }

    void line(String value) {
        textCell(sheet.createRow(next++), 0, value);
    }

    private void textRow(String key, String value) {
        Row row = sheet.createRow(next++);
        textCell(row, 0, text(key));
        textCell(row, 1, value);
    }

    private void date(String key, LocalDate value) {
        Row row = sheet.createRow(next++);
        textCell(row, 0, text(key));
        Cell c = row.createCell(1);
        c.setCellValue(value);
        c.setCellStyle(styles.number(NumberFormat.DATE));
    }

    void number(String key, long value) {
        countRow(text(key), value);
    }

    /** A count with a label already in words. */
    void countRow(String label, long value) {
        Row row = sheet.createRow(next++);
        textCell(row, 0, label);
        numberCell(row, 1, value, NumberFormat.ENERGY);
    }

    void number(String key, double value, NumberFormat format) {
        Row row = sheet.createRow(next++);
        textCell(row, 0, text(key));
        numberCell(row, 1, value, format);
    }

    /** A row only when the value is known: an absent figure is left out rather than shown as 0. */
    void number(String key, OptionalDouble value, NumberFormat format) {
        if (value.isPresent()) {
            number(key, value.getAsDouble(), format);
        }
    }

    Cell cell(Row row, int column, String value) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        return c;
    }

    void textCell(Row row, int column, String value) {
        cell(row, column, value).setCellStyle(styles.text(value));
    }

    void numberCell(Row row, int column, double value, NumberFormat format) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(styles.number(format));
    }
}
