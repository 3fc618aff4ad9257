package nl.kansenkaart.core.grid;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridArea;
import org.locationtech.jts.algorithm.Centroid;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Joins panden to grid areas by geometry: the area that contains a point inside the footprint,
 * found through an STRtree of the areas and a prepared point-in-area locator per area. Built once,
 * then safe to query from several threads (the tree and locators are built in the constructor).
 * Geometry in RD New (EPSG:28992) on both sides.
 */
public final class SpatialGridJoin {
    private final STRtree tree = new STRtree();
    private final int size;

    private record Entry(GridArea area, IndexedPointInAreaLocator locator) {}

    private SpatialGridJoin(List<GridArea> areas) {
        for (GridArea a : areas) {
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(a.area());
            // Build the locator's index now: lazily built state is not for concurrent readers.
            locator.locate(a.area().getEnvelopeInternal().centre());
            tree.insert(a.area().getEnvelopeInternal(), new Entry(a, locator));
        }
        tree.build();
        size = areas.size();
    }

    /** Indexes the grid areas. */
    public static SpatialGridJoin of(List<GridArea> areas) {
        return new SpatialGridJoin(List.copyOf(areas));
    }

    /** How many areas are indexed. */
    public int size() {
        return size;
    }

    /**
     * The area containing the point (boundary counts as inside); when areas overlap, the one with the
     * smallest id, so the answer never depends on input order.
     */
    public Optional<GridArea> areaAt(Coordinate point) {
        if (size == 0) {
            return Optional.empty();
        }
        GridArea[] found = new GridArea[1];
        tree.query(new Envelope(point), item -> {
            Entry e = (Entry) item;
            if (e.locator().locate(point) != Location.EXTERIOR
                    && (found[0] == null || e.area().id().compareTo(found[0].id()) < 0)) {
                found[0] = e.area();
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** The grid position of a pand; NOT_FOUND (statuses UNKNOWN) when it lies in no area. */
    public GridPosition locate(Building building) {
        Optional<GridArea> area = areaAt(interiorPoint(building.footprint()));
        if (area.isEmpty()) {
            return new GridPosition(
                    building.id(),
                    GridPosition.Join.NOT_FOUND,
                    Optional.empty(),
                    Optional.empty(),
                    CapacityStatus.UNKNOWN,
                    CapacityStatus.UNKNOWN,
                    OptionalInt.empty(),
                    List.of());
        }
        GridArea a = area.get();
        return new GridPosition(
                building.id(),
                GridPosition.Join.GEOMETRY,
                Optional.of(a.id()),
                Optional.of(a.name() + " (" + a.operator() + ")"),
                a.offtake(),
                a.feedIn(),
                a.alleviationYear(),
                List.of());
    }

    /**
     * A point inside the footprint: its centroid when that lies strictly inside (true for the convex
     * and most other footprints, and cheap), else JTS's interior point. Either is a point of the
     * footprint's interior, which is all the join needs.
     */
    public static Coordinate interiorPoint(Geometry footprint) {
        if (footprint instanceof Polygon p) {
            Coordinate c = Centroid.getCentroid(p);
            if (c != null && strictlyInside(c, p)) {
                return c;
            }
        }
        return footprint.getInteriorPoint().getCoordinate();
    }

    private static boolean strictlyInside(Coordinate c, Polygon p) {
        if (RayCrossingCounter.locatePointInRing(c, p.getExteriorRing().getCoordinateSequence()) != Location.INTERIOR) {
            return false;
        }
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            if (RayCrossingCounter.locatePointInRing(c, p.getInteriorRingN(i).getCoordinateSequence())
                    != Location.EXTERIOR) {
                return false;
            }
        }
        return true;
    }
}
