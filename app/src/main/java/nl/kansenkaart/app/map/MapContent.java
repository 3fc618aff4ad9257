package nl.kansenkaart.app.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.grid.GridAnalysis;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The drawable features of one park, per layer, each layer with a spatial index so that drawing
 * and identifying touch only what is in view. Immutable after construction and safe to read from
 * several threads (the indexes are built before the constructor returns).
 */
public final class MapContent {
    private static final Comparator<EnergyLabel> LATEST = Comparator.comparing(EnergyLabel::registeredOn);

    private final ParkSnapshot snapshot;
    private final Map<MapLayer, List<MapFeature>> features = new EnumMap<>(MapLayer.class);
    private final Map<MapLayer, STRtree> indexes = new EnumMap<>(MapLayer.class);
    private final Map<MapLayer, FlatLayer> flat = new EnumMap<>(MapLayer.class);
    private final Map<String, MapFeature.BuildingItem> buildingsById = new HashMap<>();
    private final Map<String, MapFeature.UnitItem> unitsById = new HashMap<>();
    private final Envelope extent;
    private final SimplifiedShapes simplified = new SimplifiedShapes();

    private MapContent(ParkSnapshot snapshot, MapAnalyses analyses) {
        this.snapshot = snapshot;
        Map<String, EnergyLabel> unitLabels = new HashMap<>();
        Map<String, EnergyLabel> pandLabels = new HashMap<>();
        for (EnergyLabel l : snapshot.labels()) {
            l.unitId().ifPresent(id -> unitLabels.merge(id, l, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b));
            if (l.unitId().isEmpty()) {
                l.buildingId().ifPresent(id -> pandLabels.merge(id, l, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b));
            }
        }
        Map<String, List<Unit>> unitsByBuilding = snapshot.unitsByBuilding();

        List<MapFeature> parks = List.of(new MapFeature.PlanArea(snapshot.park()));
        List<MapFeature> buildings = new ArrayList<>(snapshot.buildings().size());
        // Panden outside every grid area but known by postcode get that status on the map (PC6 data).
        List<GridPosition> byPostcode = snapshot.gridPostcodes().isEmpty() ? List.of() : GridAnalysis.analyse(snapshot);
        int index = 0;
        for (var b : snapshot.buildings()) {
            Optional<GridPosition> postcodeGrid = byPostcode.isEmpty()
                    ? Optional.empty()
                    : Optional.of(byPostcode.get(index)).filter(p -> p.join() == GridPosition.Join.POSTCODE);
            index++;
            List<Unit> units = unitsByBuilding.getOrDefault(b.id(), List.of());
            Optional<EnergyLabel> label = Optional.ofNullable(pandLabels.get(b.id()))
                    .or(() -> units.stream()
                            .map(u -> unitLabels.get(u.id()))
                            .filter(l -> l != null)
                            .max(Comparator.comparing(EnergyLabel::labelClass)));
            var item = new MapFeature.BuildingItem(b, units, label, Classifiers.functionKey(units), postcodeGrid);
            buildings.add(item);
            buildingsById.put(b.id(), item);
        }
        List<MapFeature> units = new ArrayList<>(snapshot.units().size());
        for (Unit u : snapshot.units()) {
            var item = new MapFeature.UnitItem(u, Optional.ofNullable(unitLabels.get(u.id())));
            units.add(item);
            unitsById.put(u.id(), item);
        }
        List<MapFeature> labelled = units.stream()
                .filter(f -> ((MapFeature.UnitItem) f).label().isPresent())
                .toList();
        List<MapFeature> roofs = snapshot.roofParts().stream()
                .map(r -> (MapFeature) new MapFeature.RoofItem(r))
                .toList();
        List<MapFeature> grid = snapshot.gridAreas().stream()
                .map(g -> (MapFeature) new MapFeature.GridItem(g))
                .toList();

        put(MapLayer.PLAN_AREA, parks);
        put(
                MapLayer.OPPORTUNITIES,
                analyses.kansen().stream()
                        .flatMap(k -> k.collective().stream())
                        .map(c -> (MapFeature) new MapFeature.CollectiveItem(c))
                        .toList());
        put(MapLayer.BUILDINGS, buildings);
        put(MapLayer.UNITS, units);
        put(MapLayer.LABELS, labelled);
        put(MapLayer.ROOF_PARTS, roofs);
        put(MapLayer.GRID_OFFTAKE, grid);
        put(MapLayer.GRID_FEED_IN, grid);

        Envelope e = new Envelope(snapshot.park().contour().getEnvelopeInternal());
        for (MapFeature b : buildings) {
            e.expandToInclude(b.geometry().getEnvelopeInternal());
        }
        this.extent = e;
    }

