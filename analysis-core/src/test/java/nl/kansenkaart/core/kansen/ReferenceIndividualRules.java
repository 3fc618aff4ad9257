package nl.kansenkaart.core.kansen;

import static nl.kansenkaart.core.text.DutchNumbers.decimal;
import static nl.kansenkaart.core.text.DutchNumbers.rounded;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.RoofType;
import nl.kansenkaart.core.obligations.EnergyEstimate;
import nl.kansenkaart.core.obligations.ObligationLevel;
import nl.kansenkaart.core.obligations.ObligationResult;
import nl.kansenkaart.core.solar.SolarPotential;

/** The rules that give the opportunities of one building, in the order of {@link OpportunityType}. */
final class ReferenceIndividualRules {
    private final KansenAssumptions a;
    private final double co2KgPerKwh;

    /**
     * @param co2KgPerKwh CO2 of grid electricity in kg per kWh (from the solar assumptions, so that
     *     solar and saving count alike)
     */
    ReferenceIndividualRules(KansenAssumptions a, double co2KgPerKwh) {
        this.a = a;
        this.co2KgPerKwh = co2KgPerKwh;
    }

    List<IndividualOpportunity> of(ReferenceBuildingFacts f) {
        List<IndividualOpportunity> out = new ArrayList<>(2);
        f.solar().ifPresent(p -> solar(f, p, out));
        label(f, out);
        saving(f, out);
        return out;
    }

    private void solar(ReferenceBuildingFacts f, SolarPotential p, List<IndividualOpportunity> out) {
        double kwp = f.newSolarKwp();
        if (kwp < a.solar().minKwp() || kwp <= 0) {
            return;
        }
        SolarSizeClass size = SolarSizeClass.of(kwp, a);
        Impact impact = new Impact(
                kwp,
                p.yieldKwhPerYear() / 1000,
                p.economics().investmentEur(),
                p.economics().co2AvoidedKgPerYear());
        CapacityStatus feedIn = f.feedIn();
        double feasibility = gridFactor(feedIn) * paybackFactor(p.economics().paybackYears());
        PriorityScore score = PriorityScore.of(impact.energyMwhPerYear(), false, feasibility, a);
        String payback = p.economics().paybackYears().isPresent()
                ? "terugverdientijd " + decimal(p.economics().paybackYears().getAsDouble(), 1) + " jaar"
                : "geen terugverdientijd (geen besparing)";
        String line = "Zon op dak: " + decimal(kwp, 1) + " kWp op " + rounded(p.usableRoofAreaM2()) + " m2 "
                + roofWords(f) + ", " + rounded(impact.energyMwhPerYear()) + " MWh per jaar, investering "
                + rounded(impact.investmentEur()) + " euro, " + payback + "; " + feedInWords(feedIn) + "; "
                + score.text() + "; methode " + p.method().label()
                + (p.sizing().fallback().isPresent() ? ", terugval op footprint" : "");
        out.add(new IndividualOpportunity(
                OpportunityType.SOLAR_ROOF,
                f.id(),
                f.companies(),
                f.building().footprint(),
                impact,
                score,
                false,
                Optional.of(size),
                "Zon op dak (" + size.dutch() + ")",
                line));
        if (p.flags().gh1SizeRoof()) {
            boolean obliged = f.likelyObliged();
            PriorityScore gh1Score = PriorityScore.of(impact.energyMwhPerYear(), obliged, feasibility, a);
            out.add(new IndividualOpportunity(
                    OpportunityType.GH1_SOLAR,
                    f.id(),
                    f.companies(),
                    f.building().footprint(),
                    impact,
                    gh1Score,
                    obliged,
                    Optional.of(size),
                    OpportunityType.GH1_SOLAR.dutch(),
                    "Erkende maatregel GH1: " + rounded(p.usableRoofAreaM2()) + " m2 geschikt dak, " + decimal(kwp, 1)
                            + " kWp; verplicht bij energiebesparingsplicht en een aansluiting groter dan 3x80 A; "
                            + gh1Obligation(f, obliged)
                            + "; " + feedInWords(feedIn) + "; " + gh1Score.text()));
        }
        if (p.flags().structuralCheckAdvised()) {
            PriorityScore checkScore = PriorityScore.of(impact.energyMwhPerYear(), false, 1, a);
            out.add(new IndividualOpportunity(
                    OpportunityType.STRUCTURAL_CHECK,
                    f.id(),
                    f.companies(),
                    f.building().footprint(),
                    new Impact(kwp, impact.energyMwhPerYear(), 0, 0),
                    checkScore,
                    false,
                    Optional.of(size),
                    OpportunityType.STRUCTURAL_CHECK.dutch(),
                    "Constructieve check: laat de draagkracht van het dak ("
                            + rounded(p.sizing().footprintM2())
                            + " m2, "
                            + (p.constructionYear().isPresent()
                                    ? "bouwjaar " + p.constructionYear().getAsInt()
                                    : "bouwjaar onbekend")
                            + ") onderzoeken voor " + decimal(kwp, 1) + " kWp zonnepanelen; "
                            + checkScore.text()));
        }
    }

