package nl.kansenkaart.app.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.io.store.AnalysisResults;

/**
 * Every analysis of one park, with the assumptions they ran with.
 *
 * @param snapshot the park
 * @param assumptions the assumptions used
 * @param solar rooftop solar per pand
 * @param buildings label C, energy use and obligations, grid position per pand
 * @param kansen the opportunities and the park score card
 */
public record ParkAnalyses(
        ParkSnapshot snapshot,
        AnalysisAssumptions assumptions,
        SolarReport solar,
        ParkResults buildings,
        KansenReport kansen) {
    public ParkAnalyses {
        if (snapshot == null || assumptions == null || solar == null || buildings == null || kansen == null) {
            throw new IllegalArgumentException("analyses van het park onvolledig");
        }
    }

    /** The rows the project stores (opportunities included), with the assumption text of each analysis. */
    public AnalysisResults toStored(Instant computedAt) {
        List<AnalysisResults.AssumptionText> texts = new ArrayList<>();
        List<String> sections = assumptions.sectionTexts();
        for (int k = 0; k < sections.size(); k++) {
            texts.add(new AnalysisResults.AssumptionText(AnalysisAssumptions.ANALYSES.get(k), sections.get(k)));
        }
        return new AnalysisResults(snapshot, solar, buildings, kansen, texts, computedAt);
    }

    /** The Dutch summary: solar totals, the building analyses' summary and the kansen. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Zon op dak (" + solar.assumptions().name() + ")");
        solar.totals().describe().forEach(l -> lines.add("  " + l));
        lines.add("Labelplicht, verplichtingen en netcapaciteit");
        buildings.summary().describe().forEach(l -> lines.add("  " + l));
        lines.add("Kansen");
        // The kansen description ends with its assumptions; those are printed with all the others.
        kansen.describe().stream()
                .takeWhile(l -> !l.startsWith("Uitgangspunten kansen"))
                .forEach(l -> lines.add("  " + l));
        return lines;
    }
}
