package nl.kansenkaart.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import nl.kansenkaart.core.synthetic.SyntheticPark;
import org.junit.jupiter.api.Test;

class ParkSnapshotCopyTest {
    private static final GridPostcode POSTCODE = new GridPostcode(
            "9403CM", "Enexis", CapacityStatus.AVAILABLE, CapacityStatus.CONGESTED, OptionalInt.of(2029));

    private static ParkSnapshot withPostcodes() {
        ParkSnapshot s = SyntheticPark.generate(30);
        return new ParkSnapshot(
                s.park(),
                s.buildings(),
                s.units(),
                s.roofParts(),
                s.labels(),
                s.gridAreas(),
                s.companies(),
                s.overrides(),
                List.of(POSTCODE));
    }

    @Test
    void other_companies_leave_every_other_field_as_it_was() {
        ParkSnapshot s = withPostcodes();

        ParkSnapshot copy = s.withCompanies(List.of());

        assertThat(copy.companies()).isEmpty();
        assertThat(copy.gridPostcodes()).containsExactly(POSTCODE);
        assertThat(copy.withCompanies(s.companies())).isEqualTo(s);
    }

    @Test
    void other_edits_leave_every_other_field_as_it_was() {
        ParkSnapshot s = withPostcodes();
        Override edit = new Override(
                Override.OverrideTarget.BUILDING, s.buildings().get(0).id(), "monument", "ja");

        ParkSnapshot copy = s.withOverrides(List.of(edit));

        assertThat(copy.overrides()).containsExactly(edit);
        assertThat(copy.gridPostcodes()).containsExactly(POSTCODE);
        assertThat(copy.withOverrides(s.overrides())).isEqualTo(s);
    }
}
