package nl.kansenkaart.io.mapping;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Brings a source geometry into RD New and checks it: absent or empty geometry is a skip ("lege
 * geometrie"), an invalid polygon is repaired with JTS's GeometryFixer and counted, and a repair
 * that leaves nothing polygonal is a skip. Polygons come out as MultiPolygon, as the store keeps them.
 */
public final class GeometryPreparer {
    /** RD New, the CRS of everything in the project. */
    public static final int RD_NEW = 28992;

    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), RD_NEW);

    private final UnaryOperator<Geometry> toRd;

    /**
     * @param toRd the transform from the layer's CRS to RD New (the identity for RD sources)
     */
    public GeometryPreparer(UnaryOperator<Geometry> toRd) {
        this.toRd = toRd;
    }

    /** A preparer for sources already in RD New. */
    public static GeometryPreparer identity() {
        return new GeometryPreparer(g -> g);
    }

    /** The area geometry as a valid MultiPolygon in RD New. */
    public Prepared<MultiPolygon> areal(Optional<Geometry> source) throws ValueProblem {
        Geometry g = present(source);
        if (!(g instanceof Polygon || g instanceof MultiPolygon || g instanceof GeometryCollection)
                || g instanceof MultiPoint) {
            throw new ValueProblem("geen vlak", "geometrie is een " + g.getGeometryType());
        }
        Geometry rd = transform(g);
        boolean repaired = false;
        if (!FastValidity.isValid(rd)) {
            rd = GeometryFixer.fix(rd);
            repaired = true;
        }
        MultiPolygon mp =
                polygonalPart(rd).orElseThrow(() -> new ValueProblem("reparatie gaf geen vlak", "ongeldige geometrie"));
        return new Prepared<>(mp, repaired);
    }

    /** The point geometry in RD New; a polygon gives its interior point. */
    public Prepared<Point> point(Optional<Geometry> source) throws ValueProblem {
        Geometry g = present(source);
        Geometry rd = transform(g);
        Point p = rd instanceof Point pt ? pt : rd.getInteriorPoint();
        if (p.isEmpty()) {
            throw new ValueProblem("lege geometrie");
        }
        return new Prepared<>(p, false);
    }

    private static Geometry present(Optional<Geometry> source) throws ValueProblem {
        if (source.isEmpty() || source.get().isEmpty()) {
            throw new ValueProblem("lege geometrie");
        }
        return source.get();
    }

    private Geometry transform(Geometry g) throws ValueProblem {
        Geometry rd;
        try {
            rd = toRd.apply(g);
        } catch (RuntimeException e) {
            throw new ValueProblem("coordinaten niet om te rekenen naar RD", String.valueOf(e.getMessage()));
        }
        for (var c : rd.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                throw new ValueProblem("coordinaten niet om te rekenen naar RD", "ongeldige coordinaat");
            }
        }
        if (rd.getSRID() != RD_NEW) {
            rd = RD.createGeometry(rd);
        }
        return rd;
    }

    /** The polygons of a geometry as one MultiPolygon, dropping lines and points a repair may leave. */
    static Optional<MultiPolygon> polygonalPart(Geometry g) {
        if (g instanceof MultiPolygon mp) {
            return mp.isEmpty() ? Optional.empty() : Optional.of(mp);
        }
        java.util.List<Polygon> polygons = new java.util.ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                polygons.add(p);
            } else if (part instanceof MultiPolygon || part instanceof GeometryCollection && part != g) {
                polygonalPart(part).ifPresent(mp -> {
                    for (int j = 0; j < mp.getNumGeometries(); j++) {
                        polygons.add((Polygon) mp.getGeometryN(j));
                    }
                });
            }
        }
        if (polygons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RD.createMultiPolygon(polygons.toArray(Polygon[]::new)));
    }
}
