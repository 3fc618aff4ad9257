package nl.kansenkaart.io.store;

import java.time.Instant;
import java.util.List;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.solar.SolarReport;

/**
 * The results of one {@code analyse} run for one park, as {@link ProjectStore#saveResults} writes
 * them: the snapshot gives each pand's footprint, the reports give the rows.
 *
 * @param snapshot the park the analyses ran on
 * @param solar the solar analysis of that snapshot
 * @param buildings the label-C, obligation and grid analyses of that snapshot
 * @param kansen the individual and collective opportunities of that snapshot, stored with geometry
 * @param assumptions the assumption texts per analysis, in the order they are shown
 * @param computedAt when the analyses ran (written as berekend_op)
 */
public record AnalysisResults(
        ParkSnapshot snapshot,
        SolarReport solar,
        ParkResults buildings,
        KansenReport kansen,
        List<AssumptionText> assumptions,
        Instant computedAt) {
    public AnalysisResults {
        if (snapshot == null || solar == null || buildings == null || kansen == null || computedAt == null) {
            throw new IllegalArgumentException("analyseresultaten onvolledig");
        }
        if (!solar.parkId().equals(snapshot.park().id())) {
            throw new IllegalArgumentException("zonrapport hoort bij park " + solar.parkId() + ", niet bij park "
                    + snapshot.park().id());
        }
        if (!kansen.parkId().equals(snapshot.park().id())) {
            throw new IllegalArgumentException("kansenrapport hoort bij park " + kansen.parkId() + ", niet bij park "
                    + snapshot.park().id());
        }
        assumptions = List.copyOf(assumptions);
    }

    /** The park id the rows are stored under. */
    public String parkId() {
        return snapshot.park().id();
    }

    /**
     * The assumptions of one analysis as text.
     *
     * @param analysis the analysis's Dutch name ("zon op dak")
     * @param text the assumptions in properties syntax, as read back by the engine
     */
    public record AssumptionText(String analysis, String text) {
        public AssumptionText {
            if (analysis == null || analysis.isBlank() || text == null) {
                throw new IllegalArgumentException("aannametekst zonder analyse of tekst");
            }
        }
    }
}
