package nl.kansenkaart.app.gui;

import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.core.kansen.CompanyRef;
import nl.kansenkaart.core.kansen.IndividualOpportunity;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.labels.OfficeUse;
import nl.kansenkaart.core.obligations.ObligationLevel;
import nl.kansenkaart.core.obligations.ObligationResult;
import nl.kansenkaart.core.solar.NotAssessed;
import nl.kansenkaart.core.solar.SolarOutcome;
import nl.kansenkaart.core.solar.SolarPotential;

/** Turns the analyses of a park into the rows of the Zon op dak, Label C and Verplichtingen tables. */
final class ResultRows {
    private ResultRows() {}

    /** One row per pand, assessed or not. */
    static List<SolarRow> solar(AnalysedPark a) {
        List<SolarRow> rows = new ArrayList<>();
        for (SolarOutcome o : a.solar().outcomes()) {
            String id = o.buildingId();
            double footprint = a.content()
                    .building(id)
                    .map(b -> b.building().footprintAreaM2())
                    .orElse(Double.NaN);
            if (o instanceof SolarPotential p) {
                rows.add(new SolarRow(
                        id,
                        a.companyNames(id),
                        a.address(id),
                        footprint,
                        p.panels(),
                        p.peakPowerKwp(),
                        p.yieldKwhPerYear(),
                        p.economics().investmentEur(),
                        p.economics().paybackYears().orElse(Double.NaN),
                        p.method().label(),
                        p.reason()));
            } else if (o instanceof NotAssessed n) {
                rows.add(new SolarRow(
                        id,
                        a.companyNames(id),
                        a.address(id),
                        footprint,
                        0,
                        0,
                        0,
                        0,
                        Double.NaN,
                        Messages.get("solar.notAssessed"),
                        n.reason()));
            }
        }
        return rows;
    }

    /** One row per pand with any office area. */
    static List<LabelRow> labels(AnalysedPark a) {
        List<LabelRow> rows = new ArrayList<>();
        for (LabelResult r : a.results().labels()) {
            OfficeUse use = r.outcome().use();
            if (!(use.officeAreaM2() > 0)) {
                continue;
            }
            String id = r.buildingId();
            rows.add(new LabelRow(
                    id,
                    a.address(id),
                    a.companyNames(id),
                    use.officeAreaM2(),
                    use.totalAreaM2() > 0 ? 100 * use.officeAreaM2() / use.totalAreaM2() : Double.NaN,
                    a.bestLabel(id).map(l -> l.labelClass().code()).orElse(""),
                    r.kind().dutch(),
                    r.reason()));
        }
        return rows;
    }

    /** One row per pand whose use could be estimated or was measured. */
    static List<ObligationRow> obligations(AnalysedPark a) {
        List<ObligationRow> rows = new ArrayList<>();
        for (ObligationResult r : a.results().obligations()) {
            if (r.level() == ObligationLevel.UNKNOWN) {
                continue;
            }
            String id = r.buildingId();
            boolean measured =
                    r.estimate().electricityMeasured() || r.estimate().gasMeasured();
            rows.add(new ObligationRow(
                    id,
                    a.address(id),
                    a.companyNames(id),
                    r.estimate().electricityKwh(),
                    r.estimate().gasM3(),
                    Messages.get(measured ? "obligations.measured" : "obligations.estimated"),
                    r.level().dutch(),
                    r.reason()));
        }
        return rows;
    }

    /** The individual kansen, highest score first, as the engine's kansen report ranks them. */
    static List<KansenRow> kansen(AnalysedPark a) {
        List<KansenRow> rows = new ArrayList<>();
        for (IndividualOpportunity o : a.kansen().byScore()) {
            String id = o.buildingId();
            String companies = o.companies().stream()
                    .map(CompanyRef::name)
                    .distinct()
                    .collect(java.util.stream.Collectors.joining(", "));
            rows.add(new KansenRow(
                    id,
                    a.address(id),
                    companies.isEmpty() ? a.companyNames(id) : companies,
                    o.type().dutch(),
                    o.score().total(),
                    o.title() + ": " + o.explanation()));
        }
        return rows;
    }
}
