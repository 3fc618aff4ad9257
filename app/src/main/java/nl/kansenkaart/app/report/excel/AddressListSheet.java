package nl.kansenkaart.app.report.excel;

import static nl.kansenkaart.app.report.excel.NumberFormat.AREA_M2;
import static nl.kansenkaart.app.report.excel.NumberFormat.TEXT;
import static nl.kansenkaart.app.report.excel.NumberFormat.WHOLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.kansenkaart.app.report.ParkLookup;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;

/**
 * The leidraad's adressenlijst (2.0): one row per verblijfsobject in address order, with the
 * company, the BAG facts, the label and empty contact columns for the consultant's phone round.
 */
final class AddressListSheet {
    static final List<Column> COLUMNS = List.of(
            Column.of("company", TEXT),
            Column.of("street", TEXT),
            Column.of("houseNumber", WHOLE),
            Column.of("houseLetter", TEXT),
            Column.of("addition", TEXT),
            Column.of("postcode", TEXT),
            Column.of("town", TEXT),
            Column.of("purpose", TEXT),
            Column.of("floorArea", AREA_M2),
            Column.of("constructionYear", WHOLE),
            Column.of("pandId", TEXT),
            Column.of("vboId", TEXT),
            Column.of("energyLabel", TEXT),
            Column.of("labelCStatus", TEXT),
            Column.of("contact", TEXT),
            Column.of("phone", TEXT),
            Column.of("email", TEXT),
            Column.of("remarks", TEXT));

    private AddressListSheet() {}

    /**
     * Writes the rows.
     *
     * @param labelResults the label-C verdict per pand id, empty when the analysis was not run
     */
    static void write(TableSheet table, List<Unit> units, ParkLookup lookup, Map<String, LabelResult> labelResults) {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(
                Comparator.comparing(Unit::address, ParkLookup.ADDRESS_ORDER).thenComparing(Unit::id));
        for (Unit u : sorted) {
            Address a = u.address();
            table.nextRow();
            table.text(0, lookup.companyName(u));
            table.text(1, a.street());
            table.number(2, a.houseNumber());
            table.text(3, a.letter().orElse(""));
            table.text(4, a.addition().orElse(""));
            table.text(5, a.postcode());
            table.text(6, a.town());
            table.text(7, purposes(u));
            table.number(8, u.floorAreaM2());
            table.number(9, constructionYear(u, lookup));
            table.text(10, String.join(", ", u.buildingIds()));
            table.text(11, u.id());
            Optional<EnergyLabel> label = lookup.label(u);
            if (label.isPresent()) {
                table.label(12, label.get().labelClass());
            }
            LabelResult verdict = labelResults.get(u.buildingIds().get(0));
            table.text(13, verdict == null ? "" : verdict.kind().dutch());
            for (int i = 0; i < ParkLookup.CONTACT_KEYS.size(); i++) {
                table.text(14 + i, lookup.unitField(u, ParkLookup.CONTACT_KEYS.get(i)));
            }
        }
    }

    private static String purposes(Unit u) {
        // Enum order, so the same unit always reads the same.
        return u.purposes().stream().sorted().map(UsePurpose::bagName).collect(Collectors.joining(", "));
    }

    private static OptionalInt constructionYear(Unit u, ParkLookup lookup) {
        return lookup.building(u.buildingIds().get(0))
                .map(Building::constructionYear)
                .orElse(OptionalInt.empty());
    }
}
