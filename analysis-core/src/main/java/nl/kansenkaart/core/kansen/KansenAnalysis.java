package nl.kansenkaart.core.kansen;

import static nl.kansenkaart.core.text.DutchNumbers.decimal;
import static nl.kansenkaart.core.text.DutchNumbers.integer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.solar.SolarReport;

/**
 * The kansen analysis of one plan area: joins the solar, label, obligation and grid results per
 * building, applies the individual and collective rules and sums the score card. Pure: the same
 * input gives an equal report.
 */
public final class KansenAnalysis {
    private KansenAnalysis() {}

    /**
     * Analyses one park.
     *
     * @param snapshot the park's data (geometry in RD New)
     * @param solar the solar analysis of the same snapshot
     * @param results the label, obligation and grid analyses of the same snapshot
     * @throws IllegalArgumentException when the solar report belongs to another park
     */
    public static KansenReport analyse(
            ParkSnapshot snapshot, SolarReport solar, ParkResults results, KansenAssumptions a) {
        if (!solar.parkId().equals(snapshot.park().id())) {
            throw new IllegalArgumentException("zonrapport hoort bij park " + solar.parkId() + ", niet bij "
                    + snapshot.park().id());
        }
        double co2KgPerKwh = solar.assumptions().co2KgPerKwh();
        FactsJoin.Joined joined = FactsJoin.join(snapshot, solar, results);
        List<BuildingFacts> facts = joined.facts();
        IndividualRules rules = new IndividualRules(a, co2KgPerKwh);
        List<IndividualOpportunity> individual = new ArrayList<>();
        // Per fact (its index), the building's own opportunities: the collective rules and the koplopers read them.
        List<List<IndividualOpportunity>> byBuilding = new ArrayList<>(facts.size());
        for (BuildingFacts f : facts) {
            List<IndividualOpportunity> own = rules.of(f);
            individual.addAll(own);
            byBuilding.add(own);
        }
        boolean gridKnown = !snapshot.gridAreas().isEmpty()
                || results.grid().stream().anyMatch(g -> g.join() == GridPosition.Join.POSTCODE);
        CollectiveRules.Result collective = CollectiveRules.apply(facts, byBuilding, gridKnown, a, co2KgPerKwh);
        List<String> notes = new ArrayList<>(dataNotes(snapshot, solar, results, gridKnown, a));
        notes.addAll(collective.notes());
        ParkScoreCard card =
                scoreCard(facts, joined.sharedCompany(), collective.opportunities(), byBuilding, a, co2KgPerKwh);
        return new KansenReport(
                snapshot.park().id(), snapshot.park().name(), individual, collective.opportunities(), card, notes, a);
    }

    /** Which kinds of data are missing and what that means for the kansen. */
    private static List<String> dataNotes(
            ParkSnapshot s, SolarReport solar, ParkResults results, boolean gridKnown, KansenAssumptions a) {
        List<String> notes = new ArrayList<>();
        if (s.buildings().isEmpty()) {
            notes.add("geen panden in het plangebied: geen kansen te bepalen");
            return notes;
        }
        boolean roofs = !s.roofParts().isEmpty()
                || s.buildings().stream().anyMatch(b -> b.roof().isPresent());
        if (!roofs) {
            notes.add("geen 3D BAG-dakgegevens: zonpotentieel geschat uit de footprint (methode "
                    + solar.assumptions().method().label()
                    + (solar.assumptions().method().isFootprintOnly() ? "" : ", terugval op de footprint") + ")");
        }
        if (s.units().isEmpty()) {
            notes.add("geen verblijfsobjecten: energiegebruik, label-C-plicht en energiebesparingsplicht niet te"
                    + " schatten, alleen zonkansen");
        }
        if (s.labels().isEmpty()) {
            long unknown = results.labels().stream()
                    .filter(l -> l.kind() == LabelOutcome.Kind.UNKNOWN)
                    .count();
            notes.add("geen EP-Online-labels geladen: label-C-kansen niet te bepalen (" + integer(unknown)
                    + " kantoorpanden met label onbekend)");
        }
        if (!gridKnown) {
            notes.add("geen netcapaciteitsgegevens: energiehub niet te bepalen, zon gerekend met netfactor "
                    + decimal(a.score().feasibilityUnknownGrid(), 2) + " (onbekend)");
        }
        if (s.companies().isEmpty()) {
            notes.add("geen bedrijven (KvK) geladen: kansen per pand zonder bedrijfsnamen");
        } else {
            Set<String> unitIds = new HashSet<>();
            s.units().forEach(u -> unitIds.add(u.id()));
            long unmatched = s.companies().stream()
                    .filter(c -> c.unitId().filter(unitIds::contains).isEmpty())
                    .count();
            if (unmatched > 0) {
                notes.add(integer(unmatched) + " van " + integer(s.companies().size())
                        + " bedrijven niet aan een verblijfsobject in het plangebied gekoppeld: niet bij een kans"
                        + " genoemd");
            }
        }
        return notes;
    }

