package nl.kansenkaart.core.kansen;

import static nl.kansenkaart.core.text.DutchNumbers.decimal;
import static nl.kansenkaart.core.text.DutchNumbers.integer;
import static nl.kansenkaart.core.text.DutchNumbers.rounded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.model.CapacityStatus;
import org.locationtech.jts.geom.Geometry;

/**
 * The five collective rules over the buildings of one park. Each rule that finds nothing says why
 * in a note, so an empty list on the map is explained.
 */
final class CollectiveRules {
    private final KansenAssumptions a;
    private final double co2KgPerKwh;
    private final List<CollectiveOpportunity> found = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<BuildingFacts> facts;
    /** The links of the whole park at the map's bridged gap, found once when a park-wide rule needs them. */
    private FootprintLinks parkLinks;
    /** The part of each group of members met so far, by the group's fact indices. */
    private final Map<Group, Geometry> partCache = new HashMap<>();

    private CollectiveRules(List<BuildingFacts> facts, KansenAssumptions a, double co2KgPerKwh) {
        this.a = a;
        this.co2KgPerKwh = co2KgPerKwh;
        this.facts = facts;
    }

    /** The collective opportunities and the notes on rules that found none. */
    record Result(List<CollectiveOpportunity> opportunities, List<String> notes) {}

    /**
     * Applies every rule.
     *
     * @param facts the buildings, sorted by pand id
     * @param individual the individual opportunities of each building, by its index (for the impact of the members)
     * @param gridKnown whether grid capacity data was available at all
     */
    static Result apply(
            List<BuildingFacts> facts,
            List<List<IndividualOpportunity>> individual,
            boolean gridKnown,
            KansenAssumptions a,
            double co2KgPerKwh) {
        CollectiveRules rules = new CollectiveRules(facts, a, co2KgPerKwh);
        rules.collectivePv(facts, individual);
        rules.energyHubs(facts, gridKnown);
        rules.sharedLabelC(facts, individual);
        rules.collectiveSaving(facts, individual);
        rules.heatExchange(facts);
        return new Result(List.copyOf(rules.found), List.copyOf(rules.notes));
    }

    private void collectivePv(List<BuildingFacts> facts, List<List<IndividualOpportunity>> individual) {
        List<BuildingFacts> members =
                select(facts, f -> f.newSolarKwp() >= a.collective().pvMinKwp() && f.newSolarKwp() > 0);
        String rule = "collectieve inkoop zon: ";
        if (members.size() < a.collective().minMembers()) {
            notes.add(rule + integer(members.size()) + " panden met minstens "
                    + decimal(a.collective().pvMinKwp(), 1) + " kWp zonder bestaande panelen; minstens "
                    + a.collective().minMembers() + " nodig");
            return;
        }
        Impact impact = sum(members, individual, OpportunityType.SOLAR_ROOF);
        add(
                OpportunityType.COLLECTIVE_PV,
                1,
                members,
                members(members, MemberRole.PARTICIPANT),
                impact,
                OpportunityType.COLLECTIVE_PV.dutch() + " (" + integer(members.size()) + " panden)",
                "Collectieve inkoop zonnepanelen: " + integer(members.size()) + " panden met minstens "
                        + decimal(a.collective().pvMinKwp(), 1) + " kWp, samen " + rounded(impact.peakPowerKwp())
                        + " kWp en " + rounded(impact.energyMwhPerYear()) + " MWh per jaar, investering ca. "
                        + rounded(impact.investmentEur()) + " euro" + companyWords(members)
                        + "; samen inkopen verlaagt de prijs per Wp en de begeleiding");
    }

