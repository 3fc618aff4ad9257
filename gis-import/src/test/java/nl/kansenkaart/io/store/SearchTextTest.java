package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The searchable form of Dutch names: case, accents and the ĳ ligature as a consultant types them. */
class SearchTextTest {
    @Test
    void accents_and_case_are_dropped_and_the_ij_ligature_becomes_ij() {
        assertThat(SearchText.normalise("Café Ëindhoven Ïnstallatie Gröen Ürk Façade"))
                .isEqualTo("cafe eindhoven installatie groen urk facade");
        assertThat(SearchText.normalise("Ĳsselmeer en ĳzer")).isEqualTo("ijsselmeer en ijzer");
        assertThat(SearchText.normalise("IJmuiden")).isEqualTo("ijmuiden");
        assertThat(SearchText.normalise("’t Veld")).isEqualTo("'t veld");
        assertThat(SearchText.normalise("9401ab bakker")).isEqualTo("9401ab bakker");
        assertThat(SearchText.normalise("")).isEmpty();
    }

    @Test
    void a_query_is_split_into_normalised_words_that_must_all_occur() {
        assertThat(SearchText.words("  CAFÉ   Ĳssel ")).containsExactly("cafe", "ijssel");
        assertThat(SearchText.words("   ")).isEmpty();
        assertThat(SearchText.matchesAll("Café De Ĳssel\n12345678\nDorpsstraat", "cafe ijssel 1234"))
                .isTrue();
        assertThat(SearchText.matchesAll("Café De Ĳssel", "cafe zwolle")).isFalse();
    }

    @Test
    void the_stored_text_of_a_company_keeps_its_fields_on_separate_lines() {
        assertThat(SearchText.ofCompany("Gröen B.V.", "12345678", "Kerkstraat", 12, "a", "9401AB", "Assen"))
                .isEqualTo("groen b.v.\n12345678\nkerkstraat\n12a\n9401ab\nassen");
        assertThat(SearchText.ofCompany("Zonder Adres", null, null, null, null, null, null))
                .isEqualTo("zonder adres\n\n\n\n\n");
    }
}