    private static ParkScoreCard scoreCard(
            List<BuildingFacts> facts,
            Predicate<String> sharedCompany,
            List<CollectiveOpportunity> collective,
            List<List<IndividualOpportunity>> byBuilding,
            KansenAssumptions a,
            double co2KgPerKwh) {
        double electricityKwh = 0;
        double gasM3 = 0;
        CompanyCount companies = new CompanyCount(sharedCompany);
        for (BuildingFacts f : facts) {
            electricityKwh += f.electricityKwh();
            gasM3 += f.gasM3();
            companies.add(f.companies());
        }
        double kwp = 0;
        double solarMwh = 0;
        double investment = 0;
        double savingMwh = 0;
        double avoidedKg = 0;
        Map<OpportunityType, Set<String>> buildingsPer = new EnumMap<>(OpportunityType.class);
        Map<OpportunityType, Set<String>> companiesPer = new EnumMap<>(OpportunityType.class);
        int[] individualBuildings = new int[OpportunityType.values().length];
        String[] lastBuilding = new String[individualBuildings.length];
        CompanyCount[] individualCompanies = new CompanyCount[individualBuildings.length];
        // Per building in pand-id order, the order of the individual list: the sums add up as before.
        for (List<IndividualOpportunity> own : byBuilding) {
            for (IndividualOpportunity o : own) {
                // In pand-id order and at most one of a kind per building: a new id is one more building.
                // A company at one building only is met once per kind (with a pand id twice, the join
                // calls every company shared): counted without a set of every pand and company id.
                int t = o.type().ordinal();
                if (!o.buildingId().equals(lastBuilding[t])) {
                    individualBuildings[t]++;
                    lastBuilding[t] = o.buildingId();
                }
                if (individualCompanies[t] == null) {
                    individualCompanies[t] = new CompanyCount(sharedCompany);
                }
                individualCompanies[t].add(o.companies());
                switch (o.type()) {
                    case SOLAR_ROOF -> {
                        kwp += o.impact().peakPowerKwp();
                        solarMwh += o.impact().energyMwhPerYear();
                        investment += o.impact().investmentEur();
                        avoidedKg += o.impact().co2KgPerYear();
                    }
                    case LABEL_C_UPGRADE, ENERGY_SAVING -> {
                        savingMwh += o.impact().energyMwhPerYear();
                        avoidedKg += o.impact().co2KgPerYear();
                    }
                    default -> {
                        // GH1 and the structural check repeat the solar numbers of the same roof.
                    }
                }
            }
        }
        collective.forEach(o -> tally(o, buildingsPer, companiesPer));
        double useMwh = (electricityKwh + gasM3 * a.saving().gasKwhPerM3()) / 1000;
        Map<OpportunityType, Integer> buildingCounts = new EnumMap<>(OpportunityType.class);
        Map<OpportunityType, Integer> companyCounts = new EnumMap<>(OpportunityType.class);
        for (OpportunityType t : OpportunityType.values()) {
            if (individualCompanies[t.ordinal()] != null) {
                buildingCounts.put(t, individualBuildings[t.ordinal()]);
                companyCounts.put(t, individualCompanies[t.ordinal()].size());
            }
        }
        buildingsPer.forEach((t, ids) -> buildingCounts.put(t, ids.size()));
        companiesPer.forEach((t, ids) -> companyCounts.put(t, ids.size()));
        return new ParkScoreCard(
                facts.size(),
                companies.size(),
                electricityKwh / 1000,
                gasM3,
                useMwh,
                solarMwh,
                Math.max(0, useMwh - solarMwh),
                useMwh > 0 ? OptionalDouble.of(solarMwh / useMwh) : OptionalDouble.empty(),
                buildingCounts,
                companyCounts,
                kwp,
                investment,
                savingMwh,
                (electricityKwh * co2KgPerKwh + gasM3 * a.saving().gasCo2KgPerM3()) / 1000,
                avoidedKg / 1000,
                koplopers(facts, byBuilding, a.koplopers()));
    }

