package nl.kansenkaart.core.kansen;

import static nl.kansenkaart.core.text.DutchNumbers.decimal;
import static nl.kansenkaart.core.text.DutchNumbers.integer;
import static nl.kansenkaart.core.text.DutchNumbers.rounded;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.model.CapacityStatus;
import org.locationtech.jts.geom.Geometry;

/**
 * Frozen copy of the code before the session-4 speed-up (commit 534a4c7): the reference that
 * {@code KansenEquivalenceTest} compares the current code against. Do not change.
 *
 * The five collective rules over the buildings of one park. Each rule that finds nothing says why
 * in a note, so an empty list on the map is explained.
 */
final class ReferenceCollectiveRules {
    private final KansenAssumptions a;
    private final double co2KgPerKwh;
    private final List<CollectiveOpportunity> found = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ReferenceBuildingFacts> facts;
    private final IdentityHashMap<ReferenceBuildingFacts, Integer> index;
    /** The links of the whole park at the map's bridged gap, found once when a park-wide rule needs them. */
    private ReferenceFootprintLinks parkLinks;

    private ReferenceCollectiveRules(List<ReferenceBuildingFacts> facts, KansenAssumptions a, double co2KgPerKwh) {
        this.a = a;
        this.co2KgPerKwh = co2KgPerKwh;
        this.facts = facts;
        this.index = new IdentityHashMap<>(facts.size() * 2);
        for (int i = 0; i < facts.size(); i++) {
            index.put(facts.get(i), i);
        }
    }

    /** The collective opportunities and the notes on rules that found none. */
    record Result(List<CollectiveOpportunity> opportunities, List<String> notes) {}

    /**
     * Applies every rule.
     *
     * @param facts the buildings, sorted by pand id
     * @param individual the individual opportunities (for the impact of the members)
     * @param gridKnown whether grid capacity data was available at all
     */
    static Result apply(
            List<ReferenceBuildingFacts> facts,
            Map<String, List<IndividualOpportunity>> individual,
            boolean gridKnown,
            KansenAssumptions a,
            double co2KgPerKwh) {
        ReferenceCollectiveRules rules = new ReferenceCollectiveRules(facts, a, co2KgPerKwh);
        rules.collectivePv(facts, individual);
        rules.energyHubs(facts, gridKnown);
        rules.sharedLabelC(facts, individual);
        rules.collectiveSaving(facts, individual);
        rules.heatExchange(facts);
        return new Result(List.copyOf(rules.found), List.copyOf(rules.notes));
    }

