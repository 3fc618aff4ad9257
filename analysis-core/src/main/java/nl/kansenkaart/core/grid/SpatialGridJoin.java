package nl.kansenkaart.core.grid;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Joins panden to grid areas by geometry: the areas that contain a point inside the footprint (where
 * areas overlap, the most severe status per direction),
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
     * Every area containing the point (boundary counts as inside), in id order, so the answer never
     * depends on input order.
     */
    public List<GridArea> areasAt(Coordinate point) {
        List<Entry> entries = entriesAt(point);
        List<GridArea> out = new ArrayList<>(entries.size());
        entries.forEach(e -> out.add(e.area()));
        return out;
    }

    private List<Entry> entriesAt(Coordinate point) {
        if (size == 0) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>(2);
        tree.query(new Envelope(point), item -> {
            Entry e = (Entry) item;
            if (e.locator().locate(point) != Location.EXTERIOR) {
                found.add(e);
            }
        });
        if (found.size() > 1) {
            found.sort(Comparator.comparing((Entry e) -> e.area().id()));
        }
        return found;
    }

    /**
     * The grid position of a pand; NOT_FOUND (statuses UNKNOWN) when it lies in no area. Where areas
     * overlap (a station's area inside a region's), each direction takes its most severe status among
     * them and the relief year is the latest, because the tightest one is what a connection request
     * meets; the position then names every area, and its id is that of the area with the most severe
     * status (ties: the smallest id), so a hub groups with the station that limits it.
     */
    public GridPosition locate(Building building) {
        List<Entry> entries = entriesAt(interiorPoint(building.footprint()));
        if (entries.isEmpty()) {
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
        if (entries.size() == 1) {
            Entry entry = entries.get(0);
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
        CapacityStatus offtake = CapacityStatus.UNKNOWN;
        CapacityStatus feedIn = CapacityStatus.UNKNOWN;
        OptionalInt year = OptionalInt.empty();
        Entry limiting = entries.get(0);
        List<String> names = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            GridArea a = e.area();
            offtake = CapacityWords.worse(offtake, a.offtake());
            feedIn = CapacityWords.worse(feedIn, a.feedIn());
            if (a.alleviationYear().isPresent()
                    && (year.isEmpty() || a.alleviationYear().getAsInt() > year.getAsInt())) {
                year = a.alleviationYear();
            }
            if (worst(a) > worst(limiting.area())) {
                limiting = e;
            }
            names.add(e.name().orElseThrow());
        }
        String together = String.join(", ", names.subList(0, names.size() - 1)) + " en " + names.get(names.size() - 1)
                + " (overlappend: per richting de zwaarste status)";
        return new GridPosition(
                building.id(),
                GridPosition.Join.GEOMETRY,
                limiting.id(),
                Optional.of(together),
                offtake,
                feedIn,
                year,
                List.of());
    }

    private static int worst(GridArea a) {
        return Math.max(CapacityWords.severity(a.offtake()), CapacityWords.severity(a.feedIn()));
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
