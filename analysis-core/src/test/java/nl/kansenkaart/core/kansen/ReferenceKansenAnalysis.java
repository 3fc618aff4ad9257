package nl.kansenkaart.core.kansen;

import static nl.kansenkaart.core.text.DutchNumbers.decimal;
import static nl.kansenkaart.core.text.DutchNumbers.integer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.obligations.ObligationResult;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.solar.SolarOutcome;
import nl.kansenkaart.core.solar.SolarPotential;
import nl.kansenkaart.core.solar.SolarReport;

/**
 * Frozen copy of the code before the session-4 speed-up (commit 534a4c7): the reference that
 * {@code KansenEquivalenceTest} compares the current code against. Do not change.
 *
 * The kansen analysis of one plan area: joins the solar, label, obligation and grid results per
 * building, applies the individual and collective rules and sums the score card. Pure: the same
 * input gives an equal report.
 */
public final class ReferenceKansenAnalysis {
    private ReferenceKansenAnalysis() {}

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
        List<ReferenceBuildingFacts> facts = join(snapshot, solar, results);
        ReferenceIndividualRules rules = new ReferenceIndividualRules(a, co2KgPerKwh);
        List<IndividualOpportunity> individual = new ArrayList<>();
        Map<String, List<IndividualOpportunity>> byBuilding = new HashMap<>();
        for (ReferenceBuildingFacts f : facts) {
            List<IndividualOpportunity> own = rules.of(f);
            individual.addAll(own);
            if (!own.isEmpty()) {
                byBuilding.put(f.id(), own);
            }
        }
        boolean gridKnown = !snapshot.gridAreas().isEmpty()
                || results.grid().stream().anyMatch(g -> g.join() == GridPosition.Join.POSTCODE);
        ReferenceCollectiveRules.Result collective =
                ReferenceCollectiveRules.apply(facts, byBuilding, gridKnown, a, co2KgPerKwh);
        List<String> notes = new ArrayList<>(dataNotes(snapshot, solar, results, gridKnown, a));
        notes.addAll(collective.notes());
        ParkScoreCard card = scoreCard(facts, individual, collective.opportunities(), byBuilding, a, co2KgPerKwh);
        return new KansenReport(
                snapshot.park().id(), snapshot.park().name(), individual, collective.opportunities(), card, notes, a);
    }

    /** One fact record per building, sorted by pand id. */
    private static List<ReferenceBuildingFacts> join(ParkSnapshot snapshot, SolarReport solar, ParkResults results) {
        Map<String, SolarPotential> potentials = new HashMap<>();
        for (SolarOutcome o : solar.outcomes()) {
            if (o instanceof SolarPotential p) {
                potentials.put(p.buildingId(), p);
            }
        }
        Map<String, LabelResult> labels = new HashMap<>();
        results.labels().forEach(l -> labels.put(l.buildingId(), l));
        Map<String, ObligationResult> uses = new HashMap<>();
        results.obligations().forEach(u -> uses.put(u.buildingId(), u));
        Map<String, GridPosition> grid = new HashMap<>();
        results.grid().forEach(g -> grid.put(g.buildingId(), g));
        Map<String, List<CompanyRef>> companies = companiesByBuilding(snapshot);
        List<Building> buildings = new ArrayList<>(snapshot.buildings());
        buildings.sort(Comparator.comparing(Building::id));
        List<ReferenceBuildingFacts> facts = new ArrayList<>(buildings.size());
        for (Building b : buildings) {
            facts.add(new ReferenceBuildingFacts(
                    b,
                    companies.getOrDefault(b.id(), List.of()),
                    Optional.ofNullable(potentials.get(b.id())),
                    Optional.ofNullable(labels.get(b.id())),
                    Optional.ofNullable(uses.get(b.id())),
                    Optional.ofNullable(grid.get(b.id()))));
        }
        return facts;
    }

    /** Companies through their matched unit to each pand the unit lies in, sorted by company id. */
    private static Map<String, List<CompanyRef>> companiesByBuilding(ParkSnapshot snapshot) {
        if (snapshot.companies().isEmpty()) {
            return Map.of();
        }
        Map<String, Unit> units = new HashMap<>();
        snapshot.units().forEach(u -> units.put(u.id(), u));
        Map<String, TreeMap<String, CompanyRef>> sorted = new HashMap<>();
        for (Company c : snapshot.companies()) {
            Unit u = c.unitId().map(units::get).orElse(null);
            if (u == null) {
                continue;
            }
            for (String b : u.buildingIds()) {
                sorted.computeIfAbsent(b, k -> new TreeMap<>()).put(c.id(), new CompanyRef(c.id(), c.name()));
            }
        }
        Map<String, List<CompanyRef>> out = new HashMap<>();
        sorted.forEach((b, m) -> out.put(b, List.copyOf(m.values())));
        return out;
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
            List<ReferenceBuildingFacts> facts,
            List<IndividualOpportunity> individual,
            List<CollectiveOpportunity> collective,
            Map<String, List<IndividualOpportunity>> byBuilding,
            KansenAssumptions a,
            double co2KgPerKwh) {
        double electricityKwh = 0;
        double gasM3 = 0;
        Set<String> companies = new HashSet<>();
        for (ReferenceBuildingFacts f : facts) {
            electricityKwh += f.electricityKwh();
            gasM3 += f.gasM3();
            f.companies().forEach(c -> companies.add(c.companyId()));
        }
        double kwp = 0;
        double solarMwh = 0;
        double investment = 0;
        double savingMwh = 0;
        double avoidedKg = 0;
        Map<OpportunityType, Set<String>> buildingsPer = new EnumMap<>(OpportunityType.class);
        Map<OpportunityType, Set<String>> companiesPer = new EnumMap<>(OpportunityType.class);
        for (IndividualOpportunity o : individual) {
            tally(o, buildingsPer, companiesPer);
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
        collective.forEach(o -> tally(o, buildingsPer, companiesPer));
        double useMwh = (electricityKwh + gasM3 * a.saving().gasKwhPerM3()) / 1000;
        Map<OpportunityType, Integer> buildingCounts = new EnumMap<>(OpportunityType.class);
        Map<OpportunityType, Integer> companyCounts = new EnumMap<>(OpportunityType.class);
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
            Opportunity o, Map<OpportunityType, Set<String>> buildings, Map<OpportunityType, Set<String>> companies) {
        buildings.computeIfAbsent(o.type(), t -> new HashSet<>()).addAll(o.buildingIds());
        Set<String> ids = companies.computeIfAbsent(o.type(), t -> new HashSet<>());
        o.companies().forEach(c -> ids.add(c.companyId()));
    }

    /** The buildings with the most energy (solar yield plus savings), ties by pand id. */
    private static List<Koploper> koplopers(
            List<ReferenceBuildingFacts> facts, Map<String, List<IndividualOpportunity>> byBuilding, int wanted) {
        record Candidate(ReferenceBuildingFacts facts, List<IndividualOpportunity> own, double mwh) {}
        Comparator<Candidate> order = Comparator.comparingDouble((Candidate c) -> -c.mwh())
                .thenComparing(c -> c.facts().id());
        // Only the first few are wanted: a heap of that many, its worst on top, instead of sorting the park.
        PriorityQueue<Candidate> top = new PriorityQueue<>(Math.max(1, wanted), order.reversed());
        for (ReferenceBuildingFacts f : facts) {
            List<IndividualOpportunity> own = byBuilding.get(f.id());
            if (own == null || wanted <= 0) {
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
