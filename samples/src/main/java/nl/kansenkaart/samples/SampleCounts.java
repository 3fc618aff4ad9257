package nl.kansenkaart.samples;

import java.util.Properties;

/**
 * How many records of each kind the sample park's files hold, as the project store holds them after
 * importing every file.
 *
 * @param parks distinct parks (RIN numbers) in the IBIS shapefile (features of one RIN merge)
 * @param buildings panden in the BAG file, including demolished and planned ones
 * @param units verblijfsobjecten in the BAG file
 * @param roofs panden with 3D BAG attributes
 * @param roofParts roof faces (lod22_2d rows)
 * @param labelRows rows of the EP-Online file (registrations; some VBOs have two, the older of which is
 *     replaced or expired)
 * @param labelledUnits distinct VBOs with at least one registration; the store keeps one label per
 *     VBO (the latest valid registration), so this is also the number of labels it holds
 * @param gridAreas grid capacity areas
 * @param companies rows of the KvK file
 */
public record SampleCounts(
        int parks,
        int buildings,
        int units,
        int roofs,
        int roofParts,
        int labelRows,
        int labelledUnits,
        int gridAreas,
        int companies) {

    public SampleCounts {
        if (parks < 0
                || buildings < 0
                || units < 0
                || roofs < 0
                || roofParts < 0
                || labelRows < labelledUnits
                || labelledUnits < 0
                || gridAreas < 0
                || companies < 0) {
            throw new IllegalArgumentException("ongeldige aantallen van het voorbeeldterrein");
        }
    }

    /** Reads the counts the generator wrote (counts.properties). */
    public static SampleCounts fromProperties(Properties p) {
        return new SampleCounts(
                number(p, "parks"),
                number(p, "buildings"),
                number(p, "units"),
                number(p, "roofs"),
                number(p, "roof_parts"),
                number(p, "label_rows"),
                number(p, "labelled_units"),
                number(p, "grid_areas"),
                number(p, "companies"));
    }

    private static int number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("counts.properties mist '" + key + "'");
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("counts.properties: '" + key + "' is geen getal: " + v, e);
        }
    }
}
