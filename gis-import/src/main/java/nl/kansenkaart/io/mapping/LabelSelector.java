package nl.kansenkaart.io.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.core.model.EnergyLabel;

/**
 * Keeps the latest valid registration per VBO (per pand for labels without a VBO id), which is the
 * label the label-C analysis needs. A label whose Meting_geldig_tot lies before the reference date
 * is skipped as "verlopen"; of the valid ones the latest Pand_registratiedatum wins (on a tie, the
 * later row), the others are skipped as "vervangen door nieuwere registratie".
 */
public final class LabelSelector {
    /** Skip reason of an expired label. */
    public static final String EXPIRED = "verlopen";
    /** Skip reason of a label replaced by a newer registration for the same object. */
    public static final String SUPERSEDED = "vervangen door nieuwere registratie";

    private final LocalDate referenceDate;
    private final Map<String, EnergyLabel> best = new LinkedHashMap<>();

    public LabelSelector(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    /**
     * Offers one label.
     *
     * @throws ValueProblem "verlopen" for an expired label, "vervangen door nieuwere registratie"
     *     when an earlier kept label loses to this one or this one loses to it
     */
    public void offer(EnergyLabel label) throws ValueProblem {
        if (label.validUntil().isBefore(referenceDate)) {
            throw new ValueProblem(EXPIRED, "geldig tot " + label.validUntil());
        }
        String key = label.unitId()
                .map(u -> "vbo:" + u)
                .orElseGet(() -> "pand:" + label.buildingId().orElseThrow());
        EnergyLabel kept = best.get(key);
        if (kept == null) {
            best.put(key, label);
            return;
        }
        if (label.registeredOn().isBefore(kept.registeredOn())) {
            throw new ValueProblem(SUPERSEDED, "registratie " + label.registeredOn());
        }
        best.put(key, label);
        throw new ValueProblem(SUPERSEDED, "registratie " + kept.registeredOn());
    }

    /** The labels kept, in the order their objects first appeared. */
    public List<EnergyLabel> labels() {
        return new ArrayList<>(best.values());
    }
}
