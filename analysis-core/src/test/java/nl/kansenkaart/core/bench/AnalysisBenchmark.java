package nl.kansenkaart.core.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.synthetic.SyntheticPark;

/**
 * Measures labels + obligations + grid over a country-sized {@link SyntheticPark} (default 1.000.000
 * panden with 2.000.000 VBOs, the {@code kansenkaart bench analyse} goal of under 3 s). A main, not a
 * test, so the build stays fast. Run from analysis-core after {@code mvn test-compile}:
 * {@code java -Xmx8g -cp target/classes:target/test-classes:<jts-core.jar>
 * nl.kansenkaart.core.bench.AnalysisBenchmark [buildings] [rounds] [parallel|sequentieel]}. Use
 * {@code -XX:+UseParallelGC} for a batch: with G1 the young collections over the large live snapshot
 * cost about as much as the analysis itself; and judge the second round, the first includes JIT warm-up.
 */
public final class AnalysisBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private AnalysisBenchmark() {}

    public static void main(String[] args) {
        int buildings = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean parallel = args.length <= 2 || !args[2].equals("sequentieel");
        long t0 = System.nanoTime();
        ParkSnapshot snapshot = SyntheticPark.generate(buildings);
        System.out.printf(
                "gegenereerd: %,d panden, %,d vbo's, %,d labels, %,d netgebieden in %.2f s%n",
                snapshot.buildings().size(),
                snapshot.units().size(),
                snapshot.labels().size(),
                snapshot.gridAreas().size(),
                (System.nanoTime() - t0) / 1e9);
        OfficeAssumptions office = OfficeAssumptions.legal(LocalDate.of(2025, 6, 1));
        ObligationAssumptions obligations = ObligationAssumptions.legal();
        GridAssumptions grid = GridAssumptions.standard();
        List<Double> seconds = new ArrayList<>();
        ParkResults last = null;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            long gc = gcMillis();
            last = ParkAnalysis.run(snapshot, office, obligations, grid, Progress.NONE, parallel);
            double s = (System.nanoTime() - start) / 1e9;
            seconds.add(s);
            // CPU time of this thread: what the run costs when the machine is not shared (load is printed too).
            System.out.printf(
                    "ronde %d: %.3f s wandklok, %.3f s cpu van het proces waarvan gc %.3f s (load %.1f)%n",
                    r + 1,
                    s,
                    (processCpuNanos() - cpu) / 1e9,
                    (gcMillis() - gc) / 1e3,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            phases(snapshot, office, obligations);
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf(
                "labels + verplichtingen + net: beste %.3f s, mediaan %.3f s (%d rondes, %d kernen)%n",
                sorted.get(0),
                sorted.get(sorted.size() / 2),
                rounds,
                Runtime.getRuntime().availableProcessors());
        last.summary().describe().forEach(System.out::println);
        System.out.println("voorbeeld: " + last.labels().get(7).reason());
        System.out.println("voorbeeld: " + last.obligations().get(7).reason());
        System.out.println("voorbeeld: " + last.grid().get(7).reason());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes();
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** Times each phase on its own, to see where the time goes. */
    private static void phases(ParkSnapshot snapshot, OfficeAssumptions office, ObligationAssumptions obligations) {
        long a = THREADS.getCurrentThreadCpuTime();
        long aBytes = allocated();
        var index = nl.kansenkaart.core.labels.SnapshotIndex.of(snapshot, office.referenceDate());
        long b = THREADS.getCurrentThreadCpuTime();
        long bBytes = allocated();
        var labels = nl.kansenkaart.core.labels.OfficeLabelAnalysis.analyse(
                snapshot.buildings(), index, office, Progress.NONE);
        long c = THREADS.getCurrentThreadCpuTime();
        long cBytes = allocated();
        var uses = nl.kansenkaart.core.obligations.ObligationAnalysis.analyse(
                snapshot.buildings(), index, obligations, Progress.NONE);
        long d = THREADS.getCurrentThreadCpuTime();
        long dBytes = allocated();
        var join = nl.kansenkaart.core.grid.SpatialGridJoin.of(snapshot.gridAreas());
        var grid = nl.kansenkaart.core.grid.GridAnalysis.analyse(snapshot.buildings(), join, Progress.NONE);
        long e = THREADS.getCurrentThreadCpuTime();
        long eBytes = allocated();
        System.out.printf(
                "  cpu: index %.3f s, labels %.3f s, verplichtingen %.3f s, net %.3f s (%d)%n",
                (b - a) / 1e9, (c - b) / 1e9, (d - c) / 1e9, (e - d) / 1e9, labels.size() + uses.size() + grid.size());
        System.out.printf(
                "  MB gealloceerd: index %d, labels %d, verplichtingen %d, net %d%n",
                (bBytes - aBytes) >> 20, (cBytes - bBytes) >> 20, (dBytes - cBytes) >> 20, (eBytes - dBytes) >> 20);
    }
}
