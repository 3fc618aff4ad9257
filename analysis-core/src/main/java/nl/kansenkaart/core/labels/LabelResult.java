package nl.kansenkaart.core.labels;

/**
 * The label-C result of one pand, as stored in the project and shown on the map.
 *
 * @param buildingId the pand (16 digits)
 * @param outcome the verdict with the office use it rests on
 */
public record LabelResult(String buildingId, LabelOutcome outcome) {

    public LabelResult {
        if (buildingId == null || outcome == null) {
            throw new IllegalArgumentException("labelresultaat zonder pand of uitkomst");
        }
    }

    /** The verdict's kind. */
    public LabelOutcome.Kind kind() {
        return outcome.kind();
    }

    /** The reason line. */
    public String reason() {
        return outcome.reason();
    }
}
