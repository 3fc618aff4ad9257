package nl.kansenkaart.core.labels;

import static nl.kansenkaart.core.testing.Fixtures.REFERENCE_DATE;
import static nl.kansenkaart.core.testing.Fixtures.building;
import static nl.kansenkaart.core.testing.Fixtures.buildingLabel;
import static nl.kansenkaart.core.testing.Fixtures.flag;
import static nl.kansenkaart.core.testing.Fixtures.pand;
import static nl.kansenkaart.core.testing.Fixtures.snapshot;
import static nl.kansenkaart.core.testing.Fixtures.unit;
import static nl.kansenkaart.core.testing.Fixtures.unitLabel;
import static nl.kansenkaart.core.testing.Fixtures.vbo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import org.junit.jupiter.api.Test;

/** Label choice, exemptions, mixed use, shared units and the reason lines of the label-C analysis. */
class OfficeLabelAnalysisTest {
    private static final String P1 = pand(1);
    private static final String P2 = pand(2);
    private static final EnergyLabel ELSEWHERE = unitLabel(vbo(999), LabelClass.A, LocalDate.of(2020, 1, 1));

    private static LabelOutcome judge(List<Unit> units, List<EnergyLabel> labels, List<Override> overrides) {
        return judge(OfficeAssumptions.legal(REFERENCE_DATE), units, labels, overrides);
    }

    private static LabelOutcome judge(
            OfficeAssumptions a, List<Unit> units, List<EnergyLabel> labels, List<Override> overrides) {
        return OfficeLabelAnalysis.analyse(
                        snapshot(List.of(building(P1, 85_000, 455_000)), units, labels, overrides), a)
                .get(0)
                .outcome();
    }

    @Test
    void the_reason_line_reads_like_the_consultant_writes_it() {
        LabelOutcome outcome = judge(
                List.of(
                        unit(vbo(1), 769, List.of(P1), UsePurpose.OFFICE),
                        unit(vbo(2), 471, List.of(P1), UsePurpose.INDUSTRY)),
                List.of(unitLabel(vbo(1), LabelClass.E, LocalDate.of(2019, 5, 6))),
                List.of());
        assertThat(outcome).isInstanceOf(LabelOutcome.NonCompliant.class);
        assertThat(outcome.reason()).isEqualTo("kantoor 62 % van 1.240 m2, label E (2019)");
        LabelOutcome.NonCompliant nc = (LabelOutcome.NonCompliant) outcome;
        assertThat(nc.date()).isEqualTo(LocalDate.of(2019, 5, 6));
        assertThat(nc.use().officeAreaM2()).isEqualTo(769.0);
    }

    @Test
    void the_latest_valid_registration_counts_and_an_expired_one_is_ignored() {
        Unit office = unit(vbo(1), 500, List.of(P1), UsePurpose.OFFICE);
        EnergyLabel old = unitLabel(vbo(1), LabelClass.F, LocalDate.of(2016, 1, 1));
        EnergyLabel newer = unitLabel(vbo(1), LabelClass.B, LocalDate.of(2021, 2, 3));
        // Registered after the first ones but already expired on the reference date.
        EnergyLabel expired =
                unitLabel(vbo(1), LabelClass.G, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), null, null);
        // Registered after the reference date: not valid yet.
        EnergyLabel future = unitLabel(vbo(1), LabelClass.G, LocalDate.of(2026, 1, 1));

        LabelOutcome outcome = judge(List.of(office), List.of(expired, newer, future, old), List.of());
        assertThat(outcome).isInstanceOf(LabelOutcome.Compliant.class);
        assertThat(((LabelOutcome.Compliant) outcome).label()).isEqualTo(newer);
        assertThat(outcome.reason()).isEqualTo("kantoor 100 % van 500 m2, label B (2021)");

