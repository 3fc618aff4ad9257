package nl.kansenkaart.core.grid;

import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.core.labels.SnapshotIndex;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;

/** The grid position of every pand, by geometry or by postcode. Pure: results in building order. */
public final class GridAnalysis {
    private GridAnalysis() {}

    /** Every building of the snapshot joined to the snapshot's grid areas by geometry. */
    public static List<GridPosition> analyse(ParkSnapshot snapshot) {
        return analyse(snapshot.buildings(), SpatialGridJoin.of(snapshot.gridAreas()), Progress.NONE);
    }

    /** The given buildings joined by geometry, in input order. */
    public static List<GridPosition> analyse(List<Building> buildings, SpatialGridJoin join, Progress progress) {
        List<GridPosition> results = new ArrayList<>(buildings.size());
        for (int i = 0; i < buildings.size(); i++) {
            if ((i & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.report(i, buildings.size(), "netcapaciteit koppelen");
            }
            results.add(join.locate(buildings.get(i)));
        }
        progress.report(buildings.size(), buildings.size(), "netcapaciteit koppelen");
        return results;
    }

    /** The given buildings joined through their units' postcodes, in input order. */
    public static List<GridPosition> analyseByPostcode(
            List<Building> buildings, SnapshotIndex index, PostcodeGridJoin join, Progress progress) {
        List<GridPosition> results = new ArrayList<>(buildings.size());
        for (int i = 0; i < buildings.size(); i++) {
            if ((i & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.report(i, buildings.size(), "netcapaciteit per postcode koppelen");
            }
            Building b = buildings.get(i);
            results.add(join.locate(b.id(), index.units(b.id())));
        }
        progress.report(buildings.size(), buildings.size(), "netcapaciteit per postcode koppelen");
        return results;
    }
}
