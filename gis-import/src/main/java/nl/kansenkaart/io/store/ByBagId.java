package nl.kansenkaart.io.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Sorts panden or units by their BAG id. The model keeps those ids as 16 digits, so their text order
 * is their numeric order, and the table's unique index makes them distinct: the numbers are sorted
 * as primitive longs and each item finds its place by binary search, where comparing the texts (a
 * dozen equal leading characters each time) was a sixth of the Java time of a load.
 */
final class ByBagId {
    private ByBagId() {}

    /** Sorts the list in place by the id, in the order of {@link String#compareTo}. */
    static <T> void sort(List<T> items, Function<T, String> id) {
        int n = items.size();
        long[] keys = new long[n];
        for (int k = 0; k < n; k++) {
            String text = id.apply(items.get(k));
            if (text.length() != 16) {
                // Not a normalised BAG id after all: the text order is the one that counts.
                items.sort(Comparator.comparing(id));
                return;
            }
            keys[k] = Long.parseLong(text);
        }
        if (packedSort(items, keys)) {
            return;
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        Object[] placed = new Object[n];
        for (int k = 0; k < n; k++) {
            int at = Arrays.binarySearch(sorted, keys[k]);
            if (placed[at] != null) {
                // Two items with one id: leave their order to the stable text sort.
                items.sort(Comparator.comparing(id));
                return;
            }
            placed[at] = items.get(k);
        }
        for (int k = 0; k < n; k++) {
            @SuppressWarnings("unchecked")
            T item = (T) placed[k];
            items.set(k, item);
        }
    }

    /**
     * The usual case, a park's ids spanning far less than 2^50: each id's offset from the smallest
     * and its position go into one long, so one primitive sort orders them and no search is needed.
     * False (nothing changed) when they do not fit, or when two items share an id.
     */
    private static <T> boolean packedSort(List<T> items, long[] keys) {
        int n = keys.length;
        if (n < 2) {
            return n == 1 || n == 0;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long key : keys) {
            min = Math.min(min, key);
            max = Math.max(max, key);
        }
        int indexBits = 64 - Long.numberOfLeadingZeros(n - 1);
        if (max - min >= 1L << (63 - indexBits)) {
            return false;
        }
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            packed[k] = (keys[k] - min) << indexBits | k;
        }
        Arrays.sort(packed);
        long mask = (1L << indexBits) - 1;
        for (int k = 1; k < n; k++) {
            if (packed[k] >>> indexBits == packed[k - 1] >>> indexBits) {
                return false;
            }
        }
        Object[] old = items.toArray();
        for (int k = 0; k < n; k++) {
            @SuppressWarnings("unchecked")
            T item = (T) old[(int) (packed[k] & mask)];
            items.set(k, item);
        }
        return true;
    }
}
