package nl.kansenkaart.app.report.excel;

import static nl.kansenkaart.app.report.excel.NumberFormat.EUR;
import static nl.kansenkaart.app.report.excel.NumberFormat.KWP;
import static nl.kansenkaart.app.report.excel.NumberFormat.MWH;
import static nl.kansenkaart.app.report.excel.NumberFormat.SCORE;
import static nl.kansenkaart.app.report.excel.NumberFormat.TEXT;
import static nl.kansenkaart.app.report.excel.NumberFormat.WHOLE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kansenkaart.app.report.ParkLookup;
import nl.kansenkaart.app.report.ReportTexts;
import nl.kansenkaart.core.kansen.CollectiveOpportunity;
import nl.kansenkaart.core.kansen.CompanyRef;
import nl.kansenkaart.core.kansen.IndividualOpportunity;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.kansen.Member;
import nl.kansenkaart.core.model.Address;

/**
 * The leidraad's lists of measures (3.2 and 3.3): the individual opportunities per pand, highest
 * priority first, and the collective ones with the buildings and companies that take part. Two
 * sheets, because a sheet holds only one autofilter.
 */
final class KansenSheets {
    static final List<Column> INDIVIDUAL = List.of(
            Column.of("rank", WHOLE),
            Column.of("score", SCORE),
            Column.of("measure", TEXT),
            Column.of("company", TEXT),
            Column.of("addresses", TEXT),
            Column.of("obliged", TEXT),
            Column.of("peakPower", KWP),
            Column.of("energyMwh", MWH),
            Column.of("investment", EUR),
            Column.of("co2Ton", MWH),
            Column.of("explanation", TEXT),
            Column.of("pandId", TEXT),
            Column.of("kind", TEXT));

    static final List<Column> COLLECTIVE = List.of(
            Column.of("measure", TEXT),
            Column.of("number", WHOLE),
            Column.of("buildingCount", WHOLE),
            Column.of("companyCount", WHOLE),
            Column.of("companies", TEXT),
            Column.of("members", TEXT),
            Column.of("peakPower", KWP),
            Column.of("energyMwh", MWH),
            Column.of("investment", EUR),
            Column.of("co2Ton", MWH),
            Column.of("explanation", TEXT),
            Column.of("pandIds", TEXT),
            Column.of("kind", TEXT));

    private KansenSheets() {}

    /**
     * One row per individual opportunity, by descending priority score (the report's own order).
     *
     * @param obligationUnknown panden whose energy-saving obligation could not be judged: their GH1
     *     measure says "onbekend" under Verplicht, as its explanation asks to check it
     */
    static void writeIndividual(
            TableSheet table, KansenReport report, ParkLookup lookup, java.util.Set<String> obligationUnknown) {
        int rank = 0;
        for (IndividualOpportunity o : report.byScore()) {
            table.nextRow();
            table.number(0, ++rank);
            table.number(1, o.score().total());
            table.text(2, o.title());
            table.text(3, companies(List.of(o.buildingId()), o.companies(), lookup));
            table.text(4, lookup.addresses(o.buildingId()));
            boolean unknown = !o.obliged()
                    && o.type() == nl.kansenkaart.core.kansen.OpportunityType.GH1_SOLAR
                    && obligationUnknown.contains(o.buildingId());
            table.text(5, ReportTexts.text(unknown ? "value.unknown" : o.obliged() ? "value.yes" : "value.no"));
            writeImpact(table, 6, o.impact());
            table.text(10, o.explanation());
            table.text(11, o.buildingId());
            table.text(12, o.type().dutch());
        }
    }

    /** One row per collective opportunity, in the report's order (by kind, then number). */
    static void writeCollective(TableSheet table, KansenReport report, ParkLookup lookup) {
        for (CollectiveOpportunity o : report.collective()) {
            List<String> ids = o.buildingIds();
            String names = companies(ids, o.companies(), lookup);
            table.nextRow();
            table.text(0, o.title());
            table.number(1, o.number());
            table.number(2, ids.size());
            table.number(3, names.isEmpty() ? 0 : names.split("; ").length);
            table.text(4, names);
            table.text(5, members(o.members(), lookup));
            writeImpact(table, 6, o.impact());
            table.text(10, o.explanation());
            table.text(11, String.join(", ", ids));
            table.text(12, o.type().dutch());
        }
    }

    private static void writeImpact(TableSheet table, int first, nl.kansenkaart.core.kansen.Impact impact) {
        // A figure that does not apply to the kind (a label upgrade has no kWp) is 0 in the
        // analysis; a blank cell says that better than a zero a consultant might sum.
        numberUnlessZero(table, first, impact.peakPowerKwp());
        numberUnlessZero(table, first + 1, impact.energyMwhPerYear());
        numberUnlessZero(table, first + 2, impact.investmentEur());
        numberUnlessZero(table, first + 3, impact.co2KgPerYear() / 1000);
    }

    private static void numberUnlessZero(TableSheet table, int column, double value) {
        if (value != 0) {
            table.number(column, value);
        }
    }

    /**
     * The company names of the panden as the other sheets show them (the consultant's entries and
     * renames included), else the names the analysis matched.
     */
    static String companies(List<String> buildingIds, List<CompanyRef> matched, ParkLookup lookup) {
        Set<String> names = new LinkedHashSet<>();
        for (String id : buildingIds) {
            String own = lookup.companyNames(id);
            if (!own.isEmpty()) {
                for (String part : own.split("; ")) {
                    names.add(part);
                }
            }
        }
        if (names.isEmpty()) {
            matched.forEach(c -> names.add(c.name()));
        }
        return String.join("; ", names);
    }

    /** "Vaartweg 1 (producent); Vaartweg 3 (afnemer)": each member by its first address and role. */
    static String members(List<Member> members, ParkLookup lookup) {
        List<String> parts = new ArrayList<>(members.size());
        for (Member m : members) {
            Optional<Address> first = lookup.firstAddress(m.buildingId());
            String where = first.map(a -> a.street() + " " + a.houseNumberText())
                    .orElse(ReportTexts.format("value.pand", m.buildingId()));
            parts.add(where + " (" + m.role().dutch() + ")");
        }
        return String.join("; ", parts);
    }
}
