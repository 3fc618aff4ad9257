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
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.ItemVisitor;
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

    /** An indexed area with the Optionals every position in it shares, made once per area, not per pand. */
    private record Entry(
            GridArea area, IndexedPointInAreaLocator locator, Optional<String> id, Optional<String> name) {}

    private SpatialGridJoin(List<GridArea> areas) {
        for (GridArea a : areas) {
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(a.area());
            // Build the locator's index now: lazily built state is not for concurrent readers.
            locator.locate(a.area().getEnvelopeInternal().centre());
            tree.insert(
                    a.area().getEnvelopeInternal(),
                    new Entry(a, locator, Optional.of(a.id()), Optional.of(a.name() + " (" + a.operator() + ")")));
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
        Entry e = entryAt(point);
        return e == null ? Optional.empty() : Optional.of(e.area());
    }

    private Entry entryAt(Coordinate point) {
        if (size == 0) {
            return null;
        }
        Finder finder = new Finder(point);
        tree.query(new Envelope(point), finder);
        return finder.found;
    }

    /** Keeps the containing area with the smallest id; one per query, so queries may run in parallel. */
    private static final class Finder implements ItemVisitor {
        private final Coordinate point;
        private Entry found;

        Finder(Coordinate point) {
            this.point = point;
        }

        @java.lang.Override
        public void visitItem(Object item) {
            Entry e = (Entry) item;
            if ((found == null || e.area().id().compareTo(found.area().id()) < 0)
                    && e.locator().locate(point) != Location.EXTERIOR) {
                found = e;
            }
        }
    }

    /** The grid position of a pand; NOT_FOUND (statuses UNKNOWN) when it lies in no area. */
    public GridPosition locate(Building building) {
        Entry entry = entryAt(interiorPoint(building.footprint()));
        if (entry == null) {
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
        GridArea a = entry.area();
        return new GridPosition(
                building.id(),
                GridPosition.Join.GEOMETRY,
                entry.id(),
                entry.name(),
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
            if (p.getNumInteriorRing() == 0) {
                // The common case, done without JTS's Centroid objects: this runs a million times in a batch.
                CoordinateSequence ring = p.getExteriorRing().getCoordinateSequence();
                Coordinate c = ringCentroid(ring);
                if (c != null && RayCrossingCounter.locatePointInRing(c, ring) == Location.INTERIOR) {
                    return c;
                }
            } else {
                Coordinate c = Centroid.getCentroid(p);
                if (c != null && strictlyInside(c, p)) {
                    return c;
                }
            }
        }
        return footprint.getInteriorPoint().getCoordinate();
    }

    /** The area centroid of a closed ring (shoelace, relative to its first point for precision); null when flat. */
    static Coordinate ringCentroid(CoordinateSequence ring) {
        int n = ring.size();
        double x0 = ring.getX(0);
        double y0 = ring.getY(0);
        double area2 = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n - 1; i++) {
            double xi = ring.getX(i) - x0;
            double yi = ring.getY(i) - y0;
            double xj = ring.getX(i + 1) - x0;
            double yj = ring.getY(i + 1) - y0;
            double cross = xi * yj - xj * yi;
            area2 += cross;
            cx += (xi + xj) * cross;
            cy += (yi + yj) * cross;
        }
        if (area2 == 0) {
            return null;
        }
        return new Coordinate(x0 + cx / (3 * area2), y0 + cy / (3 * area2));
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
