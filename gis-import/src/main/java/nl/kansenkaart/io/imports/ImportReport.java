package nl.kansenkaart.io.imports;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ImportCounts;

/**
 * What one import did, for the consultant and for tests.
 *
 * @param file the imported file
 * @param kinds what its layers held, main kind first (the kind of its provenance row)
 * @param format the file format ("GeoPackage", "CSV", ...)
 * @param sourceCrs the CRS of its (first) geometry layer, e.g. "EPSG:4326", or "geen geometrie"
 * @param crsAssumed whether that CRS was assumed from the coordinates rather than declared
 * @param counts the totals over all layers, as written to the provenance row
 * @param layers the counts per layer
 * @param companyMatches how companies matched addresses, when the file held companies
 * @param notes Dutch notes: assumptions made, placeholders used, merges, skipped layers
 * @param elapsedMillis wall-clock duration of the import
 */
public record ImportReport(
        Path file,
        List<SourceKind> kinds,
        String format,
        String sourceCrs,
        boolean crsAssumed,
        ImportCounts counts,
        List<LayerReport> layers,
        Optional<CompanyMatchCounts> companyMatches,
        List<String> notes,
        long elapsedMillis) {

    public ImportReport {
        kinds = List.copyOf(kinds);
        layers = List.copyOf(layers);
        notes = List.copyOf(notes);
    }

    /** The report as a consultant reads it, in Dutch, one fact per line. */
    public String toDutchText() {
        StringBuilder b = new StringBuilder();
        b.append("Import van ")
                .append(file.getFileName())
                .append(" (")
                .append(format)
                .append(", ")
                .append(sourceCrs)
                .append(crsAssumed ? ", aangenomen" : "")
                .append("): ")
                .append(kinds.stream().map(SourceKind::dutchName).collect(Collectors.joining(", ")))
                .append('\n');
        if (layers.size() > 1) {
            for (LayerReport l : layers) {
                b.append("  laag ")
                        .append(l.layer())
                        .append(" (")
                        .append(l.kind().dutchName())
                        .append("): ")
                        .append(countsText(l.counts()))
                        .append('\n');
            }
        }
        b.append(countsText(counts)).append('\n');
        companyMatches.ifPresent(m -> b.append("bedrijven: gekoppeld ")
                .append(number(m.matched()))
                .append(", meerdere kandidaten ")
                .append(number(m.ambiguous()))
                .append(", niet gekoppeld ")
                .append(number(m.unmatched()))
                .append('\n'));
        for (String note : notes) {
            b.append("- ").append(note).append('\n');
        }
        b.append(String.format(Locale.forLanguageTag("nl-NL"), "duur %.1f s", elapsedMillis / 1000.0));
        return b.toString();
    }

    /** "gelezen 1.234, geïmporteerd 1.230, gerepareerd 3, overgeslagen 4: lege geometrie 2, onbekende status 2". */
    static String countsText(ImportCounts c) {
        StringBuilder b = new StringBuilder();
        b.append("gelezen ").append(number(c.read()));
        b.append(", geïmporteerd ").append(number(c.imported()));
        if (c.repaired() > 0) {
            b.append(", gerepareerd ").append(number(c.repaired()));
        }
        b.append(", overgeslagen ").append(number(c.skipped()));
        if (!c.skippedReasons().isEmpty()) {
            b.append(": ");
            b.append(c.skippedReasons().entrySet().stream()
                    .map((Map.Entry<String, Long> e) -> e.getKey() + " " + number(e.getValue()))
                    .collect(Collectors.joining(", ")));
        }
        return b.toString();
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(n);
    }
}
