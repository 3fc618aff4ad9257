package nl.kansenkaart.io.cityjson;

import java.util.Arrays;
import java.util.List;

/**
 * The orientation and size of one planar 3D face, from the face's plane normal by Newell's method
 * (robust for non-convex and slightly non-planar rings).
 *
 * @param slopeDeg angle with the horizontal in degrees, 0 = flat, 90 = vertical
 * @param azimuthDeg the compass direction the face looks to (its downhill side) in degrees
 *     clockwise from north: 0 north, 90 east, 180 south, 270 west; 0 for a flat face
 * @param areaM2 the true 3D area in m2 (outer ring minus holes)
 * @param medianHeightM the median vertex height (z) of the outer ring in m
 * @param meanHeightM the mean vertex height (z) of the outer ring in m
 */
record RoofFace(double slopeDeg, double azimuthDeg, double areaM2, double medianHeightM, double meanHeightM) {

    /** Slopes below this count as flat: the azimuth of a flat face means nothing. */
    static final double FLAT_DEG = 1e-6;

    /**
     * Measures a face.
     *
     * @param outer the outer ring's vertices (x, y, z in metres), not repeated at the end
     * @param holes the inner rings
     */
    static RoofFace of(List<double[]> outer, List<List<double[]>> holes) {
        double[] n = newell(outer);
        double length = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        if (length == 0) {
            return new RoofFace(0, 0, 0, median(outer), mean(outer));
        }
        if (n[2] < 0) {
            // A ring wound the other way: a roof looks up, so flip the normal.
            n = new double[] {-n[0], -n[1], -n[2]};
        }
        double slope = Math.toDegrees(Math.acos(Math.min(1.0, n[2] / length)));
        double azimuth = slope < FLAT_DEG ? 0 : (Math.toDegrees(Math.atan2(n[0], n[1])) + 360.0) % 360.0;
        double area = length / 2;
        for (List<double[]> hole : holes) {
            double[] h = newell(hole);
            area -= Math.sqrt(h[0] * h[0] + h[1] * h[1] + h[2] * h[2]) / 2;
        }
        return new RoofFace(slope, azimuth, area, median(outer), mean(outer));
    }

    /** Newell's normal: twice the vector area of the ring. */
    static double[] newell(List<double[]> ring) {
        double nx = 0;
        double ny = 0;
        double nz = 0;
        int size = ring.size();
        for (int i = 0; i < size; i++) {
            double[] a = ring.get(i);
            double[] b = ring.get((i + 1) % size);
            nx += (a[1] - b[1]) * (a[2] + b[2]);
            ny += (a[2] - b[2]) * (a[0] + b[0]);
            nz += (a[0] - b[0]) * (a[1] + b[1]);
        }
        return new double[] {nx, ny, nz};
    }

    private static double mean(List<double[]> ring) {
        return ring.stream().mapToDouble(v -> v[2]).average().orElse(Double.NaN);
    }

    private static double median(List<double[]> ring) {
        double[] z = ring.stream().mapToDouble(v -> v[2]).sorted().toArray();
        if (z.length == 0) {
            return Double.NaN;
        }
        return z.length % 2 == 1 ? z[z.length / 2] : (z[z.length / 2 - 1] + z[z.length / 2]) / 2;
    }

    @Override
    public String toString() {
        return "RoofFace" + Arrays.toString(new double[] {slopeDeg, azimuthDeg, areaM2});
    }
}
