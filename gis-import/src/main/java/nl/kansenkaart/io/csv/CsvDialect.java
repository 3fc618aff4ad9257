package nl.kansenkaart.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The delimiter and the header position of a CSV text, found from its first records: the delimiter
 * that splits most records into the same number (at least two) of fields, and as header the first
 * record with that many fields and the most non-empty ones, so preamble lines (EP-Online exports
 * start with some) are skipped.
 *
 * @param delimiter ';', ',' or tab
 * @param headerIndex the 0-based record index of the header
 * @param fieldCount the number of fields of the header
 */
record CsvDialect(char delimiter, int headerIndex, int fieldCount) {

    private static final char[] CANDIDATES = {';', ',', '\t'};
    private static final int SAMPLE_RECORDS = 60;

    interface ReaderSource {
        Reader open() throws IOException;
    }

    static CsvDialect detect(ReaderSource source) throws IOException {
        CsvDialect best = null;
        int bestScore = -1;
        for (char d : CANDIDATES) {
            List<List<String>> sample = sample(source, d);
            Map<Integer, Integer> counts = new HashMap<>();
            for (List<String> r : sample) {
                if (r.size() > 1) {
                    counts.merge(r.size(), 1, Integer::sum);
                }
            }
            // The most frequent field count; on a tie the larger one (preamble lines are short).
            int modal = counts.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .orElse(1);
            int score = counts.getOrDefault(modal, 0);
            if (score > bestScore || (score == bestScore && best != null && modal > best.fieldCount)) {
                bestScore = score;
                best = new CsvDialect(d, headerIndex(sample, modal), modal);
            }
        }
        return best;
    }

    private static int headerIndex(List<List<String>> sample, int modal) {
        int maxFilled = 0;
        for (List<String> r : sample) {
            if (r.size() == modal) {
                maxFilled = Math.max(maxFilled, filled(r));
            }
        }
        for (int i = 0; i < sample.size(); i++) {
            List<String> r = sample.get(i);
            if (r.size() == modal && filled(r) == maxFilled) {
                return i;
            }
        }
        return 0;
    }

    private static int filled(List<String> record) {
        int n = 0;
        for (String f : record) {
            if (!f.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static List<List<String>> sample(ReaderSource source, char delimiter) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(source.open(), delimiter)) {
            List<String> r;
            while (records.size() < SAMPLE_RECORDS && (r = reader.next()) != null) {
                records.add(r);
            }
        } catch (CsvRecordReader.CsvFormatException unbalancedQuotes) {
            // this delimiter's sample ends here; the records so far still count
        }
        return records;
    }
}
