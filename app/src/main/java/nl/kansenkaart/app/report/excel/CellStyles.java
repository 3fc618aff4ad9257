package nl.kansenkaart.app.report.excel;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import nl.kansenkaart.core.model.LabelClass;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The workbook's cell styles, each made once: Excel allows about 64,000 styles per file, so a style
 * per cell would break a large adressenlijst.
 */
final class CellStyles {
    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle heading;
    private final CellStyle bold;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final Map<NumberFormat, CellStyle> numbers = new EnumMap<>(NumberFormat.class);
    private final Map<LabelClass, CellStyle> labels = new EnumMap<>(LabelClass.class);

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        heading = workbook.createCellStyle();
        heading.setFont(big);
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        // Excel shows the text as typed and never evaluates it, also after the user edits the cell.
        quotedText.setQuotePrefixed(true);
        for (NumberFormat f : NumberFormat.values()) {
            if (f.excelFormat() != null) {
                CellStyle s = workbook.createCellStyle();
                s.setDataFormat(workbook.createDataFormat().getFormat(f.excelFormat()));
                numbers.put(f, s);
            }
        }
        for (LabelClass c : LabelClass.values()) {
            labels.put(c, labelStyle(c));
        }
    }

    private CellStyle labelStyle(LabelClass c) {
        XSSFCellStyle s = (XSSFCellStyle) workbook.createCellStyle();
        s.setFillForegroundColor(colour(c.colourHex()));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setAlignment(HorizontalAlignment.CENTER);
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setBold(true);
        // White reads better on the dark green and red ends of the scale, black on the yellows.
        boolean dark = c.compareTo(LabelClass.B) <= 0 || c == LabelClass.G;
        font.setColor(dark ? IndexedColors.WHITE.getIndex() : IndexedColors.BLACK.getIndex());
        s.setFont(font);
        return s;
    }

    /** An XSSF colour from "#rrggbb". */
    static XSSFColor colour(String hex) {
        return new XSSFColor(HexFormat.of().parseHex(hex.substring(1)), null);
    }

    CellStyle header() {
        return header;
    }

    CellStyle heading() {
        return heading;
    }

    CellStyle bold() {
        return bold;
    }

    /** Plain text, or quote-prefixed text when the value would otherwise read as a formula. */
    CellStyle text(String value) {
        return looksLikeFormula(value) ? quotedText : text;
    }

    CellStyle number(NumberFormat format) {
        CellStyle s = numbers.get(format);
        if (s == null) {
            throw new IllegalArgumentException("geen getalnotatie voor " + format);
        }
        return s;
    }

    CellStyle label(LabelClass labelClass) {
        return labels.get(labelClass);
    }

    /**
     * Whether a spreadsheet (or a CSV made from the sheet) could take the text for a formula: it
     * starts with = + - @ or a tab or carriage return (OWASP CSV injection).
     */
    static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
