package nl.kansenkaart.core.solar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kansenkaart.core.text.PropertyReader;

/**
 * The yield of a roof face relative to the optimum (about 35 degrees facing south = 1.00), as a
 * table over slope and deviation from south, read with bilinear interpolation.
 *
 * <p>The default table is a convention for the Netherlands (52 degrees north) built on the anchor
 * values in DOMAIN.md "Solar numbers": 35 degrees south = 1.00, flat or low tilt ~0.90 (below
 * about 10 degrees the orientation hardly matters), east or west ~0.80 at 30-40 degrees, vertical
 * south ~0.70; the other cells follow the usual shape of Dutch irradiation-on-tilted-plane tables.
 * Every cell is editable through the assumptions.
 *
 * @param slopesDegrees the row slopes, strictly increasing from 0 (flat) to 90 (vertical)
 * @param southDeviationsDegrees the column deviations from south, strictly increasing from 0
 *     (south) to 180 (north); east and west are both 90
 * @param factors one row per slope, one factor per deviation, each between 0 and 1.5
 */
public record YieldFactorTable(
        List<Double> slopesDegrees, List<Double> southDeviationsDegrees, List<List<Double>> factors) {

    /** The default Dutch table (see the type's javadoc for its anchors). */
    public static final YieldFactorTable DEFAULT = new YieldFactorTable(
            List.of(0.0, 10.0, 20.0, 30.0, 35.0, 40.0, 50.0, 60.0, 75.0, 90.0),
            List.of(0.0, 45.0, 90.0, 135.0, 180.0),
            List.of(
                    List.of(0.90, 0.90, 0.90, 0.90, 0.90),
                    List.of(0.94, 0.93, 0.89, 0.85, 0.83),
                    List.of(0.97, 0.95, 0.86, 0.78, 0.75),
                    List.of(0.99, 0.96, 0.82, 0.70, 0.66),
                    List.of(1.00, 0.96, 0.80, 0.67, 0.62),
                    List.of(0.99, 0.95, 0.79, 0.64, 0.58),
                    List.of(0.97, 0.92, 0.76, 0.58, 0.50),
                    List.of(0.93, 0.88, 0.72, 0.52, 0.43),
                    List.of(0.83, 0.79, 0.65, 0.45, 0.35),
                    List.of(0.70, 0.67, 0.55, 0.37, 0.28)));

    private static final String KEY = "zon.opbrengstfactor";

    public YieldFactorTable {
        slopesDegrees = axis(slopesDegrees, 90, KEY + ".hellingen_graden");
        southDeviationsDegrees = axis(southDeviationsDegrees, 180, KEY + ".afwijking_zuid_graden");
        if (factors == null || factors.size() != slopesDegrees.size()) {
            throw new IllegalArgumentException(KEY + ": er moet precies één rij factoren per helling zijn ("
                    + slopesDegrees.size() + " hellingen)");
        }
        List<List<Double>> rows = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            List<Double> row = factors.get(i);
            String rowKey = rowKey(slopesDegrees.get(i));
            if (row == null || row.size() != southDeviationsDegrees.size()) {
                throw new IllegalArgumentException(rowKey + ": verwacht " + southDeviationsDegrees.size()
                        + " factoren (één per afwijking van het zuiden), niet " + (row == null ? 0 : row.size()));
            }
            for (Double f : row) {
                if (f == null || !Double.isFinite(f) || f < 0 || f > 1.5) {
                    throw new IllegalArgumentException(rowKey + ": factor " + f + " ligt niet tussen 0 en 1,5");
                }
            }
            rows.add(List.copyOf(row));
        }
        factors = List.copyOf(rows);
    }

    /** The property key of the row for the given slope, e.g. "zon.opbrengstfactor.helling_35". */
    static String rowKey(double slopeDegrees) {
        return KEY + ".helling_" + PropertyReader.plain(slopeDegrees);
    }

    private static List<Double> axis(List<Double> values, double last, String key) {
        if (values == null || values.size() < 2) {
            throw new IllegalArgumentException(key + ": minstens twee waarden nodig");
        }
        List<Double> copy = List.copyOf(values);
        if (copy.get(0) != 0.0 || copy.get(copy.size() - 1) != last) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%s: moet bij 0 beginnen en bij %s eindigen, niet %s",
                    key,
                    PropertyReader.plain(last),
                    copy));
        }
        for (int i = 1; i < copy.size(); i++) {
            if (!(copy.get(i) > copy.get(i - 1))) {
                throw new IllegalArgumentException(key + ": waarden moeten oplopen, niet " + copy);
            }
        }
        return copy;
    }

    /**
     * The factor for a face.
     *
     * @param slopeDegrees 0 = flat, 90 = vertical
     * @param azimuthDegrees the compass direction the face looks to: 0 = north, 90 = east, 180 = south
     * @return the relative yield, 1.00 at the optimum
     */
    public double factor(double slopeDegrees, double azimuthDegrees) {
        double slope = Math.max(0, Math.min(90, slopeDegrees));
        double deviation = southDeviation(azimuthDegrees);
        int r = lowerIndex(slopesDegrees, slope);
        int c = lowerIndex(southDeviationsDegrees, deviation);
        double rt = fraction(slopesDegrees, r, slope);
        double ct = fraction(southDeviationsDegrees, c, deviation);
        double top = lerp(cell(r, c), cell(r, c + 1), ct);
        double bottom = lerp(cell(r + 1, c), cell(r + 1, c + 1), ct);
        return lerp(top, bottom, rt);
    }

    /** The angle between a compass direction and south, 0..180 degrees (east and west both 90). */
    public static double southDeviation(double azimuthDegrees) {
        double a = ((azimuthDegrees % 360) + 360) % 360;
        return Math.abs(a - 180);
    }

    private double cell(int row, int column) {
        return factors.get(Math.min(row, slopesDegrees.size() - 1))
                .get(Math.min(column, southDeviationsDegrees.size() - 1));
    }

    private static int lowerIndex(List<Double> axis, double value) {
        int i = 0;
        while (i < axis.size() - 2 && value >= axis.get(i + 1)) {
            i++;
        }
        return i;
    }

    private static double fraction(List<Double> axis, int lower, double value) {
        double from = axis.get(lower);
        double to = axis.get(lower + 1);
        return Math.max(0, Math.min(1, (value - from) / (to - from)));
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