    private void energyHubs(List<BuildingFacts> facts, boolean gridKnown) {
        String rule = "energiehub: ";
        if (!gridKnown) {
            notes.add(rule + "geen netcapaciteitsgegevens geladen, congestie onbekend");
            return;
        }
        // Per grid area: a hub behind one congested station; the tree map keeps areas in id order.
        Map<String, List<BuildingFacts>> byArea = new TreeMap<>();
        int congested = 0;
        for (BuildingFacts f : facts) {
            if (!(f.feedIn().isCongested() || f.offtake().isCongested())) {
                continue;
            }
            congested++;
            if (isProducer(f) || isConsumer(f)) {
                byArea.computeIfAbsent(f.gridAreaKey(), k -> new ArrayList<>()).add(f);
            }
        }
        if (congested == 0) {
            notes.add(rule + "geen pand in een netgebied met congestie voor afname of invoeding");
            return;
        }
        int before = found.size();
        int number = 1;
        for (List<BuildingFacts> area : byArea.values()) {
            for (List<BuildingFacts> cluster :
                    Clustering.clusters(area, a.hub().maxDistanceM(), 2, a.hub().limits())) {
                boolean producer = cluster.stream().anyMatch(this::isProducer);
                boolean consumer = cluster.stream().anyMatch(this::isConsumer);
                if (producer && consumer) {
                    hub(cluster, number++);
                }
            }
        }
        if (found.size() == before) {
            notes.add(rule + integer(congested) + " panden in een netgebied met congestie, maar geen groep van"
                    + " producent (minstens " + decimal(a.hub().producerMinKwp(), 1) + " kWp) en afnemer (minstens "
                    + rounded(a.hub().consumerMinKwh()) + " kWh per jaar) binnen "
                    + decimal(a.hub().maxDistanceM(), 1)
                    + " m van elkaar");
        }
    }

    private void hub(List<BuildingFacts> cluster, int number) {
        List<Member> members = new ArrayList<>();
        double kwp = 0;
        double kwh = 0;
        int producers = 0;
        int consumers = 0;
        for (BuildingFacts f : cluster) {
            boolean p = isProducer(f);
            boolean c = isConsumer(f);
            MemberRole role = p && c ? MemberRole.PRODUCER_AND_CONSUMER : p ? MemberRole.PRODUCER : MemberRole.CONSUMER;
            members.add(member(f, role));
            if (p) {
                producers++;
                kwp += f.newSolarKwp();
            }
            if (c) {
                consumers++;
                kwh += f.electricityKwh();
            }
        }
        BuildingFacts first = cluster.get(0);
        double yieldMwh = cluster.stream()
                .filter(this::isProducer)
                .mapToDouble(f -> f.solar().get().yieldKwhPerYear() / 1000)
                .sum();
        Impact impact = new Impact(kwp, yieldMwh, 0, yieldMwh * 1000 * co2KgPerKwh);
        add(
                OpportunityType.ENERGY_HUB,
                number,
                cluster,
                members,
                impact,
                "Energiehub " + number + " (" + integer(cluster.size()) + " panden)",
                "Energiehub / gedeelde batterij / groepstransportovereenkomst: " + integer(cluster.size())
                        + " panden, elk binnen " + decimal(a.hub().maxDistanceM(), 1) + " m van een ander (groep van"
                        + " hoogstens " + integer(a.hub().maxMembers()) + " panden en "
                        + rounded(a.hub().maxSpanM())
                        + " m omvang), in netgebied "
                        + first.gridAreaName() + " (afname " + colour(first.offtake()) + ", invoeding "
                        + colour(first.feedIn()) + "): " + integer(producers) + " producent(en) met samen "
                        + rounded(kwp)
                        + " kWp, " + integer(consumers) + " afnemer(s) met samen " + rounded(kwh) + " kWh per jaar"
                        + companyWords(cluster)
                        + "; lokaal opwekken en verbruiken ontlast het volle net");
    }

    private void sharedLabelC(List<BuildingFacts> facts, List<List<IndividualOpportunity>> individual) {
        List<BuildingFacts> members = select(facts, f -> f.label()
                .map(l -> l.kind() == LabelOutcome.Kind.NON_COMPLIANT
                        || l.kind() == LabelOutcome.Kind.NO_LABEL
                        || l.kind() == LabelOutcome.Kind.PARTLY_LABELLED)
                .orElse(false));
        if (members.size() < a.collective().minMembers()) {
            notes.add("gezamenlijke aanpak label C: " + integer(members.size())
                    + " kantoorpanden voldoen niet (of niet volledig) aan de label-C-plicht; minstens "
                    + a.collective().minMembers() + " nodig");
            return;
        }
        long noLabel = members.stream()
                .filter(f -> f.label().get().kind() == LabelOutcome.Kind.NO_LABEL)
                .count();
        double officeM2 = members.stream()
                .mapToDouble(f -> f.label().get().outcome().use().officeAreaM2())
                .sum();
        Impact impact = sum(members, individual, OpportunityType.LABEL_C_UPGRADE);
        add(
                OpportunityType.SHARED_LABEL_C,
                1,
                members,
                members(members, MemberRole.PARTICIPANT),
                impact,
                OpportunityType.SHARED_LABEL_C.dutch() + " (" + integer(members.size()) + " kantoren)",
                "Gezamenlijke aanpak label C: " + integer(members.size()) + " kantoorpanden met samen "
                        + rounded(officeM2) + " m2 kantoor voldoen niet aan de label-C-plicht (" + noLabel
                        + " zonder label)" + companyWords(members) + "; samen een adviseur voor labels en"
                        + " maatregelen inhuren; geschatte besparing " + rounded(impact.energyMwhPerYear())
                        + " MWh per jaar");
    }

