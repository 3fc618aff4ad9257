package nl.kansenkaart.core.model;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Grid capacity for one PC6 postcode, as the open capaciteitskaart data gives it without geometry;
 * panden are joined to it through the postcodes of their verblijfsobjecten.
 *
 * @param postcode the PC6 postcode, normalised to "9401AB"
 * @param operator the grid operator (netbeheerder), for attribution
 * @param offtake status for afname
 * @param feedIn status for invoeding
 * @param alleviationYear the year the operator expects the congestion to be relieved
 * @param energyArea the short code of the capaciteitskaart energy area the postcode lies in, when known
 * @param offtakeAvailableMw the energy area's available capacity for afname in MW, when known
 * @param feedInAvailableMw the energy area's available capacity for invoeding in MW, when known
 */
public record GridPostcode(
        String postcode,
        String operator,
        CapacityStatus offtake,
        CapacityStatus feedIn,
        OptionalInt alleviationYear,
        Optional<String> energyArea,
        OptionalDouble offtakeAvailableMw,
        OptionalDouble feedInAvailableMw) {

    public GridPostcode {
        postcode = Address.normalisePostcode(postcode);
        operator = Checks.text(operator, "netbeheerder");
        Checks.present(offtake, "afnamestatus");
        Checks.present(feedIn, "invoedingsstatus");
        alleviationYear = Checks.year(alleviationYear, "verwacht jaar van oplossing");
        Checks.present(energyArea, "energiegebied");
        energyArea = energyArea.map(String::strip).filter(s -> !s.isEmpty());
        offtakeAvailableMw = capacity(offtakeAvailableMw, "beschikbare afnamecapaciteit");
        feedInAvailableMw = capacity(feedInAvailableMw, "beschikbare invoedingscapaciteit");
    }

    /** A row without the energy area's figures (a CSV per PC6, or a capaciteitskaart without them). */
    public GridPostcode(
            String postcode,
            String operator,
            CapacityStatus offtake,
            CapacityStatus feedIn,
            OptionalInt alleviationYear) {
        this(
                postcode,
                operator,
                offtake,
                feedIn,
                alleviationYear,
                Optional.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    private static OptionalDouble capacity(OptionalDouble mw, String what) {
        Checks.present(mw, what);
        if (mw.isPresent() && !Double.isFinite(mw.getAsDouble())) {
            throw new IllegalArgumentException(what + " is geen getal: " + mw.getAsDouble());
        }
        return mw;
    }
}
