package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByBagIdTest {

    @Test
    void ids_of_one_park_sort_as_their_texts_do() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            int n = random.nextInt(5000);
            List<String> ids = new ArrayList<>();
            long base = 363_100_000_000_000L + random.nextInt(1_000_000);
            for (int k = 0; k < n; k++) {
                // Distinct ids, a municipality's range wide.
                ids.add(String.format("%016d", base + k * 7L + random.nextInt(7)));
            }
            java.util.Collections.shuffle(ids, random);
            assertSortedAsTexts(ids);
        }
    }

    @Test
    void ids_spanning_the_whole_range_still_sort_as_their_texts_do() {
        // Too wide for the packed sort (offset and position do not fit one long): the search path.
        List<String> ids = new ArrayList<>(List.of(
                "9999999999999999", "0000000000000001", "5180000000000002", "0363100012345678", "0000000000000000"));
        for (int k = 0; k < 3000; k++) {
            ids.add(String.format("%016d", 1_000_000_000_000L * (k % 9000) + k));
        }
        java.util.Collections.shuffle(ids, new Random(3));
        assertSortedAsTexts(ids);
    }

    @Test
    void a_repeated_id_keeps_the_text_sort() {
        List<String> ids = new ArrayList<>(List.of("0518100000000010", "0518100000000002", "0518100000000010"));
        ByBagId.sort(ids, s -> s);
        assertThat(ids).containsExactly("0518100000000002", "0518100000000010", "0518100000000010");
    }

    @Test
    void one_or_no_id_is_left_as_it_is() {
        List<String> one = new ArrayList<>(List.of("0518100000000010"));
        ByBagId.sort(one, s -> s);
        assertThat(one).containsExactly("0518100000000010");
        List<String> none = new ArrayList<>();
        ByBagId.sort(none, s -> s);
        assertThat(none).isEmpty();
    }

    private static void assertSortedAsTexts(List<String> ids) {
        List<Holder> items = new ArrayList<>();
        ids.forEach(id -> items.add(new Holder(id)));
        List<Holder> expected = new ArrayList<>(items);
        expected.sort(Comparator.comparing(Holder::id));
        ByBagId.sort(items, Holder::id);
        // The same objects in the same order, not only equal ids.
        assertThat(items).containsExactlyElementsOf(expected);
    }

    private record Holder(String id) {
        @java.lang.Override
        public boolean equals(Object o) {
            return this == o;
        }

        @java.lang.Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