        // Input order does not change the choice.
        assertThat(judge(List.of(office), List.of(old, future, newer, expired), List.of()))
                .isEqualTo(outcome);
        // With only the old and the expired registration, the old one (still valid) counts.
        assertThat(judge(List.of(office), List.of(expired, old), List.of()).kind())
                .isEqualTo(LabelOutcome.Kind.NON_COMPLIANT);
        assertThat(LabelChoice.latestValid(List.of(expired, old, newer), REFERENCE_DATE))
                .contains(newer);
    }

    @Test
    void a_label_for_the_whole_pand_covers_office_units_without_their_own() {
        List<Unit> units = List.of(
                unit(vbo(1), 300, List.of(P1), UsePurpose.OFFICE), unit(vbo(2), 300, List.of(P1), UsePurpose.OFFICE));
        LabelOutcome byPand =
                judge(units, List.of(buildingLabel(P1, LabelClass.D, LocalDate.of(2018, 1, 1))), List.of());
        assertThat(byPand.kind()).isEqualTo(LabelOutcome.Kind.NON_COMPLIANT);
        assertThat(byPand.reason()).isEqualTo("kantoor 100 % van 600 m2, pandlabel D (2018)");

        // A unit's own label is more specific and wins over the pand label.
        LabelOutcome mixed = judge(
                units,
                List.of(
                        buildingLabel(P1, LabelClass.A, LocalDate.of(2018, 1, 1)),
                        unitLabel(vbo(2), LabelClass.C, LocalDate.of(2020, 1, 1))),
                List.of());
        assertThat(mixed.kind()).isEqualTo(LabelOutcome.Kind.COMPLIANT);
        assertThat(((LabelOutcome.Compliant) mixed).label().labelClass()).isEqualTo(LabelClass.C);
    }

    @Test
    void some_labelled_office_units_give_partly_labelled_with_the_missing_ones_named() {
        LabelOutcome outcome = judge(
                List.of(
                        unit(vbo(1), 300, List.of(P1), UsePurpose.OFFICE),
                        unit(vbo(2), 300, List.of(P1), UsePurpose.OFFICE),
                        unit(vbo(3), 300, List.of(P1), UsePurpose.OFFICE)),
                List.of(
                        unitLabel(vbo(1), LabelClass.A, LocalDate.of(2020, 1, 1)),
                        unitLabel(vbo(3), LabelClass.E, LocalDate.of(2019, 1, 1))),
                List.of());
        assertThat(outcome).isInstanceOf(LabelOutcome.PartlyLabelled.class);
        LabelOutcome.PartlyLabelled partly = (LabelOutcome.PartlyLabelled) outcome;
        assertThat(partly.labelledUnitIds()).containsExactly(vbo(1), vbo(3));
        assertThat(partly.unlabelledUnitIds()).containsExactly(vbo(2));
        assertThat(partly.weakest().labelClass()).isEqualTo(LabelClass.E);
        assertThat(outcome.reason())
                .isEqualTo("kantoor 100 % van 900 m2, 2 van 3 kantoor-vbo's gelabeld (zwakste label E (2019),"
                        + " voldoet niet); zonder label: " + vbo(2));
    }

    @Test
    void a_monument_or_demolition_flag_exempts_an_obliged_office() {
        List<Unit> units = List.of(unit(vbo(1), 500, List.of(P1), UsePurpose.OFFICE));
        LabelOutcome monument = judge(units, List.of(ELSEWHERE), List.of(flag(P1, "monument", "ja")));
        assertThat(monument).isEqualTo(new LabelOutcome.Exempt(((LabelOutcome.Exempt) monument).use(), "monument"));
        assertThat(monument.reason()).isEqualTo("kantoor 100 % van 500 m2, vrijgesteld: monument (opgave adviseur)");

        assertThat(judge(units, List.of(ELSEWHERE), List.of(flag("NL.IMBAG.Pand." + P1, "Sloop", "Ja")))
                        .kind())
                .isEqualTo(LabelOutcome.Kind.EXEMPT);
        assertThat(judge(units, List.of(ELSEWHERE), List.of(flag(P1, "monument", "nee")))
                        .kind())
                .isEqualTo(LabelOutcome.Kind.NO_LABEL);
        // A flag on another pand does not count.
        assertThat(judge(units, List.of(ELSEWHERE), List.of(flag(P2, "monument", "ja")))
                        .kind())
                .isEqualTo(LabelOutcome.Kind.NO_LABEL);
        // A pand that is not obliged stays "not obliged": the exemption only matters when it is.
        assertThat(judge(
                                List.of(unit(vbo(1), 50, List.of(P1), UsePurpose.OFFICE)),
                                List.of(ELSEWHERE),
                                List.of(flag(P1, "monument", "ja")))
                        .kind())
                .isEqualTo(LabelOutcome.Kind.NOT_OBLIGED);
    }

    @Test
    void a_mixed_use_unit_counts_by_the_chosen_rule_and_the_reason_says_so() {
        List<Unit> units = List.of(
                unit(vbo(1), 600, List.of(P1), UsePurpose.OFFICE, UsePurpose.INDUSTRY),
                unit(vbo(2), 400, List.of(P1), UsePurpose.INDUSTRY));
        OfficeAssumptions legal = OfficeAssumptions.legal(REFERENCE_DATE);

        // Default: only pure office units count; the mixed one is named with its area, to check.
        assertThat(legal.mixedUse()).isEqualTo(MixedUseRule.OFFICE_ONLY_WHEN_SOLE);
        LabelOutcome sole = judge(legal, units, List.of(ELSEWHERE), List.of());
        assertThat(sole.kind()).isEqualTo(LabelOutcome.Kind.NOT_OBLIGED);
        assertThat(sole.use().officeAreaM2()).isZero();
        assertThat(sole.use().mixedUseAreaM2()).isEqualTo(600.0);
        assertThat(sole.reason())
                .isEqualTo("geen vbo met uitsluitend kantoorfunctie (1.000 m2); 1 vbo met kantoor en andere functie"
                        + " (600 m2, niet te splitsen): niet als kantoor geteld (aanname), controleer of kantoor de"
                        + " hoofdfunctie is");

        OfficeAssumptions listed = withMixedUse(legal, MixedUseRule.OFFICE_WHEN_LISTED);
        LabelOutcome full = judge(listed, units, List.of(ELSEWHERE), List.of());
        assertThat(full.kind()).isEqualTo(LabelOutcome.Kind.NO_LABEL);
        assertThat(full.use().officeAreaM2()).isEqualTo(600.0);
        assertThat(full.reason())
                .isEqualTo("kantoor 60 % van 1.000 m2, geen geregistreerd label; 1 vbo met kantoor en andere functie"
                        + " (600 m2, niet te splitsen): volledig als kantoor geteld, behalve met woonfunctie");

        OfficeAssumptions split = withMixedUse(legal, MixedUseRule.SPLIT_EQUALLY);
        LabelOutcome halved = judge(split, units, List.of(ELSEWHERE), List.of());
        assertThat(halved.use().officeAreaM2()).isEqualTo(300.0);
        assertThat(halved.kind()).isEqualTo(LabelOutcome.Kind.NOT_OBLIGED);
        assertThat(halved.reason())
                .startsWith("kantoor 30 % van 1.000 m2: minder dan 50 % kantoor; 1 vbo met kantoor en andere functie");

        // A dwelling with a workroom is not an office under the widest rule either.
        LabelOutcome home = judge(
                listed,
                List.of(unit(vbo(3), 150, List.of(P1), UsePurpose.OFFICE, UsePurpose.RESIDENTIAL)),
                List.of(ELSEWHERE),
                List.of());
        assertThat(home.kind()).isEqualTo(LabelOutcome.Kind.NOT_OBLIGED);
    }

    @Test
    void a_hall_of_one_industry_and_office_unit_is_no_office_by_default_but_exactly_half_when_split() {
        // Why the equal split is no default: a lone two-purpose hall lands on exactly 50 %, which obliges.
        List<Unit> hall = List.of(unit(vbo(1), 3_044, List.of(P1), UsePurpose.INDUSTRY, UsePurpose.OFFICE));
        OfficeAssumptions legal = OfficeAssumptions.legal(REFERENCE_DATE);
        assertThat(judge(legal, hall, List.of(ELSEWHERE), List.of()).kind()).isEqualTo(LabelOutcome.Kind.NOT_OBLIGED);
        LabelOutcome split =
                judge(withMixedUse(legal, MixedUseRule.SPLIT_EQUALLY), hall, List.of(ELSEWHERE), List.of());
        assertThat(split.use().share()).isEqualTo(0.5);
        assertThat(split.kind()).isEqualTo(LabelOutcome.Kind.NO_LABEL);
        // Pure office units beside a mixed one still oblige the pand under the default.
        List<Unit> mixedAndPure = List.of(
                unit(vbo(2), 300, List.of(P1), UsePurpose.OFFICE),
                unit(vbo(3), 200, List.of(P1), UsePurpose.OFFICE, UsePurpose.INDUSTRY));
        LabelOutcome pure = judge(legal, mixedAndPure, List.of(ELSEWHERE), List.of());
        assertThat(pure.kind()).isEqualTo(LabelOutcome.Kind.NO_LABEL);
        assertThat(pure.use().officeUnitIds()).containsExactly(vbo(2));
        assertThat(pure.reason()).startsWith("kantoor 60 % van 500 m2, geen geregistreerd label; 1 vbo met kantoor");
    }

    @Test
    void a_unit_in_two_panden_is_split_equally_by_default_and_counted_fully_when_chosen() {
        Unit shared = unit(vbo(1), 400, List.of(P1, P2), UsePurpose.OFFICE);
        Unit hall = unit(vbo(2), 300, List.of(P1), UsePurpose.INDUSTRY);
        OfficeAssumptions legal = OfficeAssumptions.legal(REFERENCE_DATE);
        var snapshot = snapshot(
                List.of(building(P1, 85_000, 455_000), building(P2, 85_020, 455_000)),
                List.of(shared, hall),
                List.of(ELSEWHERE),
                List.of());

        List<LabelResult> split = OfficeLabelAnalysis.analyse(snapshot, legal);
        assertThat(split.get(0).outcome().use().officeAreaM2()).isEqualTo(200.0);
        assertThat(split.get(0).kind()).isEqualTo(LabelOutcome.Kind.NOT_OBLIGED);
        assertThat(split.get(0).reason())
                .isEqualTo("kantoor 40 % van 500 m2: minder dan 50 % kantoor; 1 vbo ligt ook in een ander pand:"
                        + " oppervlak gelijk verdeeld over de panden");
        assertThat(split.get(1).outcome().use().officeAreaM2()).isEqualTo(200.0);
        assertThat(split.get(1).kind()).isEqualTo(LabelOutcome.Kind.NO_LABEL);

        OfficeAssumptions full = new OfficeAssumptions(
                "volledig",
                REFERENCE_DATE,
                0.5,
                100,
                true,
                LabelClass.C,
                1.3,
                225,
                SharedUnitRule.FULL_IN_EACH,
                MixedUseRule.OFFICE_WHEN_LISTED);
        List<LabelResult> counted = OfficeLabelAnalysis.analyse(snapshot, full);
        assertThat(counted.get(0).outcome().use().officeAreaM2()).isEqualTo(400.0);
        assertThat(counted.get(0).kind()).isEqualTo(LabelOutcome.Kind.NO_LABEL);
        assertThat(counted.get(0).reason()).endsWith("volledig oppervlak in elk pand geteld");
    }

    @Test
    void missing_label_data_gives_unknown_and_says_what_is_missing() {
        LabelOutcome outcome = judge(List.of(unit(vbo(1), 500, List.of(P1), UsePurpose.OFFICE)), List.of(), List.of());
        assertThat(outcome).isInstanceOf(LabelOutcome.Unknown.class);
        assertThat(outcome.reason())
                .isEqualTo("kantoor 100 % van 500 m2, onbekend: geen energielabels in dit plangebied (EP-Online niet"
                        + " geïmporteerd of zonder labels hier)");
    }

    @Test
    void demolished_panden_inactive_units_and_empty_panden_are_not_obliged() {
        var demolished = OfficeLabelAnalysis.analyse(
                snapshot(
                        List.of(building(P1, BuildingStatus.DEMOLISHED, 85_000, 455_000)),
                        List.of(unit(vbo(1), 500, List.of(P1), UsePurpose.OFFICE)),
                        List.of(ELSEWHERE),
                        List.of()),
                OfficeAssumptions.legal(REFERENCE_DATE));
        assertThat(demolished.get(0).reason()).isEqualTo("pand niet in gebruik (Pand gesloopt)");

        LabelOutcome withdrawn = judge(
                List.of(unit(vbo(1), 500, List.of(P1), UnitStatus.WITHDRAWN, "2595AA", UsePurpose.OFFICE)),
                List.of(ELSEWHERE),
                List.of());
        assertThat(withdrawn.kind()).isEqualTo(LabelOutcome.Kind.NOT_OBLIGED);
        assertThat(withdrawn.reason()).isEqualTo("geen actieve verblijfsobjecten met gebruiksoppervlakte");

        LabelOutcome small =
                judge(List.of(unit(vbo(1), 99, List.of(P1), UsePurpose.OFFICE)), List.of(ELSEWHERE), List.of());
        assertThat(small.reason()).isEqualTo("kantoor 99 m2 (100 %): minder dan 100 m2");
        OfficeAssumptions strict = OfficeAssumptions.fromProperties(
                props("kantoor.oppervlak_vergelijking", ">"), OfficeAssumptions.legal(REFERENCE_DATE));
        LabelOutcome hundred = judge(
                strict, List.of(unit(vbo(1), 100, List.of(P1), UsePurpose.OFFICE)), List.of(ELSEWHERE), List.of());
        assertThat(hundred.reason()).isEqualTo("kantoor 100 m2 (100 %): niet meer dan 100 m2");
    }

    @Test
    void the_analysis_refuses_an_index_made_for_another_day() {
        var snapshot = snapshot(List.of(building(P1, 85_000, 455_000)), List.of(), List.of(), List.of());
        SnapshotIndex index = SnapshotIndex.of(snapshot, LocalDate.of(2024, 1, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OfficeLabelAnalysis.analyse(
                        snapshot.buildings(),
                        index,
                        OfficeAssumptions.legal(REFERENCE_DATE),
                        nl.kansenkaart.core.progress.Progress.NONE))
                .hasMessageContaining("peildatum 2024-01-01");
    }

    private static java.util.Properties props(String key, String value) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty(key, value);
        return p;
    }

    private static OfficeAssumptions withMixedUse(OfficeAssumptions a, MixedUseRule rule) {
        return new OfficeAssumptions(
                a.preset(),
                a.referenceDate(),
                a.minOfficeShare(),
                a.minOfficeAreaM2(),
                a.officeAreaInclusive(),
                a.worstCompliantClass(),
                a.maxEnergyIndex(),
                a.maxPrimaryFossilKwhPerM2(),
                a.sharedUnits(),
                rule);
    }
}
