package nl.kansenkaart.app.report;

import java.util.List;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkResults;

/**
 * The label-C, obligation and grid results of a park with the assumptions they were computed
 * with, so the report can print both.
 *
 * @param results the three analyses and their summary, in the snapshot's building order
 * @param office the label-C assumptions used (its reference date picks the labels shown)
 * @param obligations the energy-use and obligation assumptions used
 * @param grid the grid assumptions used
 */
public record BuildingAnalyses(
        ParkResults results, OfficeAssumptions office, ObligationAssumptions obligations, GridAssumptions grid) {
    public BuildingAnalyses {
        if (results == null || office == null || obligations == null || grid == null) {
            throw new IllegalArgumentException("resultaten of uitgangspunten van label C en verplichtingen ontbreken");
        }
    }

    /** Every assumption line of the three analyses, for the summary. */
    public List<String> describeAssumptions() {
        return java.util.stream.Stream.of(office.describe(), obligations.describe(), grid.describe())
                .flatMap(List::stream)
                .toList();
    }
}
