package nl.kansenkaart.core.kansen;

import static nl.kansenkaart.core.kansen.ParkBuilder.pand;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.RoofType;
import nl.kansenkaart.core.model.UsePurpose;
import org.junit.jupiter.api.Test;

/** A complete small park with one kind of data taken away at a time: each gives results and a note. */
class MissingDataTest {
    private static final KansenAssumptions A = KansenAssumptions.STANDARD;

    private static ParkBuilder park(boolean grid, boolean companies) {
        ParkBuilder p = new ParkBuilder()
                .building(1, 81_000, 451_000, 100, 100)
                .building(2, 81_200, 451_000, 20, 20)
                .building(3, 81_300, 451_000, 20, 20)
                .electricityKwh(2, 200_000)
                .electricityKwh(3, 80_000)
                .unit(2, 400, UsePurpose.INDUSTRY)
                .unit(3, 300, UsePurpose.OFFICE);
        if (companies) {
            p.company(2, "Koelhuis Noord").company(3, "Adviesbureau Oost");
        }
        if (grid) {
            p.grid(CapacityStatus.CONGESTED, CapacityStatus.CONGESTED);
        }
        return p;
    }

    @Test
    void without_grid_data_solar_is_still_scored_with_the_unknown_factor_and_no_hub_is_claimed() {
        KansenReport with = park(true, true).analyse(A);
        KansenReport without = park(false, true).analyse(A);
        assertThat(with.collective()).anyMatch(c -> c.type() == OpportunityType.ENERGY_HUB);
        assertThat(without.collective()).noneMatch(c -> c.type() == OpportunityType.ENERGY_HUB);
        assertThat(without.notes()).contains("energiehub: geen netcapaciteitsgegevens geladen, congestie onbekend");
        IndividualOpportunity solar = without.individual().get(0);
        assertThat(solar.explanation()).contains("netcapaciteit onbekend");
        assertThat(solar.score().feasibility()
                        / with.individual().get(0).score().feasibility())
                .isCloseTo(0.8 / 0.4, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void without_companies_the_koplopers_are_panden_and_the_counts_per_kind_are_zero() {
        KansenReport r = park(true, false).analyse(A);
        assertThat(r.scoreCard().companies()).isZero();
        assertThat(r.scoreCard().companiesPerType().values()).containsOnly(0);
        assertThat(r.scoreCard().koplopers()).isNotEmpty().allSatisfy(k -> assertThat(k.companies())
                .isEmpty());
        assertThat(r.notes()).contains("geen bedrijven (KvK) geladen: kansen per pand zonder bedrijfsnamen");
        assertThat(r.collective()).allSatisfy(c -> assertThat(c.explanation()).contains("geen gekoppelde bedrijven"));
    }

    @Test
    void with_companies_each_kind_counts_them() {
        KansenReport r = park(true, true).analyse(A);
        assertThat(r.scoreCard().companiesPerType().get(OpportunityType.SOLAR_ROOF))
                .isEqualTo(2);
        assertThat(r.scoreCard().companiesPerType().get(OpportunityType.ENERGY_SAVING))
                .isEqualTo(2);
        assertThat(r.scoreCard().companiesPerType().get(OpportunityType.ENERGY_HUB))
                .isEqualTo(2);
    }

    @Test
    void the_company_view_lists_each_company_with_its_own_and_its_collective_opportunities() {
        KansenReport r = park(true, true).analyse(A);
        assertThat(r.byCompany()).containsOnlyKeys("bedrijf-2", "bedrijf-3");
        assertThat(r.byCompany().get("bedrijf-2"))
                .extracting(Opportunity::id)
                .containsExactly(
                        "zon_op_dak:" + pand(2), "besparingsplicht:" + pand(2), "collectieve_zon:1", "energiehub:1");
    }

    @Test
    void a_3d_bag_flat_roof_is_named_and_the_roof_note_disappears() {
        ParkSnapshot s = park(true, true).snapshot();
        RoofSummary flat = new RoofSummary(
                RoofType.SINGLE_HORIZONTAL,
                OptionalDouble.of(10_000),
                OptionalDouble.of(10_000),
                OptionalDouble.of(0),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.of(1),
                false);
        List<Building> withRoof = s.buildings().stream()
                .map(b -> b.id().equals(pand(1)) ? b.withRoof(flat) : b)
                .toList();
        ParkSnapshot roofed = new ParkSnapshot(
                s.park(), withRoof, s.units(), s.roofParts(), s.labels(), s.gridAreas(), s.companies(), s.overrides());
        KansenReport r = ParkBuilder.analyse(roofed, A);
        assertThat(r.individual().get(0).explanation()).startsWith("Zon op dak: 770 kWp op 10.000 m2 plat dak");
        assertThat(r.notes()).noneMatch(n -> n.startsWith("geen 3D BAG-dakgegevens"));
    }

    @Test
    void without_units_only_solar_opportunities_remain_and_the_note_says_so() {
        ParkBuilder p = new ParkBuilder().building(1, 81_000, 451_000, 30, 30);
        KansenReport r = p.analyse(A);
        assertThat(r.individual()).extracting(IndividualOpportunity::type).containsExactly(OpportunityType.SOLAR_ROOF);
        assertThat(r.scoreCard().totalUseMwh()).isZero();
        assertThat(r.scoreCard().solarShareOfUse()).isEmpty();
        assertThat(r.notes())
                .contains("geen verblijfsobjecten: energiegebruik, label-C-plicht en energiebesparingsplicht niet te"
                        + " schatten, alleen zonkansen");
    }
}
