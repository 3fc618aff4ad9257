package nl.kansenkaart.io.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.kansenkaart.io.store.ImportCounts;

/** Counts what an import did with the features of one layer, skips grouped by Dutch reason. */
final class Tally {
    private long read;
    private long imported;
    private long repaired;
    private final Map<String, Long> skipped = new LinkedHashMap<>();

    void read() {
        read++;
    }

    long readSoFar() {
        return read;
    }

    void imported(boolean wasRepaired) {
        imported++;
        if (wasRepaired) {
            repaired++;
        }
    }

    void skipped(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /** Moves an earlier import to a skip: a label replaced later by a newer registration. */
    void unImported(String reason) {
        imported--;
        skipped(reason);
    }

    ImportCounts counts() {
        long skips = skipped.values().stream().mapToLong(Long::longValue).sum();
        return new ImportCounts(read, imported, repaired, skips, skipped);
    }

    static ImportCounts sum(Iterable<ImportCounts> all) {
        long read = 0;
        long imported = 0;
        long repaired = 0;
        long skipped = 0;
        Map<String, Long> reasons = new LinkedHashMap<>();
        for (ImportCounts c : all) {
            read += c.read();
            imported += c.imported();
            repaired += c.repaired();
            skipped += c.skipped();
            c.skippedReasons().forEach((k, v) -> reasons.merge(k, v, Long::sum));
        }
        return new ImportCounts(read, imported, repaired, skipped, reasons);
    }
}
