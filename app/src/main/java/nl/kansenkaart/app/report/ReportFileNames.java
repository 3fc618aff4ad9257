package nl.kansenkaart.app.report;

import java.time.LocalDate;

/** File names of the reports: readable, with the park and the date, and valid on Windows. */
public final class ReportFileNames {
    /** Windows forbids these in a file name, and control characters too. */
    private static final String FORBIDDEN = "[<>:\"/\\\\|?*\\x00-\\x1F]";

    /** Long names break on some Windows paths (260 characters in total); the park name gets this many. */
    private static final int MAX_PARK_NAME = 120;

    private ReportFileNames() {}

    /** "Kansenkaart De Vaart 2026-11-24.xlsx". */
    public static String workbook(String parkName, LocalDate date) {
        return "Kansenkaart " + safePart(parkName) + " " + date + ".xlsx";
    }

    /** The text with forbidden characters replaced by spaces, spaces collapsed, no trailing dots. */
    static String safePart(String text) {
        String cleaned = text.replaceAll(FORBIDDEN, " ").replaceAll("\\s+", " ").strip();
        if (cleaned.length() > MAX_PARK_NAME) {
            cleaned = cleaned.substring(0, MAX_PARK_NAME).strip();
        }
        // Windows drops trailing dots and spaces, which would make two names collide.
        cleaned = cleaned.replaceAll("[. ]+$", "");
        return cleaned.isEmpty() ? "park" : cleaned;
    }
}
