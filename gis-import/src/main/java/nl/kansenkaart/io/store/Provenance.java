package nl.kansenkaart.io.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import nl.kansenkaart.io.SourceKind;

/**
 * Where a set of rows in the project came from: one imported source file and what the import did.
 *
 * @param sourceKey the source file name; it identifies the source, so importing a file of the same
 *     name again replaces that source's rows
 * @param kind what the source holds
 * @param format the file format as the consultant knows it ("GeoJSON", "GeoPackage", "Shapefile", "CSV")
 * @param sourceCrs the CRS the source was read in, e.g. "EPSG:4326"
 * @param importedAt when the import ran (kept to the millisecond)
 * @param counts what the import did with the records
 * @param notes the Dutch notes of the import report
 */
public record Provenance(
        String sourceKey,
        SourceKind kind,
        String format,
        String sourceCrs,
        Instant importedAt,
        ImportCounts counts,
        List<String> notes) {

    public Provenance {
        sourceKey = text(sourceKey, "bronsleutel");
        Objects.requireNonNull(kind, "soort bron ontbreekt");
        format = text(format, "bestandsformaat");
        sourceCrs = text(sourceCrs, "CRS van de bron");
        // The project file keeps milliseconds; truncating here makes a stored provenance equal its original.
        importedAt =
                Objects.requireNonNull(importedAt, "importmoment ontbreekt").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(counts, "importtellingen ontbreken");
        notes = List.copyOf(notes);
    }

    /** This provenance with the counts that became known at the end of the import. */
    public Provenance withCounts(ImportCounts finalCounts) {
        return new Provenance(sourceKey, kind, format, sourceCrs, importedAt, finalCounts, notes);
    }

    /** This provenance with more notes after its own (what the import found while reading). */
    public Provenance withMoreNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new Provenance(sourceKey, kind, format, sourceCrs, importedAt, counts, all);
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is leeg");
        }
        return value.strip();
    }
}
