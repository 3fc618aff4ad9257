package nl.kansenkaart.core.model;

import java.util.OptionalInt;
import org.locationtech.jts.geom.Geometry;

/**
 * An area of the grid capacity map with its status for offtake and for feed-in.
 *
 * @param id the source's area id
 * @param name a readable name (station or region)
 * @param operator the grid operator (netbeheerder), for attribution
 * @param offtake status for afname
 * @param feedIn status for invoeding
 * @param alleviationYear the year the operator expects the congestion to be relieved
 * @param area the area, Polygon or MultiPolygon in RD New (EPSG:28992)
 */
public record GridArea(
        String id,
        String name,
        String operator,
        CapacityStatus offtake,
        CapacityStatus feedIn,
        OptionalInt alleviationYear,
        Geometry area) {

    public GridArea {
        id = Checks.text(id, "netgebied-id");
        name = Checks.text(name, "netgebiednaam");
        operator = Checks.text(operator, "netbeheerder");
        Checks.present(offtake, "afnamestatus");
        Checks.present(feedIn, "invoedingsstatus");
        alleviationYear = Checks.year(alleviationYear, "verwacht jaar van oplossing");
        area = Checks.areal(area, "netgebied " + id);
    }
}
