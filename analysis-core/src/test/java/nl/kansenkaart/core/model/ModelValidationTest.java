package nl.kansenkaart.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ModelValidationTest {
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);

    private static Geometry wkt(String text) {
        try {
            return new WKTReader(RD).read(text);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static final Geometry SQUARE =
            wkt("POLYGON ((233000 557000, 233020 557000, 233020 557020, 233000 557020, 233000 557000))");

    @Test
    void a_pand_id_loses_its_prefix_and_is_padded_to_sixteen_digits() {
        assertThat(BagIds.pandId("NL.IMBAG.Pand.0518100000100040")).isEqualTo("0518100000100040");
        assertThat(BagIds.pandId("518100000100040")).isEqualTo("0518100000100040");
        assertThat(BagIds.pandId("518100000100040.0")).isEqualTo("0518100000100040");
        assertThatThrownBy(() -> BagIds.pandId("pand 12")).hasMessageContaining("ongeldig pand-id 'pand 12'");
    }

    @Test
    void a_building_computes_its_footprint_and_refuses_a_line_as_footprint() {
        Building b =
                new Building("0106100000000001", OptionalInt.of(1988), BuildingStatus.IN_USE, SQUARE, Optional.empty());
        assertThat(b.footprintAreaM2()).isEqualTo(400.0);
        assertThatThrownBy(() -> new Building(
                        "0106100000000001",
                        OptionalInt.empty(),
                        BuildingStatus.IN_USE,
                        wkt("LINESTRING (0 0, 1 1)"),
                        Optional.empty()))
                .hasMessageContaining("moet een vlak");
    }

    @Test
    void an_address_normalises_postcode_and_letter_and_builds_the_match_key() {
        Address a = new Address("Vaartweg", 12, Optional.of("a"), Optional.of(" 2 "), "9401 ab", "Assen");
        assertThat(a.postcode()).isEqualTo("9401AB");
        assertThat(a.matchKey()).isEqualTo("9401AB 12A-2");
        assertThat(a.display()).isEqualTo("Vaartweg 12A-2, 9401 AB Assen");
        assertThatThrownBy(() -> new Address("Vaartweg", 12, Optional.empty(), Optional.empty(), "0401AB", "Assen"))
                .hasMessageContaining("ongeldige postcode '0401AB'");
        assertThatThrownBy(() -> new Address("Vaartweg", 0, Optional.empty(), Optional.empty(), "9401AB", "Assen"))
                .hasMessageContaining("ongeldig huisnummer 0");
    }

    @Test
    void use_purposes_parse_from_the_string_forms_sources_use() {
        assertThat(UsePurpose.parseList("{kantoorfunctie,industriefunctie}"))
                .containsExactlyInAnyOrder(UsePurpose.OFFICE, UsePurpose.INDUSTRY);
        assertThat(UsePurpose.parseList("[\"winkelfunctie\"]")).containsExactly(UsePurpose.RETAIL);
        assertThat(UsePurpose.parseList("Overige gebruiksfunctie")).containsExactly(UsePurpose.OTHER);
        assertThatThrownBy(() -> UsePurpose.parseList("kantoor"))
                .hasMessageContaining("onbekend gebruiksdoel 'kantoor'");
    }

    @Test
    void a_unit_needs_a_building_a_purpose_and_a_plausible_area() {
        Point p = RD.createPoint(new org.locationtech.jts.geom.Coordinate(233010, 557010));
        Address a = new Address("Vaartweg", 1, Optional.empty(), Optional.empty(), "9401AB", "Assen");
        Unit u = new Unit(
                "NL.IMBAG.Verblijfsobject.0106010000000001",
                List.of("0106100000000001", "106100000000001"),
                Set.of(UsePurpose.OFFICE),
                250,
                UnitStatus.IN_USE,
                a,
                p);
        assertThat(u.buildingIds()).containsExactly("0106100000000001");
        assertThat(u.isSinglePurpose()).isTrue();
        assertThatThrownBy(() -> new Unit(
                        "0106010000000001", List.of(), Set.of(UsePurpose.OFFICE), 250, UnitStatus.IN_USE, a, p))
                .hasMessageContaining("ligt in geen enkel pand");
        assertThatThrownBy(() -> new Unit(
                        "0106010000000001",
                        List.of("0106100000000001"),
                        Set.of(UsePurpose.OFFICE),
                        0,
                        UnitStatus.IN_USE,
                        a,
                        p))
                .hasMessageContaining("ongeldige gebruiksoppervlakte 0 m2");
    }

    @Test
    void label_classes_order_from_best_to_worst_and_c_is_the_office_threshold() {
        assertThat(LabelClass.fromCode("a++++")).contains(LabelClass.A4PLUS);
        assertThat(LabelClass.A4PLUS.isCOrBetter()).isTrue();
        assertThat(LabelClass.C.isCOrBetter()).isTrue();
        assertThat(LabelClass.D.isCOrBetter()).isFalse();
        assertThat(LabelClass.fromCode("unknown")).isEmpty();
    }

    @Test
    void a_label_needs_an_id_and_a_validity_after_registration() {
        var day = java.time.LocalDate.of(2020, 1, 1);
        assertThatThrownBy(() -> new EnergyLabel(
                        LabelClass.C,
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        day,
                        day.plusYears(10),
                        Optional.empty(),
                        Optional.empty(),
                        true))
                .hasMessageContaining("zonder verblijfsobject-id en zonder pand-id");
        assertThatThrownBy(() -> new EnergyLabel(
                        LabelClass.C,
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        day,
                        day.minusDays(1),
                        Optional.of("0106010000000001"),
                        Optional.empty(),
                        true))
                .hasMessageContaining("ligt voor de registratie");
    }

    @Test
    void a_roof_part_refuses_a_slope_beyond_vertical() {
        assertThatThrownBy(() -> new RoofPart("0106100000000001", 0, 95, 180, 10, 12, SQUARE))
                .hasMessageContaining("ongeldige hellingshoek 95.000");
    }

    @Test
    void a_company_checks_its_kvk_number() {
        assertThatThrownBy(() -> new Company(
                        "c1", "Bakkerij", Optional.of("1234"), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("ongeldig KvK-nummer '1234'");
    }
}
