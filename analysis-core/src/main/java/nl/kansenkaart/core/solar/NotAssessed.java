package nl.kansenkaart.core.solar;

/**
 * A building that gets no number, with the reason: it does not stand (demolished, not built) or
 * its footprint has no area.
 *
 * @param buildingId the BAG pand id
 * @param why the Dutch reason without the "niet meegenomen" prefix ("BAG-status Pand gesloopt")
 */
public record NotAssessed(String buildingId, String why) implements SolarOutcome {

    public NotAssessed {
        if (buildingId == null || buildingId.isBlank() || why == null || why.isBlank()) {
            throw new IllegalArgumentException("pand-id of reden ontbreekt");
        }
    }

    @Override
    public String reason() {
        return "niet meegenomen: " + why;
    }
}
