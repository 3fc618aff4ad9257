package nl.kansenkaart.app.report.excel;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.LabelClass;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet that is one table: a bold frozen header row with an autofilter, one row per record, and
 * column widths measured on the header and the first rows (SXSSF cannot autosize cheaply, as the
 * rows already written are gone).
 */
final class TableSheet {
    /** Rows measured for the column widths; later rows seldom change the picture. */
    static final int WIDTH_SAMPLE_ROWS = 500;

    static final int MAX_CELL_CHARS = 32_767;
    /** Characters of default-font width that print on landscape A4 at 50 %: twice the ~145 at 100 %. */
    static final int PRINT_WIDTH_CHARS = 290;

    private static final int MIN_WIDTH_CHARS = 6;
    private static final int MAX_WIDTH_CHARS = 80;

    private final SXSSFSheet sheet;
    private final CellStyles styles;
    private final List<Column> columns;
    private final int[] widths;
    private Row row;
    private int rowIndex;

    TableSheet(SXSSFSheet sheet, CellStyles styles, List<Column> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header());
            // Room for the autofilter's drop-down button beside the header text.
            widths[i] = columns.get(i).header().length() + 3;
        }
        sheet.createFreezePane(0, 1);
    }

    /** Starts the next data row. */
    void nextRow() {
        rowIndex++;
        row = sheet.createRow(rowIndex);
    }

    /** Text in the column; empty text leaves the cell blank, text beyond Excel's cell limit is cut. */
    void text(int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        value = fitCell(value);
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.text(value));
        measure(column, value.length());
    }

    /** A number in the column's format. */
    void number(int column, double value) {
        NumberFormat format = columns.get(column).format();
        if (format == NumberFormat.TEXT) {
            throw new IllegalArgumentException("kolom '" + columns.get(column).header() + "' is tekst, geen getal");
        }
        if (!Double.isFinite(value)) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number(format));
        measure(column, format.displayLength(value));
    }

    /** A number when present, else a blank cell. */
    void number(int column, OptionalDouble value) {
        if (value.isPresent()) {
            number(column, value.getAsDouble());
        }
    }

    /** A whole number when present, else a blank cell. */
    void number(int column, OptionalInt value) {
        if (value.isPresent()) {
            number(column, value.getAsInt());
        }
    }

    /** A date cell. */
    void date(int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number(NumberFormat.DATE));
        measure(column, 10);
    }

    /** A label class in its customary colour. */
    void label(int column, LabelClass labelClass) {
        Cell cell = row.createCell(column);
        cell.setCellValue(labelClass.code());
        cell.setCellStyle(styles.label(labelClass));
        measure(column, labelClass.code().length());
    }

    /** Excel holds at most 32,767 characters in a cell; POI refuses more, so a long list is cut with "...". */
    static String fitCell(String value) {
        return value.length() <= MAX_CELL_CHARS ? value : value.substring(0, MAX_CELL_CHARS - 3) + "...";
    }

    private void measure(int column, int length) {
        if (rowIndex <= WIDTH_SAMPLE_ROWS && length > widths[column]) {
            widths[column] = length;
        }
    }

    /** Whether a table of that total column width is scaled to one page wide when printed. */
    static boolean fitsOnePageWide(int totalChars) {
        return totalChars <= PRINT_WIDTH_CHARS;
    }

    /** Data rows written so far. */
    int dataRows() {
        return rowIndex;
    }

    /** Sets the widths, the autofilter over header and data, and the print layout. */
    void finish() {
        int totalChars = 0;
        for (int i = 0; i < widths.length; i++) {
            int chars = Math.max(MIN_WIDTH_CHARS, Math.min(MAX_WIDTH_CHARS, widths[i] + 1));
            sheet.setColumnWidth(i, chars * 256);
            totalChars += chars;
        }
        // Printed: landscape A4 with the header on every page. A table up to twice the page's width
        // is scaled to one page wide (50 % or more stays readable); a wider one keeps its size and
        // runs over pages, a row's pages one after the other (over, then down), rather than
        // shrinking to print nobody can read.
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        if (fitsOnePageWide(totalChars)) {
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
        } else {
            print.setLeftToRight(true);
        }
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex, 1), 0, columns.size() - 1));
    }
}