    private static void tally(
            CollectiveOpportunity o,
            Map<OpportunityType, Set<String>> buildings,
            Map<OpportunityType, Set<String>> companies) {
        Set<String> buildingIds = buildings.computeIfAbsent(o.type(), t -> new HashSet<>());
        Set<String> companyIds = companies.computeIfAbsent(o.type(), t -> new HashSet<>());
        // Read the members directly: buildingIds() and companies() build new lists (and a sorted map) on
        // every call, and only the distinct ids count here.
        for (Member m : o.members()) {
            buildingIds.add(m.buildingId());
            m.companies().forEach(ref -> companyIds.add(ref.companyId()));
        }
    }

    /**
     * Distinct company ids: a company at one building only is counted as it comes (each building is
     * met once per count), only the few at several buildings go through a set.
     */
    private static final class CompanyCount {
        private final Predicate<String> shared;
        private final Set<String> sharedSeen = new HashSet<>();
        private int single;

        CompanyCount(Predicate<String> shared) {
            this.shared = shared;
        }

        void add(List<CompanyRef> companies) {
            for (CompanyRef c : companies) {
                if (shared.test(c.companyId())) {
                    sharedSeen.add(c.companyId());
                } else {
                    single++;
                }
            }
        }

        int size() {
            return single + sharedSeen.size();
        }
    }

    /** The buildings with the most energy (solar yield plus savings), ties by pand id. */
    private static List<Koploper> koplopers(
            List<BuildingFacts> facts, List<List<IndividualOpportunity>> byBuilding, int wanted) {
        record Candidate(BuildingFacts facts, List<IndividualOpportunity> own, double mwh) {}
        Comparator<Candidate> order = Comparator.comparingDouble((Candidate c) -> -c.mwh())
                .thenComparing(c -> c.facts().id());
        // Only the first few are wanted: a heap of that many, its worst on top, instead of sorting the park.
        PriorityQueue<Candidate> top = new PriorityQueue<>(Math.max(1, wanted), order.reversed());
        for (BuildingFacts f : facts) {
            List<IndividualOpportunity> own = byBuilding.get(f.index());
            if (own.isEmpty() || wanted <= 0) {
                continue;
            }
            double mwh = 0;
            for (IndividualOpportunity o : own) {
                if (o.type() == OpportunityType.SOLAR_ROOF
                        || o.type() == OpportunityType.LABEL_C_UPGRADE
                        || o.type() == OpportunityType.ENERGY_SAVING) {
                    mwh += o.impact().energyMwhPerYear();
                }
            }
            Candidate c = new Candidate(f, own, mwh);
            if (top.size() < wanted) {
                top.add(c);
            } else if (order.compare(c, top.peek()) < 0) {
                top.poll();
                top.add(c);
            }
        }
        List<Candidate> best = new ArrayList<>(top);
        best.sort(order);
        List<Koploper> out = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) {
            Candidate c = best.get(i);
            double kwp = 0;
            double score = 0;
            EnumSet<OpportunityType> types = EnumSet.noneOf(OpportunityType.class);
            for (IndividualOpportunity o : c.own()) {
                types.add(o.type());
                score = Math.max(score, o.score().total());
                if (o.type() == OpportunityType.SOLAR_ROOF) {
                    kwp += o.impact().peakPowerKwp();
                }
            }
            out.add(new Koploper(
                    i + 1, c.facts().id(), c.facts().companies(), kwp, c.mwh(), score, List.copyOf(types)));
        }
        return out;
    }
}
