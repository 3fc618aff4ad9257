package nl.kansenkaart.core.obligations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * The park at a glance, for the report's first page: label verdicts, likely obligations and grid
 * congestion, counted over the panden of one plan area.
 *
 * @param buildings panden analysed
 * @param labelCounts panden per label verdict (every kind present, zero when none)
 * @param nonCompliantOfficeM2 office area of the panden whose label does not comply (NON_COMPLIANT)
 * @param noLabelOfficeM2 office area of obliged panden without any label (NO_LABEL)
 * @param savingLikelyBuildings panden where at least the energiebesparingsplicht is likely
 * @param researchLikelyBuildings panden where the onderzoeksplicht is likely
 * @param matchedCompanies companies matched to a VBO of an analysed pand
 * @param likelyObligedCompanies of those, companies in a pand where an obligation is likely
 * @param offtakeCongestedBuildings panden in an area congested for afname
 * @param feedInCongestedBuildings panden in an area congested for invoeding
 * @param gridUnknownBuildings panden whose grid position is unknown
 */
public record ParkSummary(
        int buildings,
        Map<LabelOutcome.Kind, Integer> labelCounts,
        double nonCompliantOfficeM2,
        double noLabelOfficeM2,
        int savingLikelyBuildings,
        int researchLikelyBuildings,
        int matchedCompanies,
        int likelyObligedCompanies,
        int offtakeCongestedBuildings,
        int feedInCongestedBuildings,
        int gridUnknownBuildings) {

    public ParkSummary {
        EnumMap<LabelOutcome.Kind, Integer> counts = new EnumMap<>(LabelOutcome.Kind.class);
        for (LabelOutcome.Kind k : LabelOutcome.Kind.values()) {
            counts.put(k, labelCounts.getOrDefault(k, 0));
        }
        labelCounts = Collections.unmodifiableMap(counts);
    }

    /** How many panden got the given verdict. */
    public int count(LabelOutcome.Kind kind) {
        return labelCounts.get(kind);
    }

    /** The summary as lines for a report, in Dutch. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("panden geanalyseerd: " + DutchNumbers.integer(buildings));
        StringBuilder labels = new StringBuilder("labelplicht kantoren:");
        for (Map.Entry<LabelOutcome.Kind, Integer> e : labelCounts.entrySet()) {
            labels.append(' ')
                    .append(e.getKey().dutch())
                    .append(' ')
                    .append(DutchNumbers.integer(e.getValue()))
                    .append(',');
        }
        lines.add(labels.substring(0, labels.length() - 1));
        lines.add("kantooroppervlak zonder label C: " + DutchNumbers.rounded(nonCompliantOfficeM2)
                + " m2 met label D-G, " + DutchNumbers.rounded(noLabelOfficeM2) + " m2 zonder label");
        lines.add("energiebesparingsplicht waarschijnlijk: " + DutchNumbers.integer(savingLikelyBuildings)
                + " panden, waarvan onderzoeksplicht waarschijnlijk: " + DutchNumbers.integer(researchLikelyBuildings));
        lines.add("bedrijven met waarschijnlijk een plicht: " + DutchNumbers.integer(likelyObligedCompanies) + " van "
                + DutchNumbers.integer(matchedCompanies) + " gekoppelde bedrijven");
        lines.add("panden in gebied met congestie: afname " + DutchNumbers.integer(offtakeCongestedBuildings)
                + ", invoeding " + DutchNumbers.integer(feedInCongestedBuildings) + ", onbekend "
                + DutchNumbers.integer(gridUnknownBuildings));
        return lines;
    }
}
