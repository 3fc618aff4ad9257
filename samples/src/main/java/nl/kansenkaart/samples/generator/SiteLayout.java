package nl.kansenkaart.samples.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * The fixed plan of the sample park: the IBIS contours, the street blocks and the grid areas, drawn
 * in a local frame aligned with the canal and turned {@link #ROTATION_DEGREES} clockwise into RD New.
 * Real parks are rarely aligned with the RD grid, and the turn gives roof faces realistic azimuths.
 */
final class SiteLayout {
    /** Clockwise turn of the whole park, so compass azimuths grow by this much. */
    static final double ROTATION_DEGREES = 7.0;

    private static final double PIVOT_X = 233_100;
    private static final double PIVOT_Y = 557_030;

    static final GeometryFactory RD = new GeometryFactory();

    private SiteLayout() {}

    /** Which side of the block the street lies on. */
    enum Front {
        SOUTH,
        NORTH,
        WEST,
        EAST;

        /** The compass azimuth (local frame) of a roof face that looks towards the street. */
        double azimuthToStreet() {
            return switch (this) {
                case SOUTH -> 180;
                case NORTH -> 0;
                case WEST -> 270;
                case EAST -> 90;
            };
        }
    }

    /**
     * A block of plots fronting one street.
     *
     * @param street the street name (Dutch, fictional)
     * @param rin the IBIS park the block lies in
     * @param oddSide whether the plots get odd house numbers
     * @param phaseStart the first year of building in this part of the park
     * @param phaseEnd the last year most of it was built
     */
    record Block(
            String street,
            String rin,
            double x0,
            double y0,
            double x1,
            double y1,
            Front front,
            boolean oddSide,
            int phaseStart,
            int phaseEnd) {

        /** Length along the street in m. */
        double length() {
            return front == Front.SOUTH || front == Front.NORTH ? x1 - x0 : y1 - y0;
        }

        /** Depth away from the street in m. */
        double depth() {
            return front == Front.SOUTH || front == Front.NORTH ? y1 - y0 : x1 - x0;
        }

        /** A point given along the street (u) and away from it (v), in the local frame. */
        Coordinate at(double u, double v) {
            return switch (front) {
                case SOUTH -> new Coordinate(x0 + u, y0 + v);
                case NORTH -> new Coordinate(x0 + u, y1 - v);
                case WEST -> new Coordinate(x0 + v, y0 + u);
                case EAST -> new Coordinate(x1 - v, y0 + u);
            };
        }

        /** The position along the street's own direction (west to east, south to north) for numbering. */
        double streetPosition(double u) {
            return front == Front.SOUTH || front == Front.NORTH ? x0 + u : y0 + u;
        }
    }

    static final String RIN_DE_VAART = "0106004";
    static final String RIN_MESSCHENVELD = "0106005";

    /** The blocks in the order the generator fills them. */
    static List<Block> blocks() {
        return List.of(
                new Block("Vaartweg", RIN_DE_VAART, 232_400, 557_095, 233_620, 557_195, Front.SOUTH, true, 1965, 1990),
                new Block(
                        "Industrieweg",
                        RIN_DE_VAART,
                        232_400,
                        557_207,
                        233_620,
                        557_318,
                        Front.NORTH,
                        false,
                        1972,
                        1998),
                new Block(
                        "Industrieweg",
                        RIN_DE_VAART,
                        232_400,
                        557_342,
                        233_600,
                        557_450,
                        Front.SOUTH,
                        true,
                        1978,
                        2005),
                new Block(
                        "Turfstekerstraat",
                        RIN_DE_VAART,
                        232_400,
                        557_460,
                        233_480,
                        557_570,
                        Front.NORTH,
                        false,
                        1990,
                        2012),
                new Block(
                        "Sluiskade", RIN_DE_VAART, 232_500, 556_872, 233_400, 556_970, Front.NORTH, false, 1976, 1996),
                new Block(
                        "Kanaalstraat",
                        RIN_DE_VAART,
                        232_500,
                        556_752,
                        233_400,
                        556_858,
                        Front.SOUTH,
                        true,
                        1992,
                        2010),
                new Block(
                        "Kanaalstraat",
                        RIN_DE_VAART,
                        232_610,
                        556_620,
                        233_400,
                        556_728,
                        Front.NORTH,
                        false,
                        1996,
                        2015),
                new Block("Veenkade", RIN_DE_VAART, 233_430, 556_620, 233_530, 556_970, Front.WEST, true, 2004, 2023),
                new Block(
                        "Zeilmakerstraat",
                        RIN_MESSCHENVELD,
                        233_920,
                        556_720,
                        234_300,
                        556_828,
                        Front.NORTH,
                        false,
                        2006,
                        2023),
                new Block(
                        "Zeilmakerstraat",
                        RIN_MESSCHENVELD,
                        233_920,
                        556_852,
                        234_300,
                        556_965,
                        Front.SOUTH,
                        true,
                        2006,
                        2023));
    }

    /** The IBIS features: De Vaart north and south of the canal, and the small neighbour park. */
    static List<IbisFeature> ibisFeatures() {
        return List.of(
                feature(
                        RIN_DE_VAART,
                        "De Vaart",
                        polygon(
                                232_380, 557_060, 233_640, 557_060, 233_640, 557_470, 233_520, 557_600, 232_380,
                                557_600),
                        0.81,
                        0.77),
                feature(
                        RIN_DE_VAART,
                        "De Vaart",
                        polygon(
                                232_600, 556_600, 233_550, 556_600, 233_550, 557_000, 232_480, 557_000, 232_480,
                                556_700),
                        0.82,
                        0.76),
                feature(
                        RIN_MESSCHENVELD,
                        "Messchenveld-Oost",
                        polygon(233_900, 556_700, 234_320, 556_700, 234_320, 556_985, 233_900, 556_985),
                        0.84,
                        0.55));
    }

    /** Gross hectares from the drawn contour; net (issuable) and issued as shares of it, as IBIS states them. */
    private static IbisFeature feature(String rin, String name, Polygon local, double netShare, double issuedShare) {
        Polygon rd = toRd(local);
        double gross = round(rd.getArea() / 10_000, 2);
        return new IbisFeature(rin, name, rd, gross, round(gross * netShare, 2), round(gross * issuedShare, 2));
    }

    /** A closed polygon through the given local x,y pairs. */
    static Polygon polygon(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        c[c.length - 1] = c[0].copy();
        return RD.createPolygon(c);
    }

    /** Turns a local geometry into RD New, rounded to millimetres as the BAG stores coordinates. */
    @SuppressWarnings("unchecked")
    static <G extends Geometry> G toRd(G local) {
        double a = Math.toRadians(-ROTATION_DEGREES);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        GeometryTransformer t = new GeometryTransformer() {
            @Override
            protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
                    org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
                org.locationtech.jts.geom.CoordinateSequence out = coords.copy();
                for (int i = 0; i < out.size(); i++) {
                    double dx = coords.getX(i) - PIVOT_X;
                    double dy = coords.getY(i) - PIVOT_Y;
                    out.setOrdinate(i, 0, mm(PIVOT_X + dx * cos - dy * sin));
                    out.setOrdinate(i, 1, mm(PIVOT_Y + dx * sin + dy * cos));
                }
                return out;
            }
        };
        return (G) t.transform(local);
    }

    /** A local compass azimuth turned with the park. */
    static double turnAzimuth(double localAzimuth) {
        double a = (localAzimuth + ROTATION_DEGREES) % 360;
        return a < 0 ? a + 360 : a;
    }

    static double mm(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