    private void collectiveSaving(List<BuildingFacts> facts, List<List<IndividualOpportunity>> individual) {
        List<BuildingFacts> members = select(facts, BuildingFacts::likelyObliged);
        if (members.size() < a.collective().minMembers()) {
            notes.add("collectief energie besparen: " + integer(members.size())
                    + " panden met waarschijnlijk een energiebesparingsplicht; minstens "
                    + a.collective().minMembers()
                    + " nodig");
            return;
        }
        Impact impact = sum(members, individual, OpportunityType.ENERGY_SAVING);
        double useMwh = members.stream().mapToDouble(f -> f.useKwhEquivalent(a)).sum() / 1000;
        add(
                OpportunityType.COLLECTIVE_SAVING,
                1,
                members,
                members(members, MemberRole.PARTICIPANT),
                impact,
                OpportunityType.COLLECTIVE_SAVING.dutch() + " (" + integer(members.size()) + " panden)",
                "Collectief energie besparen: " + integer(members.size()) + " panden met waarschijnlijk een"
                        + " energiebesparingsplicht, samen " + rounded(useMwh) + " MWh per jaar (elektriciteit en"
                        + " gas)" + companyWords(members) + "; samen de erkende maatregelen (EML) laten"
                        + " inventariseren en uitvoeren; geschatte besparing " + rounded(impact.energyMwhPerYear())
                        + " MWh per jaar");
    }

    private void heatExchange(List<BuildingFacts> facts) {
        List<BuildingFacts> users = select(facts, f -> f.gasM3() >= a.heat().minGasM3() && f.gasM3() > 0);
        List<List<BuildingFacts>> clusters =
                Clustering.clusters(users, a.heat().maxDistanceM(), 2, a.heat().limits());
        if (clusters.isEmpty()) {
            notes.add("warmte-uitwisseling: " + integer(users.size()) + " grootverbruikers van gas (minstens "
                    + rounded(a.heat().minGasM3()) + " m3 per jaar), geen twee binnen "
                    + decimal(a.heat().maxDistanceM(), 1)
                    + " m van elkaar");
            return;
        }
        int number = 1;
        for (List<BuildingFacts> c : clusters) {
            double gas = c.stream().mapToDouble(BuildingFacts::gasM3).sum();
            Impact impact = Impact.NONE;
            add(
                    OpportunityType.HEAT_EXCHANGE,
                    number,
                    c,
                    members(c, MemberRole.HEAT_USER),
                    impact,
                    "Warmte-uitwisseling " + number + " (" + integer(c.size()) + " panden)",
                    "Warmte-uitwisseling: " + integer(c.size()) + " grootverbruikers van gas, elk binnen "
                            + decimal(a.heat().maxDistanceM(), 1) + " m van een ander (groep van hoogstens "
                            + integer(a.heat().maxMembers()) + " panden en "
                            + rounded(a.heat().maxSpanM())
                            + " m omvang), samen " + rounded(gas)
                            + " m3 gas per jaar" + companyWords(c)
                            + "; onderzoek restwarmte en een gezamenlijk warmtenet");
            number++;
        }
    }

    private boolean isProducer(BuildingFacts f) {
        return f.newSolarKwp() >= a.hub().producerMinKwp() && f.newSolarKwp() > 0;
    }

    private boolean isConsumer(BuildingFacts f) {
        return f.electricityKwh() >= a.hub().consumerMinKwh() && f.electricityKwh() > 0;
    }

