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

    /**
     * Every building of the snapshot: by geometry to the snapshot's grid areas, and through its units'
     * postcodes to the snapshot's PC6 rows when no area holds it.
     */
    public static List<GridPosition> analyse(ParkSnapshot snapshot) {
        // Only the units per pand are looked up here; without labels the index's date plays no part.
        SnapshotIndex units = SnapshotIndex.of(snapshot.units(), List.of(), List.of(), java.time.LocalDate.EPOCH);
        return analyse(
                snapshot.buildings(),
                units,
                SpatialGridJoin.of(snapshot.gridAreas()),
                PostcodeGridJoin.ofRows(snapshot.gridPostcodes()),
                Progress.NONE);
    }

    /**
     * The given buildings by geometry first; a pand that lies in no grid area is joined through the
     * postcodes of its units when PC6 data is present. Polygons win where both exist because they
     * place the pand itself, a postcode only its addresses.
     */
    public static List<GridPosition> analyse(
            List<Building> buildings,
            SnapshotIndex index,
            SpatialGridJoin areas,
            PostcodeGridJoin postcodes,
            Progress progress) {
        if (postcodes.isEmpty()) {
            return analyse(buildings, areas, progress);
        }
        List<GridPosition> results = new ArrayList<>(buildings.size());
        for (int i = 0; i < buildings.size(); i++) {
            if ((i & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.report(i, buildings.size(), "netcapaciteit koppelen");
            }
            Building b = buildings.get(i);
            GridPosition byArea = areas.locate(b);
            results.add(
                    byArea.join() == GridPosition.Join.GEOMETRY
                            ? byArea
                            : postcodes.locate(b.id(), index.units(b.id())));
        }
        progress.report(buildings.size(), buildings.size(), "netcapaciteit koppelen");
        return results;
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
