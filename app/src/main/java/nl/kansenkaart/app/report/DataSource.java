package nl.kansenkaart.app.report;

import java.time.LocalDate;

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
 */
public record DataSource(
        String name, String kind, String format, LocalDate importedOn, long read, long imported, long skipped) {
    public DataSource {
        name = text(name, "bronnaam");
        kind = text(kind, "soort bron");
        format = text(format, "formaat");
        if (importedOn == null) {
            throw new IllegalArgumentException("importdatum van bron " + name + " ontbreekt");
        }
        if (read < 0 || imported < 0 || skipped < 0) {
            throw new IllegalArgumentException("negatieve telling voor bron " + name + ": gelezen " + read
                    + ", geïmporteerd " + imported + ", overgeslagen " + skipped);
        }
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is leeg");
        }
        return value.strip();
    }
}
