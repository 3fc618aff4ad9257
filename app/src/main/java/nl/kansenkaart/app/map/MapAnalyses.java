package nl.kansenkaart.app.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.solar.SolarOutcome;
import nl.kansenkaart.core.solar.SolarReport;

/**
 * The analysis results a map may colour by, all optional: a theme that needs a missing one draws
 * those buildings as "niet beoordeeld".
 *
 * @param solar the rooftop solar report of the park, if computed
 * @param labelResults the label-C verdicts per pand, empty when not computed
 * @param kansen the kansen analysis (individual and collective opportunities), if computed
 */
public record MapAnalyses(Optional<SolarReport> solar, List<LabelResult> labelResults, Optional<KansenReport> kansen) {

    public MapAnalyses {
        if (solar == null || kansen == null) {
            throw new IllegalArgumentException("zon- of kansenrapport ontbreekt (gebruik Optional.empty())");
        }
        labelResults = List.copyOf(labelResults);
    }

    /** No analysis results: themes show the source data only. */
    public static MapAnalyses none() {
        return new MapAnalyses(Optional.empty(), List.of(), Optional.empty());
    }

    /** Both results. */
    public static MapAnalyses of(SolarReport solar, List<LabelResult> labelResults) {
        return new MapAnalyses(Optional.of(solar), labelResults, Optional.empty());
    }

    /** Solar, label C and the kansen analysis built on them. */
    public static MapAnalyses of(SolarReport solar, List<LabelResult> labelResults, KansenReport kansen) {
        return new MapAnalyses(Optional.of(solar), labelResults, Optional.of(kansen));
    }

    /** The solar outcomes by pand id; empty without a report. */
    public Map<String, SolarOutcome> solarByBuilding() {
        Map<String, SolarOutcome> byId = new HashMap<>();
        solar.ifPresent(r -> r.outcomes().forEach(o -> byId.put(o.buildingId(), o)));
        return byId;
    }

    /** The label-C verdicts by pand id. */
    public Map<String, LabelResult> labelsByBuilding() {
        Map<String, LabelResult> byId = new HashMap<>();
        labelResults.forEach(l -> byId.put(l.buildingId(), l));
        return byId;
    }
}
