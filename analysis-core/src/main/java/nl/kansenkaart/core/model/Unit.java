package nl.kansenkaart.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Point;

/**
 * A BAG verblijfsobject (VBO): a unit with an address, a floor area and its gebruiksdoelen.
 *
 * @param id the VBO identificatie, 16 digits
 * @param buildingIds the panden it lies in (usually one, sometimes several), never empty
 * @param purposes the gebruiksdoelen, never empty, iterated in {@link UsePurpose} order
 * @param floorAreaM2 gebruiksoppervlakte in m2 (BAG allows 1..999999)
 * @param status the BAG status
 * @param address the main address (hoofdadres)
 * @param location the VBO point in RD New (EPSG:28992)
 */
public record Unit(
        String id,
        List<String> buildingIds,
        Set<UsePurpose> purposes,
        int floorAreaM2,
        UnitStatus status,
        Address address,
        Point location) {

    public Unit {
        id = BagIds.unitId(id);
        Checks.present(buildingIds, "pand-ids");
        if (buildingIds.isEmpty()) {
            throw new IllegalArgumentException("verblijfsobject " + id + " ligt in geen enkel pand");
        }
        // Nearly every unit lies in one pand: no stream for those (millions on a national load).
        buildingIds = buildingIds.size() == 1
                ? List.of(BagIds.pandId(buildingIds.get(0)))
                : buildingIds.stream().map(BagIds::pandId).distinct().toList();
        Checks.present(purposes, "gebruiksdoelen");
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("verblijfsobject " + id + " heeft geen gebruiksdoel");
        }
        // In UsePurpose order: Set.copyOf iterates in an order that changes with every JVM start, and the
        // energy estimate sums per gebruiksdoel, so its last digits (and its text) would change with it.
        purposes = Collections.unmodifiableSet(EnumSet.copyOf(purposes));
        if (floorAreaM2 < 1 || floorAreaM2 > 999_999) {
            throw new IllegalArgumentException(
                    "ongeldige gebruiksoppervlakte " + floorAreaM2 + " m2 van verblijfsobject " + id);
        }
        Checks.present(status, "status");
        Checks.present(address, "adres");
        location = Checks.point(location, "locatie van verblijfsobject " + id);
    }

    /** Whether this unit has exactly one gebruiksdoel, so its area can be assigned without a split. */
    public boolean isSinglePurpose() {
        return purposes.size() == 1;
    }
}
