package nl.kansenkaart.core.kansen;

import static nl.kansenkaart.core.kansen.Dutch.count;
import static nl.kansenkaart.core.kansen.Dutch.decimal;
import static nl.kansenkaart.core.kansen.Dutch.whole;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The park at a glance for the kansenkaart: estimated use against the solar potential (the gap to
 * energy-neutral 2035), the companies and buildings per kind of opportunity, the totals and the
 * koplopers.
 *
 * @param buildings panden in the park
 * @param companies companies matched to a pand
 * @param electricityUseMwh estimated (or measured) electricity use, MWh per year
 * @param gasUseM3 estimated (or measured) gas use, m3 per year
 * @param totalUseMwh electricity plus gas as kWh-equivalent, MWh per year
 * @param solarYieldMwh yield of the new solar potential (the "zon op dak" opportunities), MWh per year
 * @param energyNeutralGapMwh total use minus solar yield, at least 0, MWh per year
 * @param solarShareOfUse solar yield / total use, empty when the use is 0
 * @param buildingsPerType panden per kind (collective kinds: panden in all its opportunities)
 * @param companiesPerType distinct companies per kind
 * @param peakPowerKwp new solar peak power, kWp
 * @param investmentEur investment for that solar power, EUR
 * @param savingMwh estimated savings by label C and the recognised measures, MWh per year (an upper
 *     bound: the two may overlap)
 * @param co2EmittedTonPerYear CO2 of the estimated use, ton per year
 * @param co2AvoidedTonPerYear CO2 avoided by the solar potential and the savings, ton per year
 * @param koplopers the buildings with the most potential, best first
 */
public record ParkScoreCard(
        int buildings,
        int companies,
        double electricityUseMwh,
        double gasUseM3,
        double totalUseMwh,
        double solarYieldMwh,
        double energyNeutralGapMwh,
        OptionalDouble solarShareOfUse,
        Map<OpportunityType, Integer> buildingsPerType,
        Map<OpportunityType, Integer> companiesPerType,
        double peakPowerKwp,
        double investmentEur,
        double savingMwh,
        double co2EmittedTonPerYear,
        double co2AvoidedTonPerYear,
        List<Koploper> koplopers) {

    public ParkScoreCard {
        buildingsPerType = complete(buildingsPerType);
        companiesPerType = complete(companiesPerType);
        koplopers = List.copyOf(koplopers);
        if (solarShareOfUse == null) {
            throw new IllegalArgumentException("aandeel zon ontbreekt (gebruik OptionalDouble.empty())");
        }
    }

    private static Map<OpportunityType, Integer> complete(Map<OpportunityType, Integer> counts) {
        EnumMap<OpportunityType, Integer> all = new EnumMap<>(OpportunityType.class);
        for (OpportunityType t : OpportunityType.values()) {
            all.put(t, counts.getOrDefault(t, 0));
        }
        return Collections.unmodifiableMap(all);
    }

    /** Dutch report lines. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("panden: " + count(buildings) + ", gekoppelde bedrijven: " + count(companies));
        lines.add("geschat energiegebruik: " + whole(electricityUseMwh) + " MWh elektriciteit en " + whole(gasUseM3)
                + " m3 gas, samen " + whole(totalUseMwh) + " MWh per jaar");
        lines.add("zonpotentieel: " + whole(peakPowerKwp) + " kWp, " + whole(solarYieldMwh) + " MWh per jaar"
                + (solarShareOfUse.isPresent()
                        ? " (" + decimal(solarShareOfUse.getAsDouble() * 100, 1) + " % van het gebruik)"
                        : "")
                + ", investering " + whole(investmentEur) + " euro");
        lines.add("tekort voor energieneutraal 2035: " + whole(energyNeutralGapMwh) + " MWh per jaar");
        lines.add("geschatte besparing (label C en erkende maatregelen, bovengrens): " + whole(savingMwh)
                + " MWh per jaar");
        lines.add("CO2: uitstoot " + decimal(co2EmittedTonPerYear, 1) + " ton per jaar, te vermijden "
                + decimal(co2AvoidedTonPerYear, 1) + " ton per jaar");
        for (OpportunityType t : OpportunityType.values()) {
            lines.add(t.dutch() + ": " + count(buildingsPerType.get(t)) + " panden, " + count(companiesPerType.get(t))
                    + " bedrijven");
        }
        for (Koploper k : koplopers) {
            lines.add("koploper " + k.rank() + ": pand " + k.buildingId()
                    + (k.companies().isEmpty()
                            ? ""
                            : " ("
                                    + String.join(
                                            ", ",
                                            k.companies().stream()
                                                    .map(CompanyRef::name)
                                                    .toList()) + ")")
                    + ", " + decimal(k.energyMwhPerYear(), 1) + " MWh per jaar, " + decimal(k.peakPowerKwp(), 1)
                    + " kWp");
        }
        return lines;
    }
}
