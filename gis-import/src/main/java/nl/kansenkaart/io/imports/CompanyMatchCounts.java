package nl.kansenkaart.io.imports;

/**
 * How the companies of an import matched the project's addresses.
 *
 * @param matched matched to exactly one verblijfsobject
 * @param ambiguous several verblijfsobjecten could be meant: left for the consultant
 * @param unmatched no verblijfsobject with that address (or no usable address): stored without one
 */
public record CompanyMatchCounts(long matched, long ambiguous, long unmatched) {
    public CompanyMatchCounts {
        if (matched < 0 || ambiguous < 0 || unmatched < 0) {
            throw new IllegalArgumentException("negatieve koppeltelling");
        }
    }
}
