package nl.kansenkaart.core.grid;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.CapacityStatus;

/**
 * The grid position of one pand for offtake (afname) and feed-in (invoeding).
 *
 * @param buildingId the pand (16 digits)
 * @param join how it was found
 * @param areaId the grid area's id (spatial join), empty otherwise
 * @param areaName the grid area's name and operator (spatial join), empty otherwise
 * @param offtake status for afname; UNKNOWN when not found
 * @param feedIn status for invoeding; UNKNOWN when not found
 * @param alleviationYear the year the operator expects relief, when given
 * @param postcodes the PC6 postcodes used (postcode join), or those missing from the grid data
 */
public record GridPosition(
        String buildingId,
        Join join,
        Optional<String> areaId,
        Optional<String> areaName,
        CapacityStatus offtake,
        CapacityStatus feedIn,
        OptionalInt alleviationYear,
        List<String> postcodes) {

    public GridPosition {
        if (buildingId == null || join == null || offtake == null || feedIn == null) {
            throw new IllegalArgumentException("netpositie onvolledig");
        }
        if (areaId == null || areaName == null || alleviationYear == null) {
            throw new IllegalArgumentException("netpositie onvolledig");
        }
        postcodes = List.copyOf(postcodes);
    }

    /** How the grid status was found. */
    public enum Join {
        /** The footprint's interior point lies in a grid area polygon. */
        GEOMETRY,
        /** Through the PC6 postcodes of the pand's units. */
        POSTCODE,
        /** The pand lies in no grid area (or none of its postcodes is in the grid data). */
        NOT_FOUND,
        /** The pand has no unit with a postcode, so a postcode join cannot place it. */
        NO_POSTCODE
    }

    /** "afname: congestie (rood); invoeding: congestiemanagement (oranje); verwacht opgelost 2029; netgebied ...". */
    public String reason() {
        return switch (join) {
            case NOT_FOUND -> postcodes.isEmpty()
                    ? "pand ligt in geen netgebied van de capaciteitskaart: netcapaciteit onbekend"
                    : "postcode " + String.join(", ", postcodes) + " niet in de netcapaciteitsgegevens:"
                            + " netcapaciteit onbekend";
            case NO_POSTCODE -> "geen verblijfsobject met postcode om de netcapaciteit per postcode te koppelen:"
                    + " netcapaciteit onbekend";
            case GEOMETRY, POSTCODE -> statusText()
                    + (join == Join.GEOMETRY
                            ? "; netgebied " + areaName.orElse(areaId.orElse("?"))
                            : "; via postcode " + String.join(", ", postcodes));
        };
    }

    private String statusText() {
        StringBuilder out = new StringBuilder(120)
                .append("afname: ")
                .append(CapacityWords.dutch(offtake))
                .append("; invoeding: ")
                .append(CapacityWords.dutch(feedIn));
        alleviationYear.ifPresent(y -> out.append("; verwacht opgelost ").append(y));
        return out.toString();
    }
}
