package nl.kansenkaart.core.solar;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A small benchmark, not a test: 1,000,000 footprints through the footprint methods, the goal of
 * {@code kansenkaart bench analyse} (well under 2 s). Run it from the module directory after
 * {@code mvn test-compile}:
 *
 * <pre>java -cp target/classes:target/test-classes:$HOME/.m2/repository/org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar nl.kansenkaart.core.solar.SolarBenchmark</pre>
 */
public final class SolarBenchmark {
    private static final int N = 1_000_000;

    private SolarBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : N;
        double[] areas = footprints(n);
        int[] panels = new int[n];
        double[] kwp = new double[n];
        double[] kwh = new double[n];
        List<FootprintInput> inputs = IntStream.range(0, n)
                .mapToObj(
                        i -> new FootprintInput(Integer.toString(i), areas[i], RoofShape.UNKNOWN, OptionalInt.empty()))
                .toList();

        System.out.printf(
                "%,d footprints, %d cores, Java %s%n",
                n, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%-48s %10s %10s %14s%n", "pad", "beste ms", "mediaan ms", "MWh/jaar");
        row("arrays, leidraad, alleen totalen", () -> FootprintBatch.run(areas, SolarAssumptions.LEIDRAAD_DRENTHE));
        row(
                "arrays, leidraad, per pand + totalen",
                () -> FootprintBatch.run(areas, SolarAssumptions.LEIDRAAD_DRENTHE, panels, kwp, kwh));
        row(
                "arrays, actueel, per pand + totalen",
                () -> FootprintBatch.run(areas, SolarAssumptions.ACTUEEL, panels, kwp, kwh));
        row(
                "stream van records, actueel, sequentieel",
                () -> SolarTotals.of(SolarAnalysis.analyseFootprints(inputs.stream(), SolarAssumptions.ACTUEEL)
                        .toList()));
        row(
                "stream van records, actueel, parallel",
                () -> SolarTotals.of(SolarAnalysis.analyseFootprints(inputs.parallelStream(), SolarAssumptions.ACTUEEL)
                        .toList()));
    }

    /** Footprints from 20 m2 sheds to 40,000 m2 halls, skewed to the small end like a real park. */
    private static double[] footprints(int n) {
        SplittableRandom random = new SplittableRandom(42);
        double[] areas = new double[n];
        for (int i = 0; i < n; i++) {
            areas[i] = 20 + Math.pow(random.nextDouble(), 3) * 40_000;
        }
        return areas;
    }

    private static void row(String name, Supplier<SolarTotals> run) {
        SolarTotals totals = null;
        for (int i = 0; i < 5; i++) {
            totals = run.get(); // warm-up: let the JIT compile the loop
        }
        long[] ms = new long[9];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            totals = run.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-48s %10d %10d %,14.1f%n", name, ms[0], ms[ms.length / 2], totals.yieldMwhPerYear());
    }
}
