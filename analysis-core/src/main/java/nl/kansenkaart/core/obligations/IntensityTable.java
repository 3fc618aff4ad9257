package nl.kansenkaart.core.obligations;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.kansenkaart.core.model.UsePurpose;

/**
 * Energy intensities per gebruiksdoel: an editable table that names its source.
 *
 * <p>The default ({@link #cbs2012()}) takes the services-sector figures of CBS StatLine table 83374NED
 * "Energiekentallen utiliteitsbouw dienstensector; oppervlakteklasse" (reference year 2012, gas
 * temperature-corrected, only supply through the public grid) in the size class 1.000-2.500 m2, the
 * class typical of business-park buildings: kantoor overig 66,3 kWh/m2 and 10,9 m3/m2; winkel zonder
 * koeling 76,1 kWh/m2 and 6,9 m3/m2; groothandel zonder koeling 47,3 kWh/m2 and 7,3 m3/m2.
 *
 * <p>Conventions, not sourced figures: industriefunctie uses the groothandel figures (CBS covers only
 * services; process energy of a factory is not in any floor-area figure, so a consultant should
 * enter measured values there); all other functions carry values marked "indicatief", rounded
 * orders of magnitude for a screening, to be replaced when better figures are at hand.
 *
 * @param source the name of the source, printed in reports
 * @param year the reference year of the figures
 * @param byPurpose the intensity of each of the eleven gebruiksdoelen (all must be present)
 */
public record IntensityTable(String source, int year, Map<UsePurpose, Intensity> byPurpose) {

    public IntensityTable {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("bron van de kentallen ontbreekt");
        }
        source = source.strip();
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("ongeldig jaar van de kentallen " + year);
        }
        EnumMap<UsePurpose, Intensity> copy = new EnumMap<>(UsePurpose.class);
        copy.putAll(byPurpose);
        for (UsePurpose p : UsePurpose.values()) {
            if (copy.get(p) == null) {
                throw new IllegalArgumentException("kental voor " + p.bagName() + " ontbreekt");
            }
        }
        byPurpose = Collections.unmodifiableMap(copy);
    }

    /** The default table: CBS 83374NED (2012) where it has a figure, indicative values elsewhere. */
    public static IntensityTable cbs2012() {
        String cbs = "CBS 83374NED (2012), ";
        EnumMap<UsePurpose, Intensity> t = new EnumMap<>(UsePurpose.class);
        t.put(UsePurpose.OFFICE, new Intensity(66.3, 10.9, cbs + "kantoor overig 1.000-2.500 m2"));
        t.put(UsePurpose.RETAIL, new Intensity(76.1, 6.9, cbs + "winkel zonder koeling 1.000-2.500 m2"));
        t.put(
                UsePurpose.INDUSTRY,
                new Intensity(47.3, 7.3, cbs + "groothandel zonder koeling 1.000-2.500 m2 (conventie)"));
        t.put(UsePurpose.OTHER, new Intensity(20, 4, "indicatief (opslag, stalling)"));
        t.put(UsePurpose.ASSEMBLY, new Intensity(70, 14, "indicatief"));
        t.put(UsePurpose.DETENTION, new Intensity(60, 15, "indicatief"));
        t.put(UsePurpose.HEALTHCARE, new Intensity(80, 16, "indicatief"));
        t.put(UsePurpose.LODGING, new Intensity(90, 15, "indicatief"));
        t.put(UsePurpose.EDUCATION, new Intensity(35, 9, "indicatief"));
        t.put(UsePurpose.SPORT, new Intensity(60, 15, "indicatief"));
        t.put(UsePurpose.RESIDENTIAL, new Intensity(25, 10, "indicatief"));
        return new IntensityTable(
                "CBS StatLine 83374NED Energiekentallen utiliteitsbouw dienstensector (kantoor, winkel, groothandel);"
                        + " overige functies indicatief",
                2012,
                t);
    }

    /** The intensity for a gebruiksdoel. */
    public Intensity of(UsePurpose purpose) {
        return byPurpose.get(purpose);
    }

    /** This table with one intensity replaced. */
    public IntensityTable with(UsePurpose purpose, Intensity intensity) {
        EnumMap<UsePurpose, Intensity> t = new EnumMap<>(byPurpose);
        t.put(purpose, intensity);
        return new IntensityTable(source, year, t);
    }
}
