package nl.kansenkaart.app.report.excel;

import static nl.kansenkaart.app.report.ReportTexts.format;
import static nl.kansenkaart.app.report.ReportTexts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.app.report.DataSource;
import nl.kansenkaart.core.text.DutchNumbers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * The "Bronnen en importopmerkingen" block of the summary sheet: per imported source its file, kind,
 * format, CRS, import date and counts, why records were skipped and every note the import stored
 * (CRS guessed, repairs, duplicates merged, the area it was limited to), as {@code kansenkaart info}
 * shows them. Notes are broken over rows at word boundaries so the printed page (landscape, one page
 * wide, columns A to G) shows them whole in Excel and LibreOffice alike.
 */
final class SourceNotesRows {
    /** Characters of a note per row: about the width of columns A to G together. */
    static final int NOTE_WIDTH = 130;

    static final String BULLET = "\u2022 ";
    static final String CONTINUED = "   ";

    private final SummarySheet sheet;

    SourceNotesRows(SummarySheet sheet) {
        this.sheet = sheet;
    }

    void write(List<DataSource> sources) {
        sheet.section("summary.sourceNotes");
        if (sources.isEmpty()) {
            sheet.line(text("summary.sourceNotes.none"));
            return;
        }
        int number = 0;
        for (DataSource d : sources) {
            Row name = sheet.nextRow();
            // Numbered: the file name alone would repeat the first column of the source table above.
            sheet.cell(name, 0, format("summary.sourceNotes.source", ++number, d.name()))
                    .setCellStyle(sheet.styles().bold());
            label(
                    "summary.sourceNotes.kind",
                    format("summary.sourceNotes.kindValue", d.kind(), d.format(), crs(d.sourceCrs())));
            Row date = sheet.nextRow();
            sheet.textCell(date, 0, text("summary.sourceNotes.date"));
            Cell c = date.createCell(1);
            c.setCellValue(d.importedOn());
            c.setCellStyle(sheet.styles().number(NumberFormat.DATE));
            label(
                    "summary.sourceNotes.counts",
                    format(
                            "summary.sourceNotes.countsValue",
                            DutchNumbers.integer(d.read()),
                            DutchNumbers.integer(d.imported()),
                            DutchNumbers.integer(d.repaired()),
                            DutchNumbers.integer(d.skipped())));
            for (Map.Entry<String, Long> reason : d.skippedReasons().entrySet()) {
                sheet.countRow(format("summary.sourceNotes.skipped", reason.getKey()), reason.getValue());
            }
            sheet.line(text("summary.sourceNotes.notes")
                    + (d.notes().isEmpty() ? ": " + text("summary.sourceNotes.noNotes") : ""));
            for (String note : d.notes()) {
                List<String> lines = wrap(note, NOTE_WIDTH);
                for (int i = 0; i < lines.size(); i++) {
                    sheet.line((i == 0 ? BULLET : CONTINUED) + lines.get(i));
                }
            }
            sheet.nextRow(); // a blank row between sources
        }
    }

    /** "coördinaten in EPSG:28992"; a source without geometry says so as the store does ("geen geometrie"). */
    private static String crs(String sourceCrs) {
        return sourceCrs.startsWith("geen") ? sourceCrs : format("summary.sourceNotes.crs", sourceCrs);
    }

    private void label(String key, String value) {
        Row row = sheet.nextRow();
        sheet.textCell(row, 0, text(key));
        sheet.textCell(row, 1, value);
    }

    /**
     * The text in lines of at most {@code width} characters, broken at spaces; a word longer than
     * the width (a long path) is cut. Joining the lines with single spaces gives the text back when
     * it had single spaces.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                lines.add(rest.substring(0, width));
                rest = rest.substring(width).stripLeading();
            } else {
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1).stripLeading();
            }
        }
        lines.add(rest);
        return lines;
    }
}
