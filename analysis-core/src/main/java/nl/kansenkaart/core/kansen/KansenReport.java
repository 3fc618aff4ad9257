package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kansen of one plan area: the individual opportunities (by pand id, then kind), the collective
 * ones (by kind, then number), the score card, notes on missing data and rules that found nothing,
 * and the assumptions used.
 *
 * @param parkId the park id
 * @param parkName the plan name
 * @param individual opportunities per building
 * @param collective opportunities for several buildings
 * @param scoreCard the park score card
 * @param notes Dutch notes: which data was missing and what that means, why a rule found nothing
 * @param assumptions the assumptions used
 */
public record KansenReport(
        String parkId,
        String parkName,
        List<IndividualOpportunity> individual,
        List<CollectiveOpportunity> collective,
        ParkScoreCard scoreCard,
        List<String> notes,
        KansenAssumptions assumptions) {

    public KansenReport {
        if (parkId == null || parkName == null || scoreCard == null || assumptions == null) {
            throw new IllegalArgumentException("kansenrapport is onvolledig");
        }
        individual = List.copyOf(individual);
        collective = List.copyOf(collective);
        notes = List.copyOf(notes);
    }

    /** Every opportunity: the individual ones, then the collective ones. */
    public List<Opportunity> all() {
        List<Opportunity> out = new ArrayList<>(individual.size() + collective.size());
        out.addAll(individual);
        out.addAll(collective);
        return out;
    }

    /**
     * The opportunities of each company (individual ones of its panden and collective ones it takes
     * part in), by company id, each list in {@link #all()} order: the company view for talks and sheets.
     */
    public Map<String, List<Opportunity>> byCompany() {
        TreeMap<String, List<Opportunity>> out = new TreeMap<>();
        for (Opportunity o : all()) {
            for (CompanyRef c : o.companies()) {
                out.computeIfAbsent(c.companyId(), k -> new ArrayList<>()).add(o);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    /** The individual opportunities by descending score; ties by pand id and kind. */
    public List<IndividualOpportunity> byScore() {
        return individual.stream()
                .sorted(Comparator.comparingDouble(
                                (IndividualOpportunity o) -> -o.score().total())
                        .thenComparing(IndividualOpportunity::buildingId)
                        .thenComparing(IndividualOpportunity::type))
                .toList();
    }

    /** Report lines: the notes, the score card and the assumptions. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Kansen " + parkName + " (" + parkId + "): " + individual.size() + " individuele en "
                + collective.size() + " collectieve kansen");
        notes.forEach(n -> lines.add("let op: " + n));
        lines.addAll(scoreCard.describe());
        lines.addAll(assumptions.describe());
        return lines;
    }
}