    private void add(
            OpportunityType type,
            int number,
            List<BuildingFacts> group,
            List<Member> members,
            Impact impact,
            String title,
            String text) {
        // A hub or heat group is one single-linkage cluster at the rule's own distance, the gap its
        // polygon bridges: its links need no second search. Park-wide rules bridge the map's gap.
        Geometry polygon =
                switch (type) {
                    case ENERGY_HUB, HEAT_EXCHANGE -> CollectivePolygon.ofLinked(
                            footprints(group), a.map().bufferM());
                    default -> CollectivePolygon.ofParts(parkParts(group));
                };
        found.add(new CollectiveOpportunity(type, number, members, polygon, impact, title, text));
    }

    /**
     * The buffered parts of park-wide members: their single-linkage groups at the map's bridged gap,
     * from the park's links. The same group (a lone pand most often) turns up in several rules, and
     * its part is a function of its footprints alone, so each distinct group is hulled and buffered
     * once per park.
     */
    private List<Geometry> parkParts(List<BuildingFacts> members) {
        if (parkLinks == null) {
            parkLinks = FootprintLinks.of(footprints(facts), a.map().maxGapM());
        }
        int[] indices = new int[members.size()];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = members.get(k).index();
        }
        // Members come in pand-id order, the order of the facts: the indices ascend as components wants.
        List<Geometry> parts = new ArrayList<>();
        for (int[] group : parkLinks.components(indices)) {
            parts.add(partCache.computeIfAbsent(new Group(group), g -> {
                List<Geometry> footprints = new ArrayList<>(group.length);
                for (int i : group) {
                    footprints.add(footprint(i));
                }
                return CollectivePolygon.part(footprints, a.map().bufferM());
            }));
        }
        return parts;
    }

    /** A group of facts by their indices, ascending: equal when the members are. */
    private record Group(int[] members) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && Arrays.equals(members, g.members);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(members);
        }

        @Override
        public String toString() {
            return Arrays.toString(members);
        }
    }

    private Geometry footprint(int i) {
        return facts.get(i).building().footprint();
    }

    private static List<Geometry> footprints(List<BuildingFacts> group) {
        List<Geometry> footprints = new ArrayList<>(group.size());
        for (BuildingFacts f : group) {
            footprints.add(f.building().footprint());
        }
        return footprints;
    }

    private List<BuildingFacts> select(List<BuildingFacts> facts, Predicate<BuildingFacts> rule) {
        List<BuildingFacts> out = new ArrayList<>();
        for (BuildingFacts f : facts) {
            if (rule.test(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private List<Member> members(List<BuildingFacts> facts, MemberRole role) {
        List<Member> out = new ArrayList<>(facts.size());
        for (BuildingFacts f : facts) {
            out.add(member(f, role));
        }
        return out;
    }

    private Member member(BuildingFacts f, MemberRole role) {
        return new Member(f.id(), role, f.companies(), f.newSolarKwp(), f.electricityKwh(), f.gasM3());
    }

    private static Impact sum(
            List<BuildingFacts> members, List<List<IndividualOpportunity>> individual, OpportunityType type) {
        // Summed per component in member order, as Impact.plus would: the same doubles, one record.
        double kwp = 0;
        double mwh = 0;
        double eur = 0;
        double co2 = 0;
        for (BuildingFacts f : members) {
            for (IndividualOpportunity o : individual.get(f.index())) {
                if (o.type() == type) {
                    Impact i = o.impact();
                    kwp += i.peakPowerKwp();
                    mwh += i.energyMwhPerYear();
                    eur += i.investmentEur();
                    co2 += i.co2KgPerYear();
                }
            }
        }
        return new Impact(kwp, mwh, eur, co2);
    }

    private static String companyWords(List<BuildingFacts> members) {
        // Only the number is said: a hash set counts as well as a sorted one.
        HashSet<String> ids = new HashSet<>();
        for (BuildingFacts f : members) {
            for (CompanyRef c : f.companies()) {
                ids.add(c.companyId());
            }
        }
        return ids.isEmpty() ? "; geen gekoppelde bedrijven" : "; " + integer(ids.size()) + " bedrijven";
    }

    private static String colour(CapacityStatus s) {
        return switch (s) {
            case AVAILABLE -> "ruimte";
            case SCARCE -> "geel";
            case CONGESTION_MANAGEMENT -> "oranje";
            case CONGESTED -> "rood";
            case UNKNOWN -> "onbekend";
        };
    }
}
