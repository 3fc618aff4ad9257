package nl.kansenkaart.app.cli.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.FootprintBatch;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.core.solar.SolarTotals;
import nl.kansenkaart.core.synthetic.SyntheticPark;

/**
 * {@code bench analyse}: N synthetic footprints through the solar fast path (both presets), the
 * whole solar analysis on a synthetic park of N panden, and the same panden with 2N VBOs through
 * labels, obligations and grid. One warm-up round first (JIT), then the
 * best of the measured rounds; the launcher runs bench with the parallel collector, because G1's
 * young collections over the large live snapshot cost about as much as the analysis itself.
 */
public final class AnalysisBench {
    /** The default number of buildings. */
    public static final long DEFAULT_N = 1_000_000;

    private static final int ROUNDS = 3;

    private AnalysisBench() {}

    public static BenchTable run(long n, Progress progress) {
        int count = Math.toIntExact(n);
        double[] footprints = new double[count];
        for (int i = 0; i < count; i++) {
            // 60 m2 to about 12.000 m2, the spread of a business park.
            footprints[i] = 60 + (i * 7919L) % 12_000;
        }
        double leidraad = bestSolar(footprints, SolarAssumptions.LEIDRAAD_DRENTHE);
        double actueel = bestSolar(footprints, SolarAssumptions.ACTUEEL);
        SolarTotals totals = FootprintBatch.run(footprints, SolarAssumptions.ACTUEEL);

        progress.report(0, ROUNDS + 1, Msg.get("bench.analyse.generate"));
        long genStart = System.nanoTime();
        ParkSnapshot snapshot = SyntheticPark.generate(count);
        double generate = seconds(genStart);
        // The whole solar analysis on the park snapshot, as analyse runs it: footprint geometry,
        // grid-area lookup, overrides, one result object per pand. Warm-up round, then the best of 2.
        double fullSolar = Double.MAX_VALUE;
        long fullPanels = 0;
        for (int round = 0; round <= 2; round++) {
            long start = System.nanoTime();
            SolarReport report = SolarAnalysis.analyse(snapshot, SolarAssumptions.ACTUEEL);
            double s = seconds(start);
            fullPanels = report.totals().panels();
            if (round > 0) {
                fullSolar = Math.min(fullSolar, s);
            }
        }
        OfficeAssumptions office = OfficeAssumptions.legal(LocalDate.of(2025, 6, 1));
        ObligationAssumptions obligations = ObligationAssumptions.legal();
        GridAssumptions grid = GridAssumptions.standard();
        double warmUp = 0;
        double best = Double.MAX_VALUE;
        ParkResults results = null;
        for (int round = 0; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            results = ParkAnalysis.run(snapshot, office, obligations, grid, Progress.NONE);
            double s = seconds(start);
            if (round == 0) {
                warmUp = s;
            } else {
                best = Math.min(best, s);
            }
            progress.report(round + 1, ROUNDS + 1, Msg.get("bench.analyse.rounds"));
        }
        return new BenchTable(Msg.get("bench.analyse.title", Msg.count(n)))
                .add(Msg.get("bench.analyse.solarLeidraad"), Msg.decimal(leidraad * 1000, 1), "ms", "< 2 s")
                .add(Msg.get("bench.analyse.solarActueel"), Msg.decimal(actueel * 1000, 1), "ms", "< 2 s")
                .add(Msg.get("bench.analyse.solarKwp"), Msg.count(Math.round(totals.peakPowerKwp())), "kWp", "")
                .add(Msg.get("bench.analyse.generated"), Msg.decimal(generate, 2), "s", "")
                .add(Msg.get("bench.analyse.solarFull"), Msg.decimal(fullSolar, 2), "s", "")
                .add(Msg.get("bench.analyse.solarFullPanels"), Msg.count(fullPanels), "", "")
                .add(Msg.get("bench.analyse.units"), Msg.count(snapshot.units().size()), Msg.get("bench.unit.rows"), "")
                .add(Msg.get("bench.analyse.warmUp"), Msg.decimal(warmUp, 2), "s", "")
                .add(Msg.get("bench.analyse.buildings"), Msg.decimal(best, 2), "s", "< 3 s")
                .add(
                        Msg.get("bench.analyse.obliged"),
                        Msg.count(results.summary().buildings()),
                        Msg.get("bench.unit.buildings"),
                        "")
                .add(Msg.get("bench.analyse.gc"), gcName(), "", "ParallelGC")
                .add(
                        Msg.get("bench.analyse.cores"),
                        Msg.count(Runtime.getRuntime().availableProcessors()),
                        "",
                        "");
    }

    private static double bestSolar(double[] footprints, SolarAssumptions a) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            FootprintBatch.run(footprints, a);
            double s = seconds(start);
            if (round > 0) {
                best = Math.min(best, s);
            }
        }
        return best;
    }

    private static String gcName() {
        return String.join(
                ", ",
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(java.lang.management.GarbageCollectorMXBean::getName)
                        .toList());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
