package nl.kansenkaart.app.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.kansen.KansenAnalysis;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ObligationResult;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.InvalidOverrideException;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.io.store.AnalysisResults;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;

/** Runs every analysis of a park, and stores or reads back what a run used. No clock is read here. */
public final class ParkEngine {
    private ParkEngine() {}

    /** Every analysis of the snapshot with the given assumptions (and the consultant's company matches). */
    public static ParkAnalyses run(ParkSnapshot loaded, AnalysisAssumptions a, Progress progress) {
        ParkSnapshot snapshot = CompanyMatches.apply(loaded);
        ParkResults buildings = ParkAnalysis.run(snapshot, a.office(), a.obligations(), a.grid(), progress);
        progress.checkCancelled();
        progress.report(1, 3, "zon op dak");
        // One grid join per park: solar's feed-in flag reads the grid analysis' positions, so the zon op
        // dak and netcapaciteit columns of a pand always agree (overlapping areas, PC6 fallback).
        SolarReport solar = SolarAnalysis.analyse(snapshot, a.solar(), buildings.grid());
        double electricityKwh = 0;
        for (ObligationResult r : buildings.obligations()) {
            electricityKwh += r.estimate().electricityKwh();
        }
        if (electricityKwh > 0) {
            // The park's estimated use is known now: the solar totals can say which share it covers.
            solar = solar.withElectricityUseEstimate(electricityKwh);
        }
        progress.report(2, 3, "kansen");
        KansenReport kansen = KansenAnalysis.analyse(snapshot, solar, buildings, a.kansen());
        progress.report(3, 3, "analyses klaar");
        return new ParkAnalyses(snapshot, a, solar, buildings, kansen);
    }

    /**
     * Loads the park, runs every analysis and replaces the park's results in the project in one
     * transaction.
     *
     * @param computedAt the moment written as berekend_op
     */
    public static ParkAnalyses analyseAndStore(
            ProjectStore store, String parkId, AnalysisAssumptions a, Instant computedAt, Progress progress)
            throws StoreException {
        ParkAnalyses analyses = runStored(store, parkId, a, progress);
        AnalysisResults stored = analyses.toStored(computedAt);
        store.saveResults(stored);
        return analyses;
    }

    /**
     * Loads and analyses every park, then replaces all their results in the project in ONE
     * transaction, so a failure leaves every park's earlier results as they were.
     *
     * @return the analyses, in the order of the ids
     */
    public static List<ParkAnalyses> analyseAndStore(
            ProjectStore store, List<String> parkIds, AnalysisAssumptions a, Instant computedAt, Progress progress)
            throws StoreException {
        List<ParkAnalyses> all = new java.util.ArrayList<>();
        List<AnalysisResults> stored = new java.util.ArrayList<>();
        for (String parkId : parkIds) {
            ParkAnalyses analyses = runStored(store, parkId, a, progress);
            all.add(analyses);
            stored.add(analyses.toStored(computedAt));
        }
        store.saveResults(stored);
        return all;
    }

    /**
     * Loads and analyses a park; an edit in the project that an analysis cannot read is bad input
     * in that file, reported as a store problem naming the file, the field, the value and the pand.
     */
    private static ParkAnalyses runStored(ProjectStore store, String parkId, AnalysisAssumptions a, Progress progress)
            throws StoreException {
        ParkSnapshot snapshot = store.load(parkId);
        try {
            return run(snapshot, a, progress);
        } catch (InvalidOverrideException e) {
            throw new StoreException(
                    store.file(), "aanpassing in tabel aanpassingen niet bruikbaar: " + e.getMessage(), e);
        }
    }

    /**
     * The assumptions the park's last {@code analyse} stored, empty when it was never analysed.
     *
     * @param referenceDate the label reference date when the stored text has none
     * @throws AssumptionsException when the stored text no longer reads (edited by hand)
     */
    public static Optional<AnalysisAssumptions> storedAssumptions(
            ProjectStore store, String parkId, LocalDate referenceDate) throws StoreException, AssumptionsException {
        List<AnalysisResults.AssumptionText> texts = store.storedAssumptions(parkId);
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder all = new StringBuilder();
        texts.forEach(t -> all.append(t.text()).append('\n'));
        return Optional.of(AnalysisAssumptions.fromText(
                all.toString(), store.file() + " (tabel aannames, park " + parkId + ")", referenceDate));
    }
}
