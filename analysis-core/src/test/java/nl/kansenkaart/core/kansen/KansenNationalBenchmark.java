package nl.kansenkaart.core.kansen;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.core.synthetic.SyntheticNation;
import nl.kansenkaart.core.synthetic.SyntheticParkData;
import org.locationtech.jts.geom.Envelope;

/**
 * Times the kansen analysis alone on parks of the synthetic national set ({@code bench national}'s
 * generator and seed): the inputs (solar, labels, obligations, grid) are computed once, then every
 * round runs only {@link KansenAnalysis#analyse} over all parks and reports this thread's CPU time
 * per 1.000 panden. A main, not a test: from analysis-core after {@code mvn test-compile},
 * {@code java -cp target/classes:target/test-classes:<jts-core.jar>
 * nl.kansenkaart.core.kansen.KansenNationalBenchmark [parks [rounds [vergelijk]]]}; with {@code vergelijk}
 * each round also times the code before the session-4 speed-up ({@code ReferenceKansenAnalysis}). The
 * first rounds include JIT warm-up; compare the later ones.
 */
public final class KansenNationalBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The seed of {@code bench national}, so these are the parks that run measures. */
    static final long NATIONAL_SEED = 20_260_101L;

    private KansenNationalBenchmark() {}

    /** One park's inputs to the kansen analysis. */
    record Input(ParkSnapshot snapshot, SolarReport solar, ParkResults results) {}

    public static void main(String[] args) {
        int parks = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<Input> inputs = inputs(new SyntheticNation(Math.max(parks, 2), 2_630, NATIONAL_SEED), parks);
        long panden =
                inputs.stream().mapToLong(i -> i.snapshot().buildings().size()).sum();
        boolean compare = args.length > 2 && args[2].equals("vergelijk");
        for (int round = 1; round <= rounds; round++) {
            time(
                    "kansen",
                    round,
                    inputs,
                    panden,
                    in -> KansenAnalysis.analyse(in.snapshot(), in.solar(), in.results(), KansenAssumptions.STANDARD));
            if (compare) {
                // The code before the speed-up in the same JVM and minute: a fair before/after on a busy machine.
                time(
                        "oud",
                        round,
                        inputs,
                        panden,
                        in -> ReferenceKansenAnalysis.analyse(
                                in.snapshot(), in.solar(), in.results(), KansenAssumptions.STANDARD));
            }
        }
    }

    private static void time(
            String label,
            int round,
            List<Input> inputs,
            long panden,
            java.util.function.Function<Input, KansenReport> run) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long opportunities = 0;
        for (Input in : inputs) {
            KansenReport r = run.apply(in);
            opportunities += r.individual().size() + r.collective().size();
        }
        double seconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "ronde %d %-6s: %d parken, %,d panden, %,d kansen: %.3f s cpu, %.1f ms cpu per 1.000 panden%n",
                round,
                label,
                inputs.size(),
                panden,
                opportunities,
                seconds,
                seconds * 1e6 / panden);
    }

    /** The first {@code count} parks of the set with their analysed inputs. */
    static List<Input> inputs(SyntheticNation nation, int count) {
        List<GridArea> grid = nation.gridAreas();
        List<Input> out = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            out.add(input(nation.park(p), grid));
        }
        return out;
    }

    /** One park as the project loader gives it: the grid areas that touch the park, no roof parts. */
    static Input input(SyntheticParkData d, List<GridArea> grid) {
        Envelope e = d.park().contour().getEnvelopeInternal();
        List<GridArea> near = new ArrayList<>();
        for (GridArea g : grid) {
            if (g.area().getEnvelopeInternal().intersects(e)) {
                near.add(g);
            }
        }
        return input(new ParkSnapshot(
                d.park(), d.buildings(), d.units(), List.of(), d.labels(), near, d.companies(), d.overrides()));
    }

    /** The analysed inputs of a snapshot. */
    static Input input(ParkSnapshot s) {
        ParkResults results = ParkAnalysis.run(
                s,
                OfficeAssumptions.legal(LocalDate.of(2025, 6, 1)),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                Progress.NONE);
        SolarReport solar = SolarAnalysis.analyse(s, SolarAssumptions.ACTUEEL, results.grid());
        return new Input(s, solar, results);
    }
}
