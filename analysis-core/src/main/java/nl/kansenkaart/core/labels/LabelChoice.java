package nl.kansenkaart.core.labels;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import nl.kansenkaart.core.model.EnergyLabel;

/**
 * Chooses the label that counts when EP-Online holds several for one VBO or pand: the latest
 * registration that is valid on the reference date. Ties (same registration day) go to the label
 * valid longest, then to the better class, so the choice never depends on input order.
 */
public final class LabelChoice {
    private LabelChoice() {}

    /** Orders labels from least to most preferred among valid ones. */
    public static final Comparator<EnergyLabel> PREFERENCE = Comparator.comparing(EnergyLabel::registeredOn)
            .thenComparing(EnergyLabel::validUntil)
            .thenComparing(EnergyLabel::labelClass, Comparator.reverseOrder())
            .thenComparing(l -> -l.energyIndex().orElse(Double.MAX_VALUE))
            .thenComparing(l -> -l.primaryFossilKwhPerM2().orElse(Double.MAX_VALUE));

    /** The preferred one of two labels, either of which may be null; invalid ones on the day never win. */
    public static EnergyLabel better(EnergyLabel current, EnergyLabel candidate, LocalDate day) {
        if (candidate == null || !candidate.isValidOn(day)) {
            return current;
        }
        if (current == null || PREFERENCE.compare(candidate, current) > 0) {
            return candidate;
        }
        return current;
    }

    /** The label that counts on the day among the given ones. */
    public static Optional<EnergyLabel> latestValid(Iterable<EnergyLabel> labels, LocalDate day) {
        EnergyLabel best = null;
        for (EnergyLabel l : labels) {
            best = better(best, l, day);
        }
        return Optional.ofNullable(best);
    }
}
