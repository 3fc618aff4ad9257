package nl.kansenkaart.io.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.io.source.SourceFeature;

/**
 * Maps grid capacity polygons: a status for offtake and for feed-in under Dutch or English field
 * names (afname/invoeding, demand/generation, offtake/feedin), the operator and the year the
 * congestion is expected to be relieved. A missing status is UNKNOWN; an unreadable one skips the area.
 * Rows without geometry but with a PC6 postcode (the open capaciteitskaart data per postcode) map to
 * {@link GridPostcode}; the analysis joins panden to them through their units' postcodes.
 */
public final class GridMapper {
    static final String[] OFFTAKE_FIELDS = {
        "afname",
        "afname_status",
        "afnamestatus",
        "afnamecapaciteit",
        "demand",
        "demand_status",
        "demand_constraint",
        "offtake",
        "offtake_status"
    };
    static final String[] FEED_IN_FIELDS = {
        "invoeding",
        "invoeding_status",
        "invoedingsstatus",
        "invoedingscapaciteit",
        "generation",
        "generation_status",
        "generation_constraint",
        "feedin",
        "feed_in",
        "feedin_status"
    };
    static final String[] YEAR_FIELDS = {
        "verwacht_opgelost",
        "alleviation_year",
        "oplosjaar",
        "jaar_oplossing",
        "verwacht_jaar",
        "demand_alleviation_year",
        "generation_alleviation_year"
    };

    static final String[] POSTCODE_FIELDS = {"postcode", "pc6", "postcode6", "pc_6", "postcode_pc6"};

    private final GeometryPreparer geometry;
    private long operatorUnknown;

    public GridMapper(GeometryPreparer geometry) {
        this.geometry = geometry;
    }

    /** The grid area of one feature, or a problem that skips it. */
    public Mapped<GridArea> map(SourceFeature feature) throws ValueProblem {
        FeatureFields f = FeatureFields.of(feature);
        String id =
                f.text("id", "gebied_id", "area_id", "code").or(feature::id).orElse("netgebied-" + feature.number());
        String name = f.text("naam", "name", "station", "gebied").orElse(id);
        String operator =
                f.text("netbeheerder", "operator", "dso", "grid_operator").orElse("");
        if (operator.isEmpty()) {
            operator = "onbekend";
            operatorUnknown++;
        }
        CapacityStatus offtake = status(f, "afname", OFFTAKE_FIELDS);
        CapacityStatus feedIn = status(f, "invoeding", FEED_IN_FIELDS);
        OptionalInt year = f.whole(YEAR_FIELDS);
        if (year.isPresent() && (year.getAsInt() < 1000 || year.getAsInt() > 2200)) {
            throw new ValueProblem("ongeldig jaar van oplossing", Integer.toString(year.getAsInt()));
        }
        Prepared<?> area = geometry.areal(feature.geometry());
        try {
            return new Mapped<>(
                    new GridArea(id, name, operator, offtake, feedIn, year, area.geometry()), area.repaired());
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldig netgebied", e.getMessage());
        }
    }

    /** Whether the feature is a row per postcode: no geometry, and a postcode field. */
    public static boolean isPostcodeRow(SourceFeature feature) {
        return (feature.geometry().isEmpty() || feature.geometry().get().isEmpty())
                && FeatureFields.of(feature).text(POSTCODE_FIELDS).isPresent();
    }

    /** The grid capacity of one PC6 row, or a problem that skips it. */
    public GridPostcode mapPostcode(SourceFeature feature) throws ValueProblem {
        FeatureFields f = FeatureFields.of(feature);
        String postcode = f.text(POSTCODE_FIELDS).orElseThrow(() -> new ValueProblem("geen postcode"));
        String operator =
                f.text("netbeheerder", "operator", "dso", "grid_operator").orElse("");
        if (operator.isEmpty()) {
            operator = "onbekend";
            operatorUnknown++;
        }
        CapacityStatus offtake = status(f, "afname", OFFTAKE_FIELDS);
        CapacityStatus feedIn = status(f, "invoeding", FEED_IN_FIELDS);
        OptionalInt year = f.whole(YEAR_FIELDS);
        if (year.isPresent() && (year.getAsInt() < 1000 || year.getAsInt() > 2200)) {
            throw new ValueProblem("ongeldig jaar van oplossing", Integer.toString(year.getAsInt()));
        }
        // The capaciteitskaart's energy area and its available capacity (MW), or the project's own
        // column names when a PC6 list exported from a project comes back.
        Optional<String> energyArea = f.text("energy_area_short_code", "energiegebied");
        OptionalDouble offtakeMw = f.number("demand_available_capacity", "beschikbaar_afname_mw");
        OptionalDouble feedInMw = f.number("generation_available_capacity", "beschikbaar_invoeding_mw");
        try {
            return new GridPostcode(postcode, operator, offtake, feedIn, year, energyArea, offtakeMw, feedInMw);
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldige postcode", "'" + postcode + "'");
        }
    }

    private static CapacityStatus status(FeatureFields f, String what, String[] names) throws ValueProblem {
        Optional<String> text = f.text(names);
        if (text.isEmpty()) {
            return CapacityStatus.UNKNOWN;
        }
        return CapacityWords.parse(text.get())
                .orElseThrow(() -> new ValueProblem("onbekende capaciteitsstatus", what + " '" + text.get() + "'"));
    }

    /** Dutch notes for the import report. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (operatorUnknown > 0) {
            notes.add(operatorUnknown + " netgebieden of postcodes zonder netbeheerder: als 'onbekend' opgeslagen");
        }
        return notes;
    }
}