    /** Builds the layers and their indexes from a park snapshot. */
    public static MapContent of(ParkSnapshot snapshot) {
        return new MapContent(snapshot, MapAnalyses.none());
    }

    /** Builds the layers with the analysis results that have geometry of their own (collective kansen). */
    public static MapContent of(ParkSnapshot snapshot, MapAnalyses analyses) {
        return new MapContent(snapshot, analyses);
    }

    private void put(MapLayer layer, List<MapFeature> list) {
        List<MapFeature> all = List.copyOf(list);
        features.put(layer, all);
        flat.put(layer, new FlatLayer(all));
        // The index holds positions in the list: the renderer reads the flat arrays by position.
        STRtree tree = new STRtree();
        for (int i = 0; i < all.size(); i++) {
            tree.insert(all.get(i).geometry().getEnvelopeInternal(), i);
        }
        // Build now: a lazy build on the first query would race between render threads.
        tree.build();
        indexes.put(layer, tree);
    }

    /** The snapshot this content shows. */
    public ParkSnapshot snapshot() {
        return snapshot;
    }

    /** The area to show when zooming to the park: the plan area and all its buildings. */
    public Envelope extent() {
        return new Envelope(extent);
    }

    /** All features of a layer. */
    public List<MapFeature> features(MapLayer layer) {
        return features.get(layer);
    }

    /** The features of a layer whose bounding box meets the given world area. */
    public List<MapFeature> query(MapLayer layer, Envelope world) {
        List<MapFeature> all = features.get(layer);
        int[] found = queryPositions(layer, world);
        List<MapFeature> result = new ArrayList<>(found.length);
        for (int i : found) {
            result.add(all.get(i));
        }
        return result;
    }

    /** Positions (in {@link #features(MapLayer)} and {@link #flat(MapLayer)}) of the features meeting the area. */
    int[] queryPositions(MapLayer layer, Envelope world) {
        STRtree tree = indexes.get(layer);
        if (tree.isEmpty()) {
            return new int[0];
        }
        Positions found = new Positions();
        tree.query(world, found);
        return found.toArray();
    }

    /** The layer's features as flat arrays, for the renderer. */
    FlatLayer flat(MapLayer layer) {
        return flat.get(layer);
    }

    /** Collects index positions without boxing them into a list. */
    private static final class Positions implements ItemVisitor {
        private int[] items = new int[64];
        private int n;

        @Override
        public void visitItem(Object item) {
            if (n == items.length) {
                items = Arrays.copyOf(items, n * 2);
            }
            items[n++] = (Integer) item;
        }

        int[] toArray() {
            return Arrays.copyOf(items, n);
        }
    }

    /**
     * Whether the style draws anything of this content: a legend group for nothing (say, grid status
     * by postcode on a park without such data) would mislead.
     */
    public boolean draws(LayerStyle style) {
        for (short c : flat(style.layer()).classes(style.classifier())) {
            if (c >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The cache of simplified large geometries that every frame of this content draws from. */
    SimplifiedShapes simplified() {
        return simplified;
    }

    /** A building by pand id. */
    public Optional<MapFeature.BuildingItem> building(String pandId) {
        return Optional.ofNullable(buildingsById.get(pandId));
    }

    /** A unit (with its label) by VBO id. */
    public Optional<MapFeature.UnitItem> unit(String unitId) {
        return Optional.ofNullable(unitsById.get(unitId));
    }

    /**
     * The building at a world point, for identify: one that contains the point, else the nearest
     * within the tolerance.
     *
     * @param x RD x in metres
     * @param y RD y in metres
     * @param toleranceM how far a click may miss, in metres (a few pixels' worth)
     */
    public Optional<MapFeature.BuildingItem> buildingAt(double x, double y, double toleranceM) {
        Point p = new GeometryFactory(snapshot.park().contour().getPrecisionModel(), 28992)
                .createPoint(new org.locationtech.jts.geom.Coordinate(x, y));
        Envelope around = new Envelope(x - toleranceM, x + toleranceM, y - toleranceM, y + toleranceM);
        MapFeature.BuildingItem best = null;
        double bestDistance = Double.MAX_VALUE;
        for (MapFeature f : query(MapLayer.BUILDINGS, around)) {
            double d = f.geometry().distance(p);
            if (d <= toleranceM && d < bestDistance) {
                best = (MapFeature.BuildingItem) f;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
