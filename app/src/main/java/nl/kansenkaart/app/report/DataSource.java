package nl.kansenkaart.app.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One imported source as the report's summary lists it: a plain copy of the store's provenance, so
 * reports do not depend on the project store.
 *
 * @param name the source file name
 * @param kind what it holds, in Dutch ("panden (BAG)")
 * @param format the file format ("GeoPackage", "CSV")
 * @param importedOn the day it was imported
 * @param read records read from the source
 * @param imported records written to the project
 * @param skipped records left out
 * @param repaired records written after their geometry or values were repaired
 * @param sourceCrs the CRS the source was read in ("EPSG:4326", "geen geometrie")
 * @param skippedReasons why records were left out: Dutch reason to count, in the import's order
 * @param notes the import's notes as stored with the source (CRS guessed, merges, duplicates, ...)
 */
public record DataSource(
        String name,
        String kind,
        String format,
        LocalDate importedOn,
        long read,
        long imported,
        long skipped,
        long repaired,
        String sourceCrs,
        Map<String, Long> skippedReasons,
        List<String> notes) {
    public DataSource {
        name = text(name, "bronnaam");
        kind = text(kind, "soort bron");
        format = text(format, "formaat");
        sourceCrs = text(sourceCrs, "CRS van bron " + name);
        if (importedOn == null) {
            throw new IllegalArgumentException("importdatum van bron " + name + " ontbreekt");
        }
        if (read < 0 || imported < 0 || skipped < 0 || repaired < 0) {
            throw new IllegalArgumentException("negatieve telling voor bron " + name + ": gelezen " + read
                    + ", geïmporteerd " + imported + ", overgeslagen " + skipped + ", hersteld " + repaired);
        }
        // Copied in order: the summary lists the reasons as the import met them.
        skippedReasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skippedReasons));
        notes = List.copyOf(notes);
    }

    /** A source known only by its counts: no repairs, reasons or notes. */
    public DataSource(
            String name, String kind, String format, LocalDate importedOn, long read, long imported, long skipped) {
        this(name, kind, format, importedOn, read, imported, skipped, 0, "onbekend", Map.of(), List.of());
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is leeg");
        }
        return value.strip();
    }
}
