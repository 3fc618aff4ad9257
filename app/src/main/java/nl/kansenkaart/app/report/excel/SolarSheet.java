package nl.kansenkaart.app.report.excel;

import static nl.kansenkaart.app.report.excel.NumberFormat.AREA_M2;
import static nl.kansenkaart.app.report.excel.NumberFormat.ENERGY;
import static nl.kansenkaart.app.report.excel.NumberFormat.EUR;
import static nl.kansenkaart.app.report.excel.NumberFormat.KWP;
import static nl.kansenkaart.app.report.excel.NumberFormat.TEXT;
import static nl.kansenkaart.app.report.excel.NumberFormat.WHOLE;
import static nl.kansenkaart.app.report.excel.NumberFormat.YEARS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.app.report.ParkLookup;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.solar.SolarPotential;
import nl.kansenkaart.core.solar.SolarReport;

/**
 * The solar sheet per company (pilot Bitseveld): first the leidraad's five columns exactly, then
 * yield, business case, method and the reason line. One row per assessed pand; panden that were
 * not assessed are counted, with their reasons, in the summary.
 */
final class SolarSheet {
    static final List<Column> COLUMNS = List.of(
            Column.of("company", TEXT),
            Column.of("address", TEXT),
            Column.of("buildingArea", AREA_M2),
            Column.of("panels", WHOLE),
            Column.of("peakPower", KWP),
            Column.of("yield", ENERGY),
            Column.of("investment", EUR),
            Column.of("payback", YEARS),
            Column.of("method", TEXT),
            Column.of("explanation", TEXT),
            Column.of("pandId", TEXT));

    private SolarSheet() {}

    static void write(TableSheet table, SolarReport report, ParkLookup lookup) {
        List<Row> rows = new ArrayList<>();
        for (SolarPotential p : report.potentials()) {
            rows.add(new Row(p, lookup.firstAddress(p.buildingId())));
        }
        // By address, so a company's panden sit together; panden without an address last, by id.
        rows.sort(
                Comparator.comparing((Row r) -> r.first().orElse(null), Comparator.nullsLast(ParkLookup.ADDRESS_ORDER))
                        .thenComparing(r -> r.potential().buildingId()));
        for (Row r : rows) {
            SolarPotential p = r.potential();
            table.nextRow();
            table.text(0, lookup.companyNames(p.buildingId()));
            table.text(1, lookup.addresses(p.buildingId()));
            table.number(2, p.sizing().footprintM2());
            table.number(3, p.panels());
            table.number(4, p.peakPowerKwp());
            table.number(5, p.yieldKwhPerYear());
            table.number(6, p.economics().investmentEur());
            table.number(7, p.economics().paybackYears());
            table.text(8, p.method().label());
            table.text(9, p.reason());
            table.text(10, p.buildingId());
        }
    }

    private record Row(SolarPotential potential, Optional<Address> first) {}
}
