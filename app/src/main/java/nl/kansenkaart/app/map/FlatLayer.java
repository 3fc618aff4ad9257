package nl.kansenkaart.app.map;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * One layer's features copied into flat arrays (bounding boxes, the rings of small polygons, and
 * each classifier's class per feature) so that a frame of 100,000 buildings walks memory in order
 * instead of chasing JTS objects and classifying every building again on every pan or zoom.
 * Immutable but for the classification cache, which is guarded; safe for several render threads.
 */
final class FlatLayer {
    /** Polygons with more vertices are drawn from their geometry (and its cached simplification). */
    private static final int MAX_FLAT_POINTS = SimplifiedShapes.MIN_POINTS;

    private final List<MapFeature> features;
    /** minX, minY, maxX, maxY per feature, in RD metres. */
    private final double[] box;
    /** Per feature i, its rings are ringStart[firstRing[i]] .. up to firstRing[i + 1]; none = draw the geometry. */
    private final int[] firstRing;
    /** Per ring, its first vertex (x at 2 * v, y at 2 * v + 1); one extra entry closes the last ring. */
    private final int[] ringStart;

    private final double[] xy;
    private final Map<Classifier, short[]> classes = new WeakHashMap<>();

    FlatLayer(List<MapFeature> features) {
        this.features = features;
        int n = features.size();
        box = new double[4 * n];
        firstRing = new int[n + 1];
        int rings = 0;
        int points = 0;
        for (MapFeature f : features) {
            if (f.geometry() instanceof Polygon p && p.getNumPoints() < MAX_FLAT_POINTS) {
                rings += 1 + p.getNumInteriorRing();
                points += p.getNumPoints();
            }
        }
        ringStart = new int[rings + 1];
        xy = new double[2 * points];
        int ring = 0;
        int v = 0;
        for (int i = 0; i < n; i++) {
            Geometry g = features.get(i).geometry();
            Envelope e = g.getEnvelopeInternal();
            box[4 * i] = e.getMinX();
            box[4 * i + 1] = e.getMinY();
            box[4 * i + 2] = e.getMaxX();
            box[4 * i + 3] = e.getMaxY();
            firstRing[i] = ring;
            if (g instanceof Polygon p && p.getNumPoints() < MAX_FLAT_POINTS) {
                CoordinateSequence shell = p.getExteriorRing().getCoordinateSequence();
                ringStart[ring++] = v;
                v = copy(shell, false, v);
                boolean shellCcw = p.getNumInteriorRing() > 0 && Orientation.isCCW(shell);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    CoordinateSequence hole = p.getInteriorRingN(h).getCoordinateSequence();
                    ringStart[ring++] = v;
                    // Holes run against their shell so the non-zero winding rule cuts them out.
                    v = copy(hole, Orientation.isCCW(hole) == shellCcw, v);
                }
            }
        }
        firstRing[n] = ring;
        ringStart[rings] = v;
    }

    private int copy(CoordinateSequence seq, boolean reverse, int v) {
        int n = seq.size();
        for (int k = 0; k < n; k++) {
            int i = reverse ? n - 1 - k : k;
            xy[2 * v] = seq.getX(i);
            xy[2 * v + 1] = seq.getY(i);
            v++;
        }
        return v;
    }

    MapFeature feature(int i) {
        return features.get(i);
    }

    double minX(int i) {
        return box[4 * i];
    }

    double minY(int i) {
        return box[4 * i + 1];
    }

    double maxX(int i) {
        return box[4 * i + 2];
    }

    double maxY(int i) {
        return box[4 * i + 3];
    }

    /** The larger side of feature i's bounding box, in metres. */
    double sizeM(int i) {
        return Math.max(box[4 * i + 2] - box[4 * i], box[4 * i + 3] - box[4 * i + 1]);
    }

    /** Whether feature i's rings are in the arrays; if not, draw its geometry. */
    boolean isFlat(int i) {
        return firstRing[i + 1] > firstRing[i];
    }

    int firstRing(int i) {
        return firstRing[i];
    }

    int endRing(int i) {
        return firstRing[i + 1];
    }

    int ringStart(int ring) {
        return ringStart[ring];
    }

    double x(int vertex) {
        return xy[2 * vertex];
    }

    double y(int vertex) {
        return xy[2 * vertex + 1];
    }

    /** Whether the layer's features are points (judged by the first; a layer holds one kind). */
    boolean isPoints() {
        return !features.isEmpty() && features.get(0).geometry() instanceof Point;
    }

    /**
     * Each feature's class index in the classifier's legend order, -1 for not drawn; worked out once
     * per classifier, since a theme keeps its classifiers while the user pans and zooms.
     */
    short[] classes(Classifier classifier) {
        synchronized (classes) {
            short[] known = classes.get(classifier);
            if (known != null) {
                return known;
            }
        }
        List<StyleClass> legend = classifier.classes();
        short[] of = new short[features.size()];
        for (int i = 0; i < of.length; i++) {
            of[i] = (short) classifier
                    .classify(features.get(i))
                    .map(legend::indexOf)
                    .orElse(-1)
                    .intValue();
        }
        synchronized (classes) {
            classes.put(classifier, of);
        }
        return of;
    }
}
