package nl.kansenkaart.core.kansen;

import java.util.List;
import java.util.Properties;
import java.util.function.ToDoubleFunction;
import nl.kansenkaart.core.text.DutchNumbers;
import nl.kansenkaart.core.text.PropertyReader;

/**
 * One editable value of a part of {@link KansenAssumptions}: its Dutch key in the properties file,
 * what it means (printed with the results), its bounds, whether it is whole, and how to read it
 * from the part. Each part record keeps a list of these in component order.
 */
record AssumptionKey<T>(String key, String meaning, double min, double max, boolean whole, ToDoubleFunction<T> get) {

    static <T> AssumptionKey<T> decimal(String key, String meaning, double min, double max, ToDoubleFunction<T> get) {
        return new AssumptionKey<>(key, meaning, min, max, false, get);
    }

    static <T> AssumptionKey<T> whole(String key, String meaning, double min, double max, ToDoubleFunction<T> get) {
        return new AssumptionKey<>(key, meaning, min, max, true, get);
    }

    /** Refuses a value outside its key's bounds, with the Dutch message a properties file shows. */
    static void check(List<? extends AssumptionKey<?>> keys, double... values) {
        for (int i = 0; i < values.length; i++) {
            AssumptionKey<?> k = keys.get(i);
            if (!(values[i] >= k.min() && values[i] <= k.max())) {
                throw PropertyReader.outOfRange(k.key(), DutchNumbers.decimal(values[i], 3), k.min(), k.max());
            }
        }
    }

    /**
     * The values of the keys from the properties, in key order; an absent key keeps the base's value.
     *
     * @throws IllegalArgumentException with a Dutch message naming key and value when one is invalid
     */
    static <T> double[] read(Properties properties, List<AssumptionKey<T>> keys, T base) {
        PropertyReader in = new PropertyReader(properties);
        double[] v = new double[keys.size()];
        for (int i = 0; i < v.length; i++) {
            AssumptionKey<T> k = keys.get(i);
            v[i] = in.decimal(k.key(), k.get().applyAsDouble(base), k.min(), k.max());
            if (k.whole() && v[i] != Math.rint(v[i])) {
                throw PropertyReader.invalid(k.key(), properties.getProperty(k.key()), "verwacht een geheel getal");
            }
        }
        return v;
    }

    /** The value of this key in the given part, as the properties file writes it. */
    String text(T part) {
        double value = get.applyAsDouble(part);
        return whole ? Long.toString((long) value) : PropertyReader.plain(value);
    }

    /** "meaning: value" for the report. */
    String line(T part) {
        return meaning + ": " + DutchNumbers.decimal(get.applyAsDouble(part), 3);
    }
}
