package nl.kansenkaart.io.mapping;

import static nl.kansenkaart.io.mapping.Features.feature;
import static nl.kansenkaart.io.mapping.Features.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.RoofType;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;

class MappersTest {
    private static final String SQUARE = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))";
    private static final String BOWTIE = "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))";
    private final GeometryPreparer rd = GeometryPreparer.identity();

    @Test
    void a_pdok_pand_loses_nothing_and_9999_is_an_unknown_year() throws Exception {
        var b = new BuildingMapper(rd)
                .map(feature(
                        1, SQUARE, "identificatie", "503100000000296", "bouwjaar", 9999.0, "status", "Pand in gebruik"))
                .value();
        assertThat(b.id()).isEqualTo("0503100000000296");
        assertThat(b.constructionYear()).isEmpty();
        assertThat(b.status()).isEqualTo(BuildingStatus.IN_USE);
        assertThat(b.footprint()).isInstanceOf(MultiPolygon.class);
        assertThat(b.footprintAreaM2()).isEqualTo(100.0);
    }

    @Test
    void an_nlextract_pand_id_loses_its_prefix_and_keeps_its_year() throws Exception {
        var b = new BuildingMapper(rd)
                .map(feature(
                        1,
                        SQUARE,
                        "identificatie",
                        "NL.IMBAG.Pand.0518100000100040",
                        "oorspronkelijkbouwjaar",
                        2011L,
                        "status",
                        "Pand ten onrechte opgevoerd"))
                .value();
        assertThat(b.id()).isEqualTo("0518100000100040");
        assertThat(b.constructionYear()).hasValue(2011);
        assertThat(b.status()).isEqualTo(BuildingStatus.WRONGLY_REGISTERED);
    }

    @Test
    void an_unknown_status_and_an_empty_geometry_are_skips_with_a_reason() {
        var mapper = new BuildingMapper(rd);
        assertThatThrownBy(() -> mapper.map(
                        feature(1, SQUARE, "identificatie", "1", "bouwjaar", 2000L, "status", "Pand verdwenen")))
                .isInstanceOf(ValueProblem.class)
                .extracting(e -> ((ValueProblem) e).reason())
                .isEqualTo("onbekende status");
        assertThatThrownBy(() -> mapper.map(feature(
                        2, "POLYGON EMPTY", "identificatie", "1", "bouwjaar", 2000L, "status", "Pand in gebruik")))
                .extracting(e -> ((ValueProblem) e).reason())
                .isEqualTo("lege geometrie");
    }

    @Test
    void an_invalid_polygon_is_repaired_and_counted() throws Exception {
        var mapped = new BuildingMapper(rd)
                .map(feature(1, BOWTIE, "identificatie", "1", "bouwjaar", 2000L, "status", "Pand in gebruik"));
        assertThat(mapped.repaired()).isTrue();
        assertThat(mapped.value().footprint().isValid()).isTrue();
        assertThat(mapped.value().footprintAreaM2()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void a_line_is_not_an_area() {
        assertThatThrownBy(() -> rd.areal(java.util.Optional.of(Features.geometry("LINESTRING (0 0, 1 1)"))))
                .extracting(e -> ((ValueProblem) e).reason())
                .isEqualTo("geen vlak");
    }

    @Test
    void a_bag_light_unit_takes_its_address_and_several_panden_from_the_row() throws Exception {
        var mapper = new UnitMapper(rd, new AddressBook());
        var u = mapper.map(feature(
                        1,
                        "POINT (5 5)",
                        "identificatie",
                        "0106010000000001",
                        "pand_identificatie",
                        "0106100000012345,0106100000012346",
                        "openbare_ruimte_naam",
                        "Vaartweg",
                        "huisnummer",
                        12L,
                        "huisletter",
                        "a",
                        "postcode",
                        "9403 ab",
                        "woonplaats_naam",
                        "Assen",
                        "oppervlakte",
                        450L,
                        "gebruiksdoel",
                        "kantoorfunctie, industriefunctie",
                        "status",
                        "Verblijfsobject in gebruik"))
                .value();
        assertThat(u.buildingIds()).containsExactly("0106100000012345", "0106100000012346");
        assertThat(u.purposes()).containsExactlyInAnyOrder(UsePurpose.OFFICE, UsePurpose.INDUSTRY);
        assertThat(u.address().matchKey()).isEqualTo("9403AB 12A");
        assertThat(u.address().town()).isEqualTo("Assen");
        assertThat(u.status()).isEqualTo(UnitStatus.IN_USE);
        assertThat(mapper.notes()).isEmpty();
    }

    @Test
    void an_nlextract_unit_finds_its_address_in_the_nummeraanduiding_table() throws Exception {
        AddressBook book = new AddressBook();
        book.add(FeatureFields.of(row(
                1,
                "identificatie",
                "NL.IMBAG.Nummeraanduiding.0518200000355181",
                "huisnummer",
                323L,
                "huisnummertoevoeging",
                "2",
                "postcode",
                "2592HL")));
        book.addMunicipality("GM0518", "'s-Gravenhage");
        var mapper = new UnitMapper(rd, book);
        var u = mapper.map(feature(
                        1,
                        "POINT (5 5)",
                        "identificatie",
                        "NL.IMBAG.Verblijfsobject.0518010000355182",
                        "pandref",
                        "NL.IMBAG.Pand.0518100000237420",
                        "hoofdadresnummeraanduidingref",
                        "NL.IMBAG.Nummeraanduiding.0518200000355181",
                        "oppervlakte",
                        93L,
                        "gebruiksdoel",
                        "woonfunctie",
                        "status",
                        "Verblijfsobject in gebruik"))
                .value();
        assertThat(u.id()).isEqualTo("0518010000355182");
        assertThat(u.address().matchKey()).isEqualTo("2592HL 323-2");
        assertThat(u.address().town()).isEqualTo("'s-Gravenhage");
        assertThat(u.address().street()).isEqualTo(UnitMapper.UNKNOWN_STREET);
        assertThat(mapper.notes()).hasSize(2);
        assertThatThrownBy(() -> mapper.map(feature(
                        2,
                        "POINT (5 5)",
                        "identificatie",
                        "0518010000000002",
                        "pandref",
                        "0518100000237420",
                        "hoofdadresnummeraanduidingref",
                        "0518200000000099",
                        "oppervlakte",
                        93L,
                        "gebruiksdoel",
                        "woonfunctie",
                        "status",
                        "Verblijfsobject ingetrokken")))
                .extracting(e -> ((ValueProblem) e).reason())
                .isEqualTo("adres (nummeraanduiding) niet gevonden");
    }

    @Test
    void two_rows_of_one_vbo_merge_into_one_unit_with_both_panden() throws Exception {
        var mapper = new UnitMapper(rd, new AddressBook());
        Object[] common = {
            "identificatie",
            "0106010000000001",
            "huisnummer",
            1L,
            "postcode",
            "9403AB",
            "openbare_ruimte_naam",
            "Weg",
            "woonplaats_naam",
            "Assen",
            "oppervlakte",
            10L,
            "gebruiksdoel",
            "kantoorfunctie",
            "status",
            "Verblijfsobject in gebruik"
        };
        var a = mapper.map(feature(1, "POINT (1 1)", concat(common, "pand_identificatie", "1")))
                .value();
        var b = mapper.map(feature(2, "POINT (1 1)", concat(common, "pand_identificatie", "2")))
                .value();
        assertThat(UnitMapper.merge(a, b).buildingIds()).containsExactly("0000000000000001", "0000000000000002");
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void ibis_features_sharing_a_rin_number_become_one_park_in_hectares() throws Exception {
        var parks = new ParkCollector(rd);
        parks.accept(feature(
                1,
                SQUARE,
                "RINNUMMER",
                "130060",
                "BEDRIJVENT",
                "Veeneslagen",
                "KERN",
                "Rijssen",
                "OPPBRUTO",
                "7923",
                "OPPNETTO",
                "7923",
                "JAAR",
                "v1900"));
        parks.accept(feature(
                2,
                "POLYGON ((20 0, 30 0, 30 10, 20 10, 20 0))",
                "RINNUMMER",
                "130060",
                "BEDRIJVENT",
                "Veeneslagen",
                "KERN",
                "Rijssen"));
        parks.accept(feature(
                3, SQUARE, "RIN_NUMMER", "0106004", "PLAN_NAAM", "De Vaart", "GEMEENTE", "Assen", "HA_BRUTO", 12.5));
        List<nl.kansenkaart.core.model.Park> result = parks.parks();
        assertThat(result).hasSize(2);
        var veeneslagen = result.get(0);
        assertThat(veeneslagen.contour().getNumGeometries()).isEqualTo(2);
        assertThat(veeneslagen.contour().getArea()).isEqualTo(200.0);
        assertThat(veeneslagen.grossHectares()).hasValue(0.7923);
        assertThat(veeneslagen.municipality()).isEqualTo("Rijssen");
        assertThat(result.get(1).grossHectares()).hasValue(12.5);
        assertThat(result.get(1).municipality()).isEqualTo("Assen");
        assertThat(parks.notes()).anyMatch(n -> n.contains("KERN")).anyMatch(n -> n.contains("samengevoegd"));
    }

    @Test
    void a_3d_bag_pand_gives_a_roof_summary_with_0_1_booleans() throws Exception {
        var roof = new RoofMapper(rd)
                .summary(feature(
                        1,
                        SQUARE,
                        "identificatie",
                        "NL.IMBAG.Pand.0106100000012345",
                        "b3_dak_type",
                        "multiple horizontal",
                        "b3_opp_dak_plat",
                        1200.5,
                        "b3_bouwlagen",
                        2L,
                        "b3_kas_warenhuis",
                        0L));
        assertThat(roof.buildingId()).isEqualTo("0106100000012345");
        assertThat(roof.summary().roofType()).isEqualTo(RoofType.MULTIPLE_HORIZONTAL);
        assertThat(roof.summary().flatRoofAreaM2()).hasValue(1200.5);
        assertThat(roof.summary().floors()).hasValue(2);
        assertThat(roof.summary().greenhouse()).isFalse();
    }

    @Test
    void a_roof_face_area_is_its_2d_area_divided_by_the_cosine_of_its_slope() throws Exception {
        var mapper = new RoofMapper(rd);
        var face = mapper.face(feature(
                        1,
                        SQUARE,
                        "identificatie",
                        "NL.IMBAG.Pand.0106100000012345",
                        "b3_hellingshoek",
                        60.0,
                        "b3_azimut",
                        -90.0,
                        "b3_h_dak_50p",
                        12.0))
                .value();
        assertThat(face.areaM2()).isCloseTo(200.0, within(1e-9));
        assertThat(face.azimuthDegrees()).isEqualTo(270.0);
        assertThat(face.index()).isZero();
        var second = mapper.face(feature(
                        2,
                        SQUARE,
                        "buildingId",
                        "0106100000012345",
                        "slope",
                        0.0,
                        "azimuth",
                        180.0,
                        "area",
                        99.0,
                        "height",
                        8.0))
                .value();
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.areaM2()).isEqualTo(99.0);
    }

    @Test
    void ep_online_rows_read_compact_dates_and_decimal_commas() throws Exception {
        var label = new LabelMapper(LocalDate.of(2026, 10, 1))
                .map(row(
                        1,
                        "Pand_energieklasse",
                        "C",
                        "Pand_energieindex",
                        "1,32",
                        "Pand_gebouwklasse",
                        "U",
                        "Pand_registratiedatum",
                        "20190315",
                        "Meting_geldig_tot",
                        "2029-03-15",
                        "Pand_bagverblijfsobjectid",
                        "0106010000000001",
                        "Pand_bagpandid",
                        "0106100000012345",
                        "Pand_primaire_fossiele_energie",
                        "210,5"));
        assertThat(label.labelClass()).isEqualTo(LabelClass.C);
        assertThat(label.energyIndex()).hasValue(1.32);
        assertThat(label.primaryFossilKwhPerM2()).hasValue(210.5);
        assertThat(label.registeredOn()).isEqualTo(LocalDate.of(2019, 3, 15));
        assertThat(label.utility()).isTrue();
    }

    @Test
    void a_joined_row_without_a_label_is_a_geen_label_skip_and_one_with_a_label_gets_assumed_dates() throws Exception {
        var mapper = new LabelMapper(LocalDate.of(2026, 1, 1));
        assertThatThrownBy(
                        () -> mapper.map(row(1, "verblijfsobjectID", "0200010000020776", "energieklasse", "unknown")))
                .extracting(e -> ((ValueProblem) e).reason())
                .isEqualTo("geen label");
        var label = mapper.map(row(
                2,
                "identifica",
                "0855010000020676",
                "energieklasse",
                "A",
                "energie_index",
                "0.88E0",
                "gebruiksdo",
                "woonfunctie",
                "pandidenti",
                "8.55100000109569E14"));
        assertThat(label.buildingId()).contains("0855100000109569");
        assertThat(label.utility()).isFalse();
        assertThat(label.validUntil()).isEqualTo(LocalDate.of(2036, 1, 1));
        assertThat(mapper.notes()).hasSize(2);
    }

    @Test
    void the_latest_valid_registration_per_vbo_wins_and_expired_labels_are_skipped() throws Exception {
        var mapper = new LabelMapper(LocalDate.of(2026, 10, 1));
        var selector = new LabelSelector(LocalDate.of(2026, 10, 1));
        var old = mapper.map(labelRow("G", "20180101", "20280101"));
        var newer = mapper.map(labelRow("B", "20220101", "20320101"));
        var expired = mapper.map(labelRow("A", "20100101", "20200101"));
        selector.offer(old);
        assertThatThrownBy(() -> selector.offer(newer))
                .extracting(e -> ((ValueProblem) e).reason())
                .isEqualTo(LabelSelector.SUPERSEDED);
        assertThatThrownBy(() -> selector.offer(expired))
                .extracting(e -> ((ValueProblem) e).reason())
                .isEqualTo(LabelSelector.EXPIRED);
        assertThat(selector.labels()).extracting(l -> l.labelClass()).containsExactly(LabelClass.B);
    }

    private static nl.kansenkaart.io.source.SourceFeature labelRow(String klasse, String registered, String until) {
        return row(
                1,
                "Pand_energieklasse",
                klasse,
                "Pand_gebouwklasse",
                "U",
                "Pand_registratiedatum",
                registered,
                "Meting_geldig_tot",
                until,
                "Pand_bagverblijfsobjectid",
                "0106010000000001");
    }

    @Test
    void grid_colour_words_and_phrases_become_capacity_statuses() throws Exception {
        assertThat(CapacityWords.parse("transparant")).contains(CapacityStatus.AVAILABLE);
        assertThat(CapacityWords.parse("Geel")).contains(CapacityStatus.SCARCE);
        assertThat(CapacityWords.parse("amber")).contains(CapacityStatus.CONGESTION_MANAGEMENT);
        assertThat(CapacityWords.parse("Alleen via congestiemanagement"))
                .contains(CapacityStatus.CONGESTION_MANAGEMENT);
        assertThat(CapacityWords.parse("Wachtrij voor invoeding")).contains(CapacityStatus.CONGESTED);
        assertThat(CapacityWords.parse("geen capaciteit")).contains(CapacityStatus.CONGESTED);
        assertThat(CapacityWords.parse("paars")).isEmpty();
        var area = new GridMapper(rd)
                .map(feature(
                        1,
                        SQUARE,
                        "id",
                        "A1",
                        "naam",
                        "Onderstation Assen-Noord",
                        "netbeheerder",
                        "Enexis",
                        "afname",
                        "geen",
                        "invoeding",
                        "rood",
                        "verwacht_opgelost",
                        2029L))
                .value();
        assertThat(area.offtake()).isEqualTo(CapacityStatus.AVAILABLE);
        assertThat(area.feedIn()).isEqualTo(CapacityStatus.CONGESTED);
        assertThat(area.alleviationYear()).hasValue(2029);
        assertThatThrownBy(() -> new GridMapper(rd).map(feature(1, SQUARE, "afname", "paars", "invoeding", "rood")))
                .extracting(e -> ((ValueProblem) e).reason())
                .isEqualTo("onbekende capaciteitsstatus");
    }

    @Test
    void a_kvk_row_gets_an_id_of_number_and_branch_and_a_normalised_postcode() throws Exception {
        var mapper = new CompanyMapper();
        var c = mapper.map(row(
                1,
                "KvK-nummer",
                "1234567",
                "Vestigingsnummer",
                "000012345678",
                "Handelsnaam",
                "Bakkerij De Vaart",
                "Straat",
                "Vaartweg",
                "Huisnummer",
                "12",
                "Huisletter",
                "a",
                "Postcode",
                "9403 AB",
                "Plaats",
                "Assen",
                "SBI-code",
                "1071"));
        assertThat(c.id()).isEqualTo("01234567-000012345678");
        assertThat(c.address().orElseThrow().matchKey()).isEqualTo("9403AB 12A");
        var poBox = mapper.map(row(
                2,
                "Handelsnaam",
                "Postbusbedrijf",
                "Straat",
                "Postbus",
                "Huisnummer",
                "100",
                "Postcode",
                "Postbus 100",
                "Plaats",
                "Assen"));
        assertThat(poBox.id()).isEqualTo("rij-2");
        assertThat(poBox.address()).isEmpty();
        assertThat(mapper.notes()).hasSize(2);
        assertThat(Set.of(c.kvkNumber().orElseThrow())).containsExactly("01234567");
    }

    @Test
    void the_3d_bag_2024_roof_type_horizontal_reads_as_single_horizontal() throws Exception {
        var roof = new RoofMapper(rd)
                .summary(feature(
                        1, SQUARE, "identificatie", "NL.IMBAG.Pand.0503100000012869", "b3_dak_type", "horizontal"));
        assertThat(roof.summary().roofType()).isEqualTo(RoofType.SINGLE_HORIZONTAL);
        assertThatThrownBy(() ->
                        new RoofMapper(rd).summary(feature(1, SQUARE, "identificatie", "1", "b3_dak_type", "koepel")))
                .extracting(e -> ((ValueProblem) e).reason())
                .isEqualTo("onbekend daktype");
    }
}
