package nl.kansenkaart.io.mapping;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.io.source.SourceFeature;

/**
 * The attributes of one feature, looked up by any of several field names (compared by {@link
 * FieldNames#key}). Blank text counts as absent. Typed getters turn unreadable values into a {@link
 * ValueProblem} with the field and value named, so a bad value is never silently dropped.
 */
public final class FeatureFields {
    private final Map<String, Object> byKey = new HashMap<>();
    private final Map<String, String> originalNames = new HashMap<>();

    private FeatureFields(Map<String, Object> attributes) {
        attributes.forEach((name, value) -> {
            String key = FieldNames.key(name);
            if (value != null && !(value instanceof String s && s.isBlank())) {
                byKey.putIfAbsent(key, value);
            }
            originalNames.putIfAbsent(key, name);
        });
    }

    /** The fields of one source feature. */
    public static FeatureFields of(SourceFeature feature) {
        return new FeatureFields(feature.attributes());
    }

    /** The fields of an attribute map (tests, joined tables). */
    public static FeatureFields of(Map<String, Object> attributes) {
        return new FeatureFields(attributes);
    }

    /** The first present value among the names. */
    public Optional<Object> value(String... names) {
        for (String n : names) {
            Object v = byKey.get(FieldNames.key(n));
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Whether one of the names is a field of the source, even when empty here. */
    public boolean has(String... names) {
        for (String n : names) {
            if (originalNames.containsKey(FieldNames.key(n))) {
                return true;
            }
        }
        return false;
    }

    /** The value as stripped text. */
    public Optional<String> text(String... names) {
        return value(names).map(v -> v instanceof String s ? s.strip() : DutchValues.idText(v));
    }

    /** The value as text, or a problem with the given reason when absent. */
    public String requiredText(String reason, String... names) throws ValueProblem {
        return text(names).orElseThrow(() -> new ValueProblem(reason, "veld " + names[0] + " is leeg"));
    }

    /** The value as a number; a present but unreadable value is a problem. */
    public OptionalDouble number(String... names) throws ValueProblem {
        Optional<Object> v = value(names);
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = DutchValues.number(v.get());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException("geen eindig getal");
            }
            return OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            throw new ValueProblem("onleesbaar getal", names[0] + " = '" + v.get() + "'");
        }
    }

    /** The value as a whole number; a present but unreadable value is a problem. */
    public OptionalInt whole(String... names) throws ValueProblem {
        Optional<Object> v = value(names);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Math.toIntExact(DutchValues.whole(v.get())));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValueProblem("onleesbaar geheel getal", names[0] + " = '" + v.get() + "'");
        }
    }

    /** The value as a date; a present but unreadable value is a problem. */
    public Optional<LocalDate> date(String... names) throws ValueProblem {
        Optional<Object> v = value(names);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DutchValues.date(v.get()));
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("onleesbare datum", names[0] + " = '" + v.get() + "'");
        }
    }

    /** The value as a boolean; a present but unreadable value is a problem. */
    public Optional<Boolean> bool(String... names) throws ValueProblem {
        Optional<Object> v = value(names);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> b = DutchValues.bool(v.get());
        if (b.isEmpty()) {
            throw new ValueProblem("onleesbare ja/nee-waarde", names[0] + " = '" + v.get() + "'");
        }
        return b;
    }
}
