package nl.kansenkaart.core.obligations;

import java.util.List;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.labels.LabelResult;

/**
 * The three building analyses of one plan area, each list in the snapshot's building order, and the
 * park summary over them.
 */
public record ParkResults(
        List<LabelResult> labels, List<ObligationResult> obligations, List<GridPosition> grid, ParkSummary summary) {

    public ParkResults {
        labels = List.copyOf(labels);
        obligations = List.copyOf(obligations);
        grid = List.copyOf(grid);
        if (summary == null) {
            throw new IllegalArgumentException("samenvatting ontbreekt");
        }
    }
}
