package nl.kansenkaart.io.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.io.source.SourceFeature;

/**
 * Maps EP-Online rows: the open export (Pand_* columns, dates yyyyMMdd / yyyy-MM-dd / dd-MM-yyyy,
 * decimal comma, gebouwklasse U/W) and per-VBO joined tables (verblijfsobjectID or identifica,
 * energieklasse with "unknown"/"no" for no label, no dates, no gebouwklasse).
 *
 * <p>A joined table has no registration date and no validity: such a label is stored as registered
 * on the reference date and valid for {@link #ASSUMED_VALIDITY_YEARS} years (the legal validity of
 * an energy label), and the report says so. Its gebouwklasse follows from its gebruiksdoel
 * (woonfunctie only: W, else U), also reported.
 */
public final class LabelMapper {
    /** An energy label is valid for ten years. */
    public static final int ASSUMED_VALIDITY_YEARS = 10;

    private final LocalDate referenceDate;
    private long datesAssumed;
    private long classFromPurpose;
    private long noValueIndex;

    /** Databases that joined EP-Online to the BAG write -9999 or -99999 for "no value". */
    static final double NO_VALUE = -9999;

    /**
     * @param referenceDate the day the import judges validity on, and the assumed registration day
     *     of labels without dates
     */
    public LabelMapper(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    /** The label of one row, or a problem that skips it ("geen label" for an empty class). */
    public EnergyLabel map(SourceFeature feature) throws ValueProblem {
        FeatureFields f = FeatureFields.of(feature);
        String classText = f.text("Pand_energieklasse", "energieklasse").orElse("");
        String lower = classText.toLowerCase(Locale.ROOT);
        if (classText.isEmpty() || lower.equals("unknown") || lower.equals("no") || lower.equals("geen")) {
            throw new ValueProblem("geen label");
        }
        LabelClass labelClass = LabelClass.fromCode(classText)
                .orElseThrow(() -> new ValueProblem("onbekende energieklasse", "'" + classText + "'"));
        Optional<String> unitId = optionalId(f, true, "Pand_bagverblijfsobjectid", "verblijfsobjectID", "identifica");
        Optional<String> pandId = optionalId(f, false, "Pand_bagpandid", "pandidenti");
        if (unitId.isEmpty() && pandId.isEmpty()) {
            throw new ValueProblem("geen BAG-id");
        }
        Optional<LocalDate> registered = f.date("Pand_registratiedatum", "registratiedatum");
        Optional<LocalDate> validUntil = f.date("Meting_geldig_tot", "geldig_tot");
        LocalDate reg;
        LocalDate until;
        boolean assumedDates = false;
        if (registered.isEmpty() && validUntil.isEmpty() && !f.has("Pand_registratiedatum", "Meting_geldig_tot")) {
            reg = referenceDate;
            until = referenceDate.plusYears(ASSUMED_VALIDITY_YEARS);
            assumedDates = true;
        } else {
            reg = registered.orElseThrow(() -> new ValueProblem("geen registratiedatum"));
            until = validUntil.orElseThrow(() -> new ValueProblem("geen geldigheidsdatum"));
        }
        boolean utility = utility(f);
        OptionalDouble index = f.number("Pand_energieindex", "energie_index");
        if (index.isPresent() && index.getAsDouble() <= NO_VALUE) {
            index = OptionalDouble.empty();
            noValueIndex++;
        }
        OptionalDouble fossil = f.number("Pand_primaire_fossiele_energie", "primaire_fossiele_energie");
        EnergyLabel label;
        try {
            label = new EnergyLabel(labelClass, index, fossil, reg, until, unitId, pandId, utility);
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldig label", e.getMessage());
        }
        if (assumedDates) {
            datesAssumed++;
        }
        if (!f.value("Pand_gebouwklasse", "gebouwklasse").isPresent()) {
            classFromPurpose++;
        }
        return label;
    }

    private boolean utility(FeatureFields f) throws ValueProblem {
        Optional<String> klasse = f.text("Pand_gebouwklasse", "gebouwklasse");
        if (klasse.isPresent()) {
            return switch (klasse.get().toUpperCase(Locale.ROOT)) {
                case "U" -> true;
                case "W" -> false;
                default -> throw new ValueProblem("onbekende gebouwklasse", "'" + klasse.get() + "'");
            };
        }
        Optional<Object> purposes = f.value("gebruiksdo", "gebruiksdoel");
        if (purposes.isEmpty()) {
            throw new ValueProblem("geen gebouwklasse");
        }
        return !BagValues.purposes(purposes.get()).equals(java.util.Set.of(UsePurpose.RESIDENTIAL));
    }

    private static Optional<String> optionalId(FeatureFields f, boolean unit, String... names) throws ValueProblem {
        Optional<Object> v = f.value(names);
        if (v.isEmpty() || String.valueOf(v.get()).equalsIgnoreCase("no")) {
            return Optional.empty();
        }
        return Optional.of(unit ? BagValues.unitId(v.get()) : BagValues.pandId(v.get()));
    }

    /** Dutch notes on assumptions made, for the import report. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (datesAssumed > 0) {
            notes.add(datesAssumed + " labels zonder registratie- en geldigheidsdatum in de bron: opgeslagen als"
                    + " geregistreerd op " + referenceDate + " en " + ASSUMED_VALIDITY_YEARS + " jaar geldig");
        }
        if (classFromPurpose > 0) {
            notes.add(classFromPurpose + " labels zonder gebouwklasse: afgeleid uit het gebruiksdoel"
                    + " (alleen woonfunctie = woning, anders utiliteit)");
        }
        if (noValueIndex > 0) {
            notes.add(noValueIndex
                    + " labels met energie-index -9999 of -99999 (geen waarde): opgeslagen zonder energie-index");
        }
        return notes;
    }
}