    private void collectivePv(List<ReferenceBuildingFacts> facts, Map<String, List<IndividualOpportunity>> individual) {
        List<ReferenceBuildingFacts> members =
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

    private void energyHubs(List<ReferenceBuildingFacts> facts, boolean gridKnown) {
        String rule = "energiehub: ";
        if (!gridKnown) {
            notes.add(rule + "geen netcapaciteitsgegevens geladen, congestie onbekend");
            return;
        }
        // Per grid area: a hub behind one congested station; the tree map keeps areas in id order.
        Map<String, List<ReferenceBuildingFacts>> byArea = new TreeMap<>();
        int congested = 0;
        for (ReferenceBuildingFacts f : facts) {
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
        for (List<ReferenceBuildingFacts> area : byArea.values()) {
            for (List<ReferenceBuildingFacts> cluster : ReferenceClustering.clusters(
                    area, a.hub().maxDistanceM(), 2, a.hub().limits())) {
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

    private void hub(List<ReferenceBuildingFacts> cluster, int number) {
        List<Member> members = new ArrayList<>();
        double kwp = 0;
        double kwh = 0;
        int producers = 0;
        int consumers = 0;
        for (ReferenceBuildingFacts f : cluster) {
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
        ReferenceBuildingFacts first = cluster.get(0);
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

    private void sharedLabelC(List<ReferenceBuildingFacts> facts, Map<String, List<IndividualOpportunity>> individual) {
        List<ReferenceBuildingFacts> members = select(facts, f -> f.label()
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

    private void collectiveSaving(
            List<ReferenceBuildingFacts> facts, Map<String, List<IndividualOpportunity>> individual) {
        List<ReferenceBuildingFacts> members = select(facts, ReferenceBuildingFacts::likelyObliged);
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

    private void heatExchange(List<ReferenceBuildingFacts> facts) {
        List<ReferenceBuildingFacts> users =
                select(facts, f -> f.gasM3() >= a.heat().minGasM3() && f.gasM3() > 0);
        List<List<ReferenceBuildingFacts>> clusters = ReferenceClustering.clusters(
                users, a.heat().maxDistanceM(), 2, a.heat().limits());
        if (clusters.isEmpty()) {
            notes.add("warmte-uitwisseling: " + integer(users.size()) + " grootverbruikers van gas (minstens "
                    + rounded(a.heat().minGasM3()) + " m3 per jaar), geen twee binnen "
                    + decimal(a.heat().maxDistanceM(), 1)
                    + " m van elkaar");
            return;
        }
        int number = 1;
        for (List<ReferenceBuildingFacts> c : clusters) {
            double gas = c.stream().mapToDouble(ReferenceBuildingFacts::gasM3).sum();
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

    private boolean isProducer(ReferenceBuildingFacts f) {
        return f.newSolarKwp() >= a.hub().producerMinKwp() && f.newSolarKwp() > 0;
    }

    private boolean isConsumer(ReferenceBuildingFacts f) {
        return f.electricityKwh() >= a.hub().consumerMinKwh() && f.electricityKwh() > 0;
    }

    private void add(
            OpportunityType type,
            int number,
            List<ReferenceBuildingFacts> group,
            List<Member> members,
            Impact impact,
            String title,
            String text) {
        // A hub or heat group is one single-linkage cluster at the rule's own distance, the gap its
        // polygon bridges: its links need no second search. Park-wide rules bridge the map's gap.
        Geometry polygon =
                switch (type) {
                    case ENERGY_HUB, HEAT_EXCHANGE -> ReferenceCollectivePolygon.ofLinked(
                            footprints(group), a.map().bufferM());
                    default -> ReferenceCollectivePolygon.ofGroups(
                            parkGroups(group), a.map().bufferM());
                };
        found.add(new CollectiveOpportunity(type, number, members, polygon, impact, title, text));
    }

    /** The single-linkage groups of park-wide members at the map's bridged gap, from the park's links. */
    private List<List<Geometry>> parkGroups(List<ReferenceBuildingFacts> members) {
        if (parkLinks == null) {
            parkLinks = ReferenceFootprintLinks.of(footprints(facts), a.map().maxGapM());
        }
        int[] indices = new int[members.size()];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = index.get(members.get(k));
        }
        // Members come in pand-id order, the order of the facts: the indices ascend as components wants.
        List<List<Geometry>> groups = new ArrayList<>();
        for (int[] group : parkLinks.components(indices)) {
            List<Geometry> footprints = new ArrayList<>(group.length);
            for (int i : group) {
                footprints.add(facts.get(i).building().footprint());
            }
            groups.add(footprints);
        }
        return groups;
    }

    private static List<Geometry> footprints(List<ReferenceBuildingFacts> group) {
        List<Geometry> footprints = new ArrayList<>(group.size());
        for (ReferenceBuildingFacts f : group) {
            footprints.add(f.building().footprint());
        }
        return footprints;
    }

    private List<ReferenceBuildingFacts> select(
            List<ReferenceBuildingFacts> facts, Predicate<ReferenceBuildingFacts> rule) {
        List<ReferenceBuildingFacts> out = new ArrayList<>();
        for (ReferenceBuildingFacts f : facts) {
            if (rule.test(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private List<Member> members(List<ReferenceBuildingFacts> facts, MemberRole role) {
        List<Member> out = new ArrayList<>(facts.size());
        for (ReferenceBuildingFacts f : facts) {
            out.add(member(f, role));
        }
        return out;
    }

    private Member member(ReferenceBuildingFacts f, MemberRole role) {
        return new Member(f.id(), role, f.companies(), f.newSolarKwp(), f.electricityKwh(), f.gasM3());
    }

    private static Impact sum(
            List<ReferenceBuildingFacts> members,
            Map<String, List<IndividualOpportunity>> individual,
            OpportunityType type) {
        Impact total = Impact.NONE;
        for (ReferenceBuildingFacts f : members) {
            for (IndividualOpportunity o : individual.getOrDefault(f.id(), List.of())) {
                if (o.type() == type) {
                    total = total.plus(o.impact());
                }
            }
        }
        return total;
    }

    private static String companyWords(List<ReferenceBuildingFacts> members) {
        TreeSet<String> ids = new TreeSet<>();
        members.forEach(f -> f.companies().forEach(c -> ids.add(c.companyId())));
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