    /**
     * Whether GH1 is likely required: an unknown obligation (no VBO or no floor area to estimate use
     * from) is neither "verplicht" nor "vrijwillig", but a point to check.
     */
    private static String gh1Obligation(ReferenceBuildingFacts f, boolean obliged) {
        if (obliged) {
            return "energiebesparingsplicht waarschijnlijk, dus maatregel waarschijnlijk verplicht";
        }
        if (f.obligationUnknown()) {
            return "verplichting onbekend: controleer (gebruik van het pand niet te schatten)";
        }
        return "geen energiebesparingsplicht verwacht, dus vrijwillig";
    }

    private void label(ReferenceBuildingFacts f, List<IndividualOpportunity> out) {
        if (f.label().isEmpty()) {
            return;
        }
        LabelOutcome outcome = f.label().get().outcome();
        String what;
        switch (outcome.kind()) {
            case NON_COMPLIANT -> what = "label niet C of beter";
            case NO_LABEL -> what = "geen label";
            case PARTLY_LABELLED -> what = "deels gelabeld";
            default -> {
                return;
            }
        }
        Impact impact = saving(f, a.saving().labelCShare());
        PriorityScore score = PriorityScore.of(impact.energyMwhPerYear(), true, 1, a);
        out.add(new IndividualOpportunity(
                OpportunityType.LABEL_C_UPGRADE,
                f.id(),
                f.companies(),
                f.building().footprint(),
                impact,
                score,
                true,
                Optional.empty(),
                "Naar label C (" + what + ")",
                "Label-C-plicht kantoren (sinds 1 januari 2023): " + outcome.reason() + "; "
                        + savingWords(impact, a.saving().labelCShare(), f) + "; " + score.text()));
    }

    private void saving(ReferenceBuildingFacts f, List<IndividualOpportunity> out) {
        if (!f.likelyObliged()) {
            return;
        }
        boolean research = f.use().get().level() == ObligationLevel.RESEARCH_LIKELY;
        Impact impact = saving(f, a.saving().measuresShare());
        PriorityScore score = PriorityScore.of(impact.energyMwhPerYear(), true, 1, a);
        out.add(new IndividualOpportunity(
                OpportunityType.ENERGY_SAVING,
                f.id(),
                f.companies(),
                f.building().footprint(),
                impact,
                score,
                true,
                Optional.empty(),
                research ? "Onderzoeksplicht en erkende maatregelen" : OpportunityType.ENERGY_SAVING.dutch(),
                "Controleer de erkende maatregelen (EML) en de melding in het eLoket"
                        + (research ? ", en het onderzoek naar besparing (onderzoeksplicht)" : "") + ": "
                        + useWords(f.use().get()) + "; "
                        + savingWords(impact, a.saving().measuresShare(), f) + "; "
                        + score.text()));
    }

