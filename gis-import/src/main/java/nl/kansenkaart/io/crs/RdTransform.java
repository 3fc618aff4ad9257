package nl.kansenkaart.io.crs;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.geom.util.GeometryEditor;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms JTS geometries from one source CRS to RD New (EPSG:28992): the result has SRID 28992,
 * comes from {@link RdGeometries#FACTORY} and has no Z. Safe to share between threads.
 */
public final class RdTransform implements UnaryOperator<Geometry> {

    /** Maps one x/y pair in place; proj4j transforms keep scratch state, so one per thread. */
    @FunctionalInterface
    interface PointMapper {
        void map(ProjCoordinate in, ProjCoordinate out);
    }

    private final int sourceEpsg;
    private final ThreadLocal<PointMapper> mapper;

    private RdTransform(int sourceEpsg, ThreadLocal<PointMapper> mapper) {
        this.sourceEpsg = sourceEpsg;
        this.mapper = mapper;
    }

    static RdTransform identity(int sourceEpsg) {
        return new RdTransform(sourceEpsg, ThreadLocal.withInitial(() -> (in, out) -> {
            out.x = in.x;
            out.y = in.y;
        }));
    }

    static RdTransform proj4j(int sourceEpsg, Supplier<CoordinateTransform> factory) {
        return new RdTransform(sourceEpsg, ThreadLocal.withInitial(() -> {
            CoordinateTransform t = factory.get();
            return t::transform;
        }));
    }

    /** The EPSG code this transform starts from. */
    public int sourceEpsg() {
        return sourceEpsg;
    }

    /** Whether the transform only drops Z and sets the SRID (RD New, RD + NAP). */
    public boolean isIdentity() {
        return sourceEpsg == RdGeometries.RD_NEW || sourceEpsg == CrsTransforms.RD_NAP;
    }

    /**
     * The geometry in RD New.
     *
     * @param geometry a geometry in the source CRS (for geographic systems x = longitude, y = latitude)
     */
    @Override
    public Geometry apply(Geometry geometry) {
        PointMapper m = mapper.get();
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        GeometryEditor editor = new GeometryEditor(RdGeometries.FACTORY);
        return editor.edit(geometry, new GeometryEditor.CoordinateSequenceOperation() {
            @Override
            public CoordinateSequence edit(CoordinateSequence seq, Geometry g) {
                Coordinate[] result = new Coordinate[seq.size()];
                for (int i = 0; i < result.length; i++) {
                    in.x = seq.getX(i);
                    in.y = seq.getY(i);
                    m.map(in, out);
                    result[i] = new Coordinate(out.x, out.y);
                }
                return new CoordinateArraySequence(result, 2);
            }
        });
    }

    /** Transforms one point (x = longitude for geographic sources) to RD New x/y in metres. */
    public Coordinate apply(double x, double y) {
        ProjCoordinate in = new ProjCoordinate(x, y);
        ProjCoordinate out = new ProjCoordinate();
        mapper.get().map(in, out);
        return new Coordinate(out.x, out.y);
    }
}
