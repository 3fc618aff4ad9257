package nl.kansenkaart.app.report.excel;

/** How a column's cells are written: as text or as a number with an Excel number format. */
enum NumberFormat {
    /** Plain text, guarded against formula injection. */
    TEXT(null),
    /** Whole numbers: counts, house numbers, years. */
    WHOLE("0"),
    /** Areas in m2. */
    AREA_M2("0"),
    /** Peak power in kWp. */
    KWP("0.0"),
    /** Energy in kWh or m3 gas per year. */
    ENERGY("#,##0"),
    /** Energy in MWh or CO2 in ton per year, with one decimal (the kansen). */
    MWH("#,##0.0"),
    /** A priority score on a 0-100 scale. */
    SCORE("0"),
    /** Money in EUR. */
    EUR("#,##0"),
    /** Years with one decimal (payback). */
    YEARS("0.0"),
    /** A share 0..1 shown as a percentage. */
    PERCENT("0%"),
    /** A date. */
    DATE("yyyy-mm-dd");

    private final String excelFormat;

    NumberFormat(String excelFormat) {
        this.excelFormat = excelFormat;
    }

    /** The Excel format code, null for text. */
    String excelFormat() {
        return excelFormat;
    }

    /** A rough count of characters the value takes when shown, for column widths. */
    int displayLength(double value) {
        double abs = Math.abs(value);
        int digits = abs < 1 ? 1 : (int) Math.floor(Math.log10(abs)) + 1;
        return switch (this) {
                    case TEXT, WHOLE, AREA_M2, SCORE -> digits;
                    case MWH -> digits + (digits - 1) / 3 + 2;
                    case KWP, YEARS -> digits + 2;
                    case ENERGY, EUR -> digits + (digits - 1) / 3;
                    case PERCENT -> 4;
                    case DATE -> 10;
                }
                + (value < 0 ? 1 : 0);
    }
}