    /** "energiebesparingsplicht waarschijnlijk: 66.300 kWh (geschat) en 10.900 m3 gas (gemeten) per jaar, grens ...". */
    private static String useWords(ObligationResult r) {
        EnergyEstimate e = r.estimate();
        boolean research = r.level() == ObligationLevel.RESEARCH_LIKELY;
        return r.level().dutch() + ": " + rounded(e.electricityKwh()) + " kWh"
                + (e.electricityMeasured() ? " (gemeten)" : " (geschat)") + " en " + rounded(e.gasM3()) + " m3 gas"
                + (e.gasMeasured() ? " (gemeten)" : " (geschat)") + " per jaar, grens "
                + rounded(
                        research
                                ? r.assumptions().researchElectricityKwh()
                                : r.assumptions().savingElectricityKwh())
                + " kWh of "
                + rounded(
                        research
                                ? r.assumptions().researchGasM3()
                                : r.assumptions().savingGasM3())
                + " m3; de plicht geldt per inrichting";
    }

    /** A share of the building's use saved: MWh per year and the CO2 of that share. */
    private Impact saving(ReferenceBuildingFacts f, double share) {
        double mwh = share * f.useKwhEquivalent(a) / 1000;
        double co2 = share
                * (f.electricityKwh() * co2KgPerKwh + f.gasM3() * a.saving().gasCo2KgPerM3());
        return new Impact(0, mwh, 0, co2);
    }

    private String savingWords(Impact impact, double share, ReferenceBuildingFacts f) {
        if (f.use().isEmpty() || f.useKwhEquivalent(a) == 0) {
            return "besparing niet te schatten (energiegebruik onbekend)";
        }
        return "geschatte besparing " + decimal(impact.energyMwhPerYear(), 1) + " MWh per jaar ("
                + decimal(share * 100, 1) + " % van " + rounded(f.useKwhEquivalent(a) / 1000) + " MWh)";
    }

    /** The feasibility factor of the feed-in status. */
    double gridFactor(CapacityStatus feedIn) {
        return switch (feedIn) {
            case AVAILABLE -> 1;
            case SCARCE -> a.score().feasibilityScarce();
            case CONGESTION_MANAGEMENT, CONGESTED -> a.score().feasibilityCongested();
            case UNKNOWN -> a.score().feasibilityUnknownGrid();
        };
    }

    /** 1 up to the good payback, linearly down to 0 at the maximum; 0 without a payback. */
    double paybackFactor(OptionalDouble paybackYears) {
        if (paybackYears.isEmpty()) {
            return 0;
        }
        double years = paybackYears.getAsDouble();
        if (years <= a.score().paybackGoodYears()) {
            return 1;
        }
        if (years >= a.score().paybackMaxYears()) {
            return 0;
        }
        return 1
                - (years - a.score().paybackGoodYears())
                        / (a.score().paybackMaxYears() - a.score().paybackGoodYears());
    }

    static String feedInWords(CapacityStatus feedIn) {
        return switch (feedIn) {
            case CONGESTED -> "invoeding beperkt (netgebied rood)";
            case CONGESTION_MANAGEMENT -> "invoeding beperkt (netgebied oranje)";
            case SCARCE -> "invoeding schaars (netgebied geel)";
            case AVAILABLE -> "invoeding mogelijk";
            case UNKNOWN -> "netcapaciteit onbekend";
        };
    }

    private static String roofWords(ReferenceBuildingFacts f) {
        Optional<RoofSummary> roof = f.building().roof();
        if (roof.isEmpty()) {
            return "dak";
        }
        if (roof.get().roofType().isFlat()) {
            return "plat dak";
        }
        return roof.get().roofType() == RoofType.SLANTED ? "schuin dak" : "dak";
    }
}
