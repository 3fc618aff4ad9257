package nl.kansenkaart.io.store;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * Row ids as primitive longs: filled, sealed (sorted), then asked by binary search. A park's
 * thousands of fids in a {@code HashMap<Long, ...>} cost more in boxing and hashing than the
 * look-ups they served.
 */
final class FidSet {
    private long[] fids = new long[256];
    private int size;
    private boolean sealed;

    void add(long fid) {
        if (sealed) {
            throw new IllegalStateException("fids al gesorteerd");
        }
        if (size == fids.length) {
            fids = Arrays.copyOf(fids, size * 2);
        }
        fids[size++] = fid;
    }

    /** Sorts the fids; after this, only {@link #contains} and {@link #distinct}. */
    void seal() {
        Arrays.sort(fids, 0, size);
        sealed = true;
    }

    boolean contains(long fid) {
        if (!sealed) {
            throw new IllegalStateException("fids nog niet gesorteerd");
        }
        return Arrays.binarySearch(fids, 0, size, fid) >= 0;
    }

    /** The fids, each once, ascending. */
    List<Long> distinct() {
        if (!sealed) {
            throw new IllegalStateException("fids nog niet gesorteerd");
        }
        int n = 0;
        for (int k = 0; k < size; k++) {
            if (n == 0 || fids[n - 1] != fids[k]) {
                fids[n++] = fids[k];
            }
        }
        size = n;
        long[] view = fids;
        int count = n;
        return new AbstractList<>() {
            @java.lang.Override
            public Long get(int index) {
                return view[index];
            }

            @java.lang.Override
            public int size() {
                return count;
            }
        };
    }
}
