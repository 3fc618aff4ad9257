package nl.kansenkaart.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kansenkaart.io.SourceKind;
import org.junit.jupiter.api.Test;

class KindRecognizerTest {

    private static SourceKind best(String... fields) {
        return KindRecognizer.recognise(List.of(fields)).best().orElseThrow();
    }

    @Test
    void ibis_national_and_local_styles_are_parks() {
        assertThat(best("RIN_NUMMER", "PLAN_NAAM", "GEM_CODES", "GEMEENTE", "HA_BRUTO", "HA_NETTO", "JAAR"))
                .isEqualTo(SourceKind.PARKS);
        assertThat(best("RINNUMMER", "BEDRIJVENT", "KERN", "OPPBRUTO", "OPPNETTO", "JAAR"))
                .isEqualTo(SourceKind.PARKS);
    }

    @Test
    void bag_panden_in_pdok_and_nlextract_style_are_buildings() {
        assertThat(best(
                        "bouwjaar",
                        "status",
                        "gebruiksdoel",
                        "oppervlakte_min",
                        "oppervlakte_max",
                        "aantal_verblijfsobjecten",
                        "kas_warenhuis",
                        "identificatie"))
                .isEqualTo(SourceKind.BUILDINGS);
        assertThat(best("oorspronkelijkbouwjaar", "identificatie", "status", "geconstateerd", "documentdatum"))
                .isEqualTo(SourceKind.BUILDINGS);
    }

    @Test
    void verblijfsobjecten_win_over_panden_even_with_a_bouwjaar_field() {
        assertThat(best(
                        "identificatie",
                        "openbare_ruimte_naam",
                        "huisnummer",
                        "huisletter",
                        "toevoeging",
                        "postcode",
                        "woonplaats_naam",
                        "pand_identificatie",
                        "oppervlakte",
                        "gebruiksdoel",
                        "status",
                        "bouwjaar",
                        "pandstatus"))
                .isEqualTo(SourceKind.UNITS);
        assertThat(best(
                        "gebruiksdoel",
                        "oppervlakte",
                        "hoofdadresnummeraanduidingref",
                        "nevenadresnummeraanduidingref",
                        "pandref",
                        "identificatie",
                        "status"))
                .isEqualTo(SourceKind.UNITS);
    }

    @Test
    void three_d_bag_panden_and_roof_faces_are_roofs() {
        assertThat(best("identificatie", "b3_dak_type", "b3_opp_grond", "b3_h_dak_70p", "b3_kas_warenhuis"))
                .isEqualTo(SourceKind.ROOFS);
        assertThat(best("identificatie", "oorspronkelijkbouwjaar", "status", "b3_dak_type", "b3_opp_dak_plat"))
                .isEqualTo(SourceKind.ROOFS);
        List<String> faces = List.of("identificatie", "b3_hellingshoek", "b3_azimut", "b3_h_dak_50p");
        assertThat(KindRecognizer.recognise(faces).best()).contains(SourceKind.ROOFS);
        assertThat(KindRecognizer.isRoofFaceLayer(faces)).isTrue();
        assertThat(KindRecognizer.isRoofFaceLayer(List.of("buildingId", "slope", "azimuth", "area", "height")))
                .isTrue();
    }

    @Test
    void ep_online_export_and_joined_tables_are_labels() {
        assertThat(best(
                        "Pand_opnamedatum",
                        "Pand_status",
                        "Pand_energieindex",
                        "Pand_energieklasse",
                        "Pand_gebouwklasse",
                        "Meting_geldig_tot",
                        "Pand_registratiedatum",
                        "Pand_postcode",
                        "Pand_huisnummer",
                        "Pand_bagverblijfsobjectid",
                        "Pand_bagpandid"))
                .isEqualTo(SourceKind.LABELS);
        assertThat(best(
                        "verblijfsobjectID",
                        "energieklasse",
                        "gebouwtype",
                        "oppervlakt",
                        "huisnummer",
                        "postcode",
                        "pandidenti",
                        "xcoord",
                        "ycoord"))
                .isEqualTo(SourceKind.LABELS);
    }

    @Test
    void grid_and_company_lists_are_recognised_in_any_case() {
        assertThat(best("id", "naam", "netbeheerder", "afname", "invoeding", "verwacht_opgelost"))
                .isEqualTo(SourceKind.GRID);
        assertThat(best("DEMAND", "GENERATION", "name")).isEqualTo(SourceKind.GRID);
        assertThat(best(
                        "KvK-nummer",
                        "Vestigingsnummer",
                        "Handelsnaam",
                        "Straat",
                        "Huisnummer",
                        "Postcode",
                        "Plaats",
                        "SBI-code"))
                .isEqualTo(SourceKind.COMPANIES);
    }

    @Test
    void an_unknown_layer_gets_a_dutch_message_with_found_and_expected_fields() {
        var recognition = KindRecognizer.recognise(List.of("foo", "bar"));
        assertThat(recognition.best()).isEmpty();
        String message = recognition.explainNoMatch("mijnlaag");
        assertThat(message)
                .contains("niet herkend", "mijnlaag", "Gevonden velden: foo, bar")
                .contains("bedrijventerreinen (IBIS) (--as parks): *RIN_NUMMER of RINNUMMER")
                .contains("energielabels (EP-Online)", "Pand_energieklasse", "KvK-nummer");
    }
}
