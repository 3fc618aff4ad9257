package nl.kansenkaart.app.map;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Large geometries (grid areas, plan areas, collective opportunities of hundreds of vertices)
 * simplified to a quarter of a pixel, kept per zoom step so that a redraw after a pan or a wheel
 * zoom walks tens of vertices per area instead of hundreds. Shared by the frames of one {@link
 * MapContent}; safe to use from several render threads.
 */
final class SimplifiedShapes {
    /** Geometries with fewer vertices are drawn as they are: simplifying them gains nothing. */
    static final int MIN_POINTS = 64;

    /** The largest distance a simplified edge may stray from the original, in screen pixels. */
    private static final double TOLERANCE_PX = 0.25;

    /** Zoom steps per doubling of the scale: a step is a factor of about 1.19. */
    private static final double STEPS_PER_DOUBLING = 4;

    /** More steps than this per geometry and its cache starts over (a long zoom session). */
    private static final int MAX_STEPS_PER_GEOMETRY = 12;

    private final Map<Geometry, Map<Integer, Geometry>> cache = new IdentityHashMap<>();

    /**
     * The geometry to draw at this scale: the original when it is small, else its simplification
     * for the zoom step that the scale falls in, with an error of at most a quarter pixel.
     *
     * @param metresPerPixel ground metres per pixel of the frame being drawn
     */
    Geometry at(Geometry g, double metresPerPixel) {
        if (g.getNumPoints() < MIN_POINTS || !(metresPerPixel > 0)) {
            return g;
        }
        int step = (int) Math.floor(Math.log(metresPerPixel) / Math.log(2) * STEPS_PER_DOUBLING);
        synchronized (cache) {
            Map<Integer, Geometry> steps = cache.computeIfAbsent(g, k -> new HashMap<>());
            Geometry simple = steps.get(step);
            if (simple == null) {
                if (steps.size() >= MAX_STEPS_PER_GEOMETRY) {
                    steps.clear();
                }
                // The lower bound of the step, so any scale inside it errs by a quarter pixel at most.
                double stepMetresPerPixel = Math.pow(2, step / STEPS_PER_DOUBLING);
                simple = simplify(g, TOLERANCE_PX * stepMetresPerPixel);
                steps.put(step, simple);
            }
            return simple;
        }
    }

    private static Geometry simplify(Geometry g, double toleranceM) {
        DouglasPeuckerSimplifier s = new DouglasPeuckerSimplifier(g);
        s.setDistanceTolerance(toleranceM);
        // No validity repair (a buffer): the outline is only drawn, and must stay where it was.
        s.setEnsureValid(false);
        try {
            Geometry simple = s.getResultGeometry();
            // An area that shrinks to nothing is still drawn, as it was.
            return simple.isEmpty() ? g : simple;
        } catch (IllegalArgumentException collapsed) {
            return g;
        }
    }
}
