package nl.kansenkaart.app.map.print;

import java.time.LocalDate;
import java.util.Objects;
import java.util.TreeSet;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.MapTheme;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.ParkSnapshot;

/**
 * What one printed map shows: the park's content in one theme, dated by the caller (the renderer
 * reads no clock), with the sources to credit.
 *
 * @param content the park's map content
 * @param theme the theme to draw
 * @param date the date printed in the title block
 * @param attribution the sources line ("Bronnen: BAG (c) Kadaster, ...")
 */
public record MapSheet(MapContent content, MapTheme theme, LocalDate date, String attribution) {

    public MapSheet {
        Objects.requireNonNull(content, "kaartinhoud");
        Objects.requireNonNull(theme, "kaartthema");
        Objects.requireNonNull(date, "kaartdatum");
        if (attribution == null || attribution.isBlank()) {
            throw new IllegalArgumentException("kaart zonder bronvermelding");
        }
    }

    /** A sheet crediting the sources of the snapshot, the grid operators included. */
    public static MapSheet of(MapContent content, MapTheme theme, LocalDate date) {
        return new MapSheet(content, theme, date, attribution(content.snapshot()));
    }

    /** The park name for the title. */
    public String parkName() {
        return content.snapshot().park().name();
    }

    /**
     * The sources line: the public data sets and the grid operators named in the snapshot's grid
     * areas (the capacity map is theirs).
     */
    public static String attribution(ParkSnapshot snapshot) {
        TreeSet<String> operators = new TreeSet<>();
        for (GridArea g : snapshot.gridAreas()) {
            operators.add(g.operator().strip());
        }
        StringBuilder sb = new StringBuilder(
                "Bronnen: BAG \u00a9 Kadaster; 3DBAG by tudelft3d and 3DGI; IBIS bedrijventerreinen; EP-Online (RVO)");
        if (!operators.isEmpty()) {
            sb.append("; netcapaciteit: ").append(String.join(", ", operators));
        }
        return sb.append('.').toString();
    }
}
