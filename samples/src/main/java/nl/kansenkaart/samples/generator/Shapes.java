package nl.kansenkaart.samples.generator;

import java.util.List;
import nl.kansenkaart.samples.generator.PandPlan.Section;
import nl.kansenkaart.samples.generator.SiteLayout.Block;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Building outlines and pitched roof faces in a block's street frame: u along the street, v away
 * from it, both in metres from the block's corner on the street.
 */
final class Shapes {
    private Shapes() {}

    /** A rectangle w along the street by d deep, counter-clockwise. */
    static Polygon rect(Block block, double u, double v, double w, double d) {
        Coordinate a = block.at(u, v);
        Coordinate b = block.at(u + w, v + d);
        double x0 = Math.min(a.x, b.x);
        double y0 = Math.min(a.y, b.y);
        double x1 = Math.max(a.x, b.x);
        double y1 = Math.max(a.y, b.y);
        return SiteLayout.polygon(x0, y0, x1, y0, x1, y1, x0, y1);
    }

    /** A rectangle with a notch cut from its rear corner away from the street's start: an L-shaped hall. */
    static Polygon lShape(Block block, double u, double v, double w, double d, double notchW, double notchD) {
        Coordinate[] c = {
            block.at(u, v),
            block.at(u + w, v),
            block.at(u + w, v + d - notchD),
            block.at(u + w - notchW, v + d - notchD),
            block.at(u + w - notchW, v + d),
            block.at(u, v + d),
            block.at(u, v)
        };
        Polygon p = SiteLayout.RD.createPolygon(c);
        // Mirrored frames (streets on the north or east) turn the ring around; keep one orientation.
        return Orientation.isCCW(p.getExteriorRing().getCoordinateSequence()) ? p : p.reverse();
    }

    /**
     * A saddle roof with its ridge along the street: the front face looks to the street, the rear face
     * away from it.
     */
    static List<Section> gable(
            Block block, double u, double v, double w, double d, double slope, double eaves, double ridge) {
        double mid = (eaves + ridge) / 2;
        double toStreet = block.front().azimuthToStreet();
        return List.of(
                new Section(rect(block, u, v, w, d / 2), slope, toStreet, mid),
                new Section(rect(block, u, v + d / 2, w, d / 2), slope, (toStreet + 180) % 360, mid));
    }
}
