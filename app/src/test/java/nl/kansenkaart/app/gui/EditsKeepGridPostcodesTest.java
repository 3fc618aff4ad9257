package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import nl.kansenkaart.app.engine.CompanyMatches;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.synthetic.SyntheticPark;
import org.junit.jupiter.api.Test;

/**
 * An edit or a company match must not drop the grid capacity per postcode: the grid analysis of a
 * park imported from a postcode list (no polygons) would fall back to "onbekend" after any edit.
 */
class EditsKeepGridPostcodesTest {
    private static ParkSnapshot withPostcodeGrid() {
        ParkSnapshot s = SyntheticPark.generate(5);
        String postcode = s.units().get(0).address().postcode();
        GridPostcode row = new GridPostcode(
                postcode, "Enexis", CapacityStatus.CONGESTED, CapacityStatus.AVAILABLE, OptionalInt.empty());
        Company c = new nl.kansenkaart.core.model.Company(
                "K1",
                "Smit Metaal",
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty());
        return new ParkSnapshot(
                s.park(),
                s.buildings(),
                s.units(),
                s.roofParts(),
                s.labels(),
                s.gridAreas(),
                java.util.List.of(c),
                s.overrides(),
                java.util.List.of(row));
    }

    @Test
    void a_consultants_edit_keeps_the_grid_rows_per_postcode() {
        ParkSnapshot s = withPostcodeGrid();
        ParkSnapshot edited = AnalysedPark.withOverride(
                s,
                new Override(
                        Override.OverrideTarget.BUILDING, s.buildings().get(0).id(), "monument", "ja"));
        assertThat(edited.gridPostcodes()).isEqualTo(s.gridPostcodes()).isNotEmpty();
    }

    @Test
    void a_company_match_keeps_the_grid_rows_per_postcode() {
        ParkSnapshot s = withPostcodeGrid();
        ParkSnapshot matched = CompanyMatches.apply(AnalysedPark.withOverride(
                s, CompanyMatches.link("K1", s.units().get(0).id())));
        assertThat(matched.companies().get(0).unitId())
                .contains(s.units().get(0).id());
        assertThat(matched.gridPostcodes()).isEqualTo(s.gridPostcodes()).isNotEmpty();
    }
}
