package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What SQLite's json_array writes, JsonRow reads back: texts with quotes, backslashes, control
 * characters and non-ASCII letters, integers and nulls; and a JSON id list that json_each opens
 * gives back the same ids.
 */
class JsonRowTest {
    private static final List<String> AWKWARD = List.of(
            "Bakkerij \"De Zon\" B.V.",
            "C:\\pad\\naar",
            "regel 1\nregel 2\ttab\u0001",
            "Café Ærø – 's-Hertogenbosch",
            "eind\\",
            "\"",
            "");

    @Test
    void every_text_that_sqlite_packs_comes_back_unchanged() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (String text : AWKWARD) {
                JsonRow row = JsonRow.parse(packed(c, text, 12, null, text), 4);
                assertThat(row.text(0)).isEqualTo(text);
                assertThat(row.integer(1)).isEqualTo(12);
                assertThat(row.isNull(2)).isTrue();
                assertThat(row.integer(2)).isZero();
                assertThat(row.text(3)).isEqualTo(text);
            }
        }
    }

    @Test
    void negative_and_large_integers_and_a_real_in_an_integer_place_read_as_jdbc_would() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            JsonRow row = JsonRow.parse(packed(c, -7, 2_000_000_000, 12.0), 3);
            assertThat(row.integer(0)).isEqualTo(-7);
            assertThat(row.integer(1)).isEqualTo(2_000_000_000);
            assertThat(row.integer(2)).isEqualTo(12);
        }
    }

    @Test
    void a_cut_off_or_foreign_text_is_refused_with_a_reason() {
        assertThatThrownBy(() -> JsonRow.parse("[\"abc", 1)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> JsonRow.parse("[1,2]", 3)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> JsonRow.parse("{\"a\":1}", 1))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("onverwacht teken");
        assertThatThrownBy(() -> JsonRow.parse(null, 1)).isInstanceOf(SQLException.class);
    }

    @Test
    void an_id_list_with_awkward_texts_opens_in_json_each_as_the_same_ids() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                PreparedStatement p = c.prepareStatement("SELECT value FROM json_each(?) ORDER BY key")) {
            p.setString(1, JsonIds.texts(AWKWARD).json());
            List<String> back = new java.util.ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    back.add(rs.getString(1));
                }
            }
            assertThat(back).containsExactlyElementsOf(AWKWARD);
            assertThat(JsonIds.numbers(List.of(3L, 1L, 4_000_000_000L)).json()).isEqualTo("[3,1,4000000000]");
        }
    }

    @Test
    void fids_are_found_after_sealing_and_listed_once() {
        FidSet fids = new FidSet();
        for (long f : new long[] {9, 3, 3, 700, 1, 9}) {
            fids.add(f);
        }
        fids.seal();
        assertThat(fids.contains(700)).isTrue();
        assertThat(fids.contains(4)).isFalse();
        assertThat(fids.distinct()).containsExactly(1L, 3L, 9L, 700L);
    }

    @Test
    void bag_ids_sort_as_their_texts_and_other_ids_fall_back_to_the_text_order() {
        List<String> bag = Arrays.asList("0518100000000010", "0363100012345678", "0518100000000002");
        ByBagId.sort(bag, s -> s);
        assertThat(bag).containsExactly("0363100012345678", "0518100000000002", "0518100000000010");
        List<String> other = Arrays.asList("b", "a10", "a9");
        ByBagId.sort(other, s -> s);
        assertThat(other).containsExactly("a10", "a9", "b");
        List<String> twice = Arrays.asList("0518100000000010", "0518100000000002", "0518100000000010");
        ByBagId.sort(twice, s -> s);
        assertThat(twice).containsExactly("0518100000000002", "0518100000000010", "0518100000000010");
    }

    private static String packed(Connection c, Object... values) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        try (PreparedStatement p = c.prepareStatement("SELECT json_array(" + marks + ")")) {
            for (int k = 0; k < values.length; k++) {
                p.setObject(k + 1, values[k]);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
