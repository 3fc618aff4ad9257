package nl.kansenkaart.core.grid;

import java.util.OptionalInt;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridPostcode;

/**
 * Grid capacity for one PC6 postcode, as the open capaciteitskaart data gives it without geometry.
 *
 * @param postcode the PC6 postcode, normalised to "9401AB"
 * @param offtake status for afname
 * @param feedIn status for invoeding
 * @param alleviationYear the year the operator expects relief, when given
 */
public record PostcodeCapacity(
        String postcode, CapacityStatus offtake, CapacityStatus feedIn, OptionalInt alleviationYear) {

    public PostcodeCapacity {
        postcode = Address.normalisePostcode(postcode);
        if (offtake == null || feedIn == null || alleviationYear == null) {
            throw new IllegalArgumentException("netcapaciteit voor postcode " + postcode + " onvolledig");
        }
    }

    /** The statuses of a project's PC6 row. */
    public static PostcodeCapacity of(GridPostcode row) {
        return new PostcodeCapacity(row.postcode(), row.offtake(), row.feedIn(), row.alleviationYear());
    }
}
