package nl.kansenkaart.app.report;

import static nl.kansenkaart.app.report.TestParks.EXPORT_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;
import org.junit.jupiter.api.Test;

class ParkLookupTest {
    private static final String PAND = "0106100000000999";

    @Test
    void a_pand_with_many_addresses_lists_three_in_address_order_and_counts_the_rest() {
        List<Unit> units = new ArrayList<>();
        for (int n : new int[] {9, 2, 7, 2, 5}) {
            units.add(TestParks.unit(vbo(units.size()), PAND, 50, "Havenweg", n, null, null, UsePurpose.INDUSTRY));
        }
        ParkLookup lookup = new ParkLookup(snapshot(units, List.of(), List.of()), EXPORT_DATE);
        // Two units share number 2: four distinct addresses.
        assertThat(lookup.addresses(PAND)).isEqualTo("Havenweg 2; Havenweg 5; Havenweg 7 e.a. (4 adressen)");
        assertThat(lookup.firstAddress(PAND).orElseThrow().houseNumber()).isEqualTo(2);
        assertThat(lookup.addresses("0106100000000001")).isEmpty();
    }

    @Test
    void the_consultants_entry_for_a_unit_wins_over_the_matched_company() {
        Unit unit = TestParks.unit(vbo(1), PAND, 50, "Havenweg", 1, null, null, UsePurpose.OFFICE);
        ParkSnapshot s = new ParkSnapshot(
                TestParks.deVaart().park(),
                List.of(TestParks.building(
                        PAND, TestParks.rectangle(233_010, 556_010, 10, 10), BuildingStatus.IN_USE, 1990)),
                List.of(unit),
                List.of(),
                List.of(),
                List.of(),
                List.of(TestParks.company("k1", "Oude Naam B.V.", vbo(1))),
                List.of(
                        new Override(
                                OverrideTarget.UNIT,
                                "NL.IMBAG.Verblijfsobject." + vbo(1),
                                "Bedrijfsnaam",
                                "Nieuwe Naam"),
                        new Override(OverrideTarget.UNIT, vbo(1), "e-mail", "info@nieuwenaam.nl")));
        ParkLookup lookup = new ParkLookup(s, EXPORT_DATE);
        assertThat(lookup.companyName(unit)).isEqualTo("Nieuwe Naam");
        assertThat(lookup.companyNames(PAND)).isEqualTo("Nieuwe Naam");
        assertThat(lookup.unitField(unit, "e-mail")).isEqualTo("info@nieuwenaam.nl");
        assertThat(lookup.unitField(unit, "telefoon")).isEmpty();
    }

    @Test
    void an_expired_label_does_not_count_and_a_pand_label_stands_in_for_a_unit_without_one() {
        Unit a = TestParks.unit(vbo(1), PAND, 50, "Havenweg", 1, null, null, UsePurpose.OFFICE);
        Unit b = TestParks.unit(vbo(2), PAND, 50, "Havenweg", 3, null, null, UsePurpose.OFFICE);
        EnergyLabel expired = TestParks.label(vbo(1), LabelClass.A, LocalDate.of(2010, 1, 1));
        EnergyLabel forPand = new EnergyLabel(
                LabelClass.D,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2031, 1, 1),
                Optional.empty(),
                Optional.of(PAND),
                true);
        ParkLookup lookup = new ParkLookup(snapshot(List.of(a, b), List.of(expired, forPand), List.of()), EXPORT_DATE);
        assertThat(lookup.label(a).map(EnergyLabel::labelClass)).contains(LabelClass.D);
        assertThat(lookup.label(b).map(EnergyLabel::labelClass)).contains(LabelClass.D);
    }

    private static ParkSnapshot snapshot(List<Unit> units, List<EnergyLabel> labels, List<Override> overrides) {
        return new ParkSnapshot(
                TestParks.deVaart().park(),
                List.of(TestParks.building(
                        PAND, TestParks.rectangle(233_010, 556_010, 10, 10), BuildingStatus.IN_USE, 1990)),
                units,
                List.of(),
                labels,
                List.of(),
                List.of(),
                overrides);
    }

    private static String vbo(int n) {
        return String.format("01060100000%05d", n);
    }
}
