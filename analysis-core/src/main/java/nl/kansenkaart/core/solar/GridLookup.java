package nl.kansenkaart.core.solar;

import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.grid.SpatialGridJoin;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridArea;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the feed-in status of the grid area a footprint lies in, through an STRtree of the areas
 * and an indexed point-in-area locator per area: a park of a million panden and hundreds of grid
 * areas would otherwise test every area for every pand. Made per analysis call and used by one
 * thread.
 */
final class GridLookup {
    private final STRtree tree = new STRtree();
    private final boolean empty;

    /** An indexed area and the status the solar analysis needs from it. */
    private record Entry(IndexedPointInAreaLocator locator, CapacityStatus feedIn) {}

    GridLookup(List<GridArea> gridAreas) {
        for (GridArea g : gridAreas) {
            tree.insert(g.area().getEnvelopeInternal(), new Entry(new IndexedPointInAreaLocator(g.area()), g.feedIn()));
        }
        tree.build();
        empty = gridAreas.isEmpty();
    }

    /**
     * The feed-in status at a point inside the footprint (the same point the grid analysis joins
     * with, never outside an L-shaped hall as a centroid can be). Where areas overlap the most
     * severe status wins, because that is the one the connection request will meet.
     */
    Optional<CapacityStatus> feedInAt(Geometry footprint) {
        if (empty) {
            return Optional.empty();
        }
        Coordinate p = SpatialGridJoin.interiorPoint(footprint);
        CapacityStatus[] worst = {null};
        tree.query(new Envelope(p), item -> {
            Entry e = (Entry) item;
            if ((worst[0] == null || severity(e.feedIn()) > severity(worst[0]))
                    && e.locator().locate(p) != Location.EXTERIOR) {
                worst[0] = e.feedIn();
            }
        });
        return Optional.ofNullable(worst[0]);
    }

    private static int severity(CapacityStatus s) {
        return switch (s) {
            case UNKNOWN -> 0;
            case AVAILABLE -> 1;
            case SCARCE -> 2;
            case CONGESTION_MANAGEMENT -> 3;
            case CONGESTED -> 4;
        };
    }
}
