package nl.kansenkaart.app.report.excel;

import nl.kansenkaart.app.report.ReportTexts;

/**
 * One column of a table sheet.
 *
 * @param header the Dutch header text
 * @param format how its cells are written
 */
record Column(String header, NumberFormat format) {
    Column {
        if (header == null || header.isBlank() || format == null) {
            throw new IllegalArgumentException("kolom zonder kop of notatie");
        }
    }

    /** A column whose header comes from the bundle key {@code col.<key>}. */
    static Column of(String key, NumberFormat format) {
        return new Column(ReportTexts.text("col." + key), format);
    }
}
