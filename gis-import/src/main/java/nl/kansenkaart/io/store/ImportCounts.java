package nl.kansenkaart.io.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one import did with the records of its source.
 *
 * @param read records read from the source
 * @param imported records written to the project (repaired ones included)
 * @param repaired records whose geometry or values were repaired before writing
 * @param skipped records left out
 * @param skippedReasons why records were left out: Dutch reason text to count, in insertion order
 */
public record ImportCounts(long read, long imported, long repaired, long skipped, Map<String, Long> skippedReasons) {

    /** No records at all. */
    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, Map.of());

    public ImportCounts {
        if (read < 0 || imported < 0 || repaired < 0 || skipped < 0) {
            throw new IllegalArgumentException("negatieve telling in importverslag: gelezen " + read + ", geïmporteerd "
                    + imported + ", hersteld " + repaired + ", overgeslagen " + skipped);
        }
        if (repaired > imported) {
            throw new IllegalArgumentException(
                    "meer herstelde (" + repaired + ") dan geïmporteerde (" + imported + ") records");
        }
        Objects.requireNonNull(skippedReasons, "redenen van overslaan ontbreken");
        LinkedHashMap<String, Long> copy = new LinkedHashMap<>();
        long reasonTotal = 0;
        for (Map.Entry<String, Long> e : skippedReasons.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new IllegalArgumentException("lege reden van overslaan");
            }
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("ongeldige telling " + e.getValue() + " voor '" + e.getKey() + "'");
            }
            copy.put(e.getKey().strip(), e.getValue());
            reasonTotal += e.getValue();
        }
        if (reasonTotal > skipped) {
            throw new IllegalArgumentException(
                    "redenen tellen op tot " + reasonTotal + ", maar er zijn " + skipped + " records overgeslagen");
        }
        // Map.copyOf loses the order; the report lists the reasons as the import met them.
        skippedReasons = java.util.Collections.unmodifiableMap(copy);
    }

    /** Counts for an import that wrote everything it read. */
    public static ImportCounts allImported(long count) {
        return new ImportCounts(count, count, 0, 0, Map.of());
    }
}
