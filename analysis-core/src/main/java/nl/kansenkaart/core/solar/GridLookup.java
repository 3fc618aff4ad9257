package nl.kansenkaart.core.solar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Finds the feed-in status of the grid area a footprint lies in. Made per analysis call and used
 * by one thread, so the lazily built indexes of the prepared geometries are never shared.
 */
final class GridLookup {
    private final List<PreparedGeometry> areas = new ArrayList<>();
    private final List<CapacityStatus> feedIn = new ArrayList<>();

    GridLookup(List<GridArea> gridAreas) {
        for (GridArea g : gridAreas) {
            areas.add(PreparedGeometryFactory.prepare(g.area()));
            feedIn.add(g.feedIn());
        }
    }

    /**
     * The feed-in status at the footprint's interior point (always inside the footprint, unlike the
     * centroid of an L-shaped hall). Where areas overlap the most severe status wins, because that
     * is the one the connection request will meet.
     */
    Optional<CapacityStatus> feedInAt(Geometry footprint) {
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        Point p = footprint.getInteriorPoint();
        List<CapacityStatus> found = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).covers(p)) {
                found.add(feedIn.get(i));
            }
        }
        return found.stream().max(Comparator.comparingInt(GridLookup::severity));
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
