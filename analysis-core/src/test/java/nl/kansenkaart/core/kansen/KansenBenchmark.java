package nl.kansenkaart.core.kansen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Times the kansen analysis on one generated park (default 2.000 and 100.000 panden): halls of 20 to
 * 120 m on a 70 m raster, two VBOs each, a company on every other VBO, a label on a third, four grid
 * strips alternating congested and free. A main, not a test: run from analysis-core after
 * {@code mvn test-compile} with {@code java -cp target/classes:target/test-classes:<jts-core.jar>
 * nl.kansenkaart.core.kansen.KansenBenchmark [panden...]}. The first round includes JIT warm-up.
 */
public final class KansenBenchmark {
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private KansenBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {2_000, 100_000} : parse(args);
        for (int n : sizes) {
            ParkSnapshot s = generate(n);
            for (int round = 1; round <= 4; round++) {
                long t0 = System.nanoTime();
                SolarReport solar = SolarAnalysis.analyse(s, SolarAssumptions.ACTUEEL);
                long t1 = System.nanoTime();
                ParkResults results = ParkAnalysis.run(
                        s,
                        OfficeAssumptions.legal(LocalDate.of(2025, 6, 1)),
                        ObligationAssumptions.legal(),
                        GridAssumptions.standard(),
                        Progress.NONE);
                long t2 = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                KansenReport r = KansenAnalysis.analyse(s, solar, results, KansenAssumptions.STANDARD);
                long t3 = System.nanoTime();
                // The kansen step runs on this thread: its CPU time is what it costs on an idle machine.
                double kansenCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "%,d panden ronde %d: zon %.3f s, labels/plichten/net %.3f s, kansen %.3f s (cpu %.3f s);"
                                + " %,d individuele en %,d collectieve kansen, load %.1f%n",
                        n,
                        round,
                        (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9,
                        (t3 - t2) / 1e9,
                        kansenCpu,
                        r.individual().size(),
                        r.collective().size(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
                if (round == 4) {
                    r.collective().forEach(c -> System.out.println("  " + c.title() + ": " + c.explanation()));
                    r.notes().forEach(note -> System.out.println("  let op: " + note));
                    r.scoreCard().describe().stream().limit(8).forEach(l -> System.out.println("  " + l));
                    r.byScore().stream().limit(3).forEach(o -> System.out.println("  " + o.explanation()));
                }
            }
        }
    }

    private static int[] parse(String[] args) {
        int[] out = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = Integer.parseInt(args[i]);
        }
        return out;
    }

    /** A deterministic park of n panden. */
    static ParkSnapshot generate(int n) {
        int side = (int) Math.ceil(Math.sqrt(n));
        double x0 = 150_000;
        double y0 = 450_000;
        double extent = side * 70.0;
        List<Building> buildings = new ArrayList<>(n);
        List<Unit> units = new ArrayList<>(2 * n);
        List<Company> companies = new ArrayList<>(n);
        List<EnergyLabel> labels = new ArrayList<>();
        UsePurpose[] purposes = {UsePurpose.INDUSTRY, UsePurpose.OFFICE, UsePurpose.RETAIL, UsePurpose.OTHER};
        Address address = new Address("Industrieweg", 1, Optional.empty(), Optional.empty(), "1234AB", "Ergens");
        for (int i = 0; i < n; i++) {
            double x = x0 + (i % side) * 70.0;
            double y = y0 + (i / side) * 70.0;
            double w = 20 + (i * 37) % 101;
            double h = 20 + (i * 53) % 41;
            String pand = String.format(Locale.ROOT, "%016d", 300_000_000_000L + i);
            buildings.add(new Building(
                    pand,
                    i % 9 == 0 ? OptionalInt.empty() : OptionalInt.of(1950 + i % 75),
                    BuildingStatus.IN_USE,
                    RD.createPolygon(new Coordinate[] {
                        new Coordinate(x, y),
                        new Coordinate(x + w, y),
                        new Coordinate(x + w, y + h),
                        new Coordinate(x, y + h),
                        new Coordinate(x, y)
                    }),
                    Optional.empty()));
            for (int k = 0; k < 2; k++) {
                int u = 2 * i + k;
                String vbo = String.format(Locale.ROOT, "%016d", 400_000_000_000L + u);
                int area = (int) Math.max(1, w * h * 0.45);
                units.add(new Unit(
                        vbo,
                        List.of(pand),
                        EnumSet.of(purposes[(u * 7) % purposes.length]),
                        area,
                        UnitStatus.IN_USE,
                        address,
                        RD.createPoint(new Coordinate(x + 5 + k, y + 5))));
                if (u % 2 == 0) {
                    companies.add(new Company(
                            "kvk-" + u,
                            "Bedrijf " + u,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(address),
                            Optional.of(vbo)));
                }
                if (u % 3 == 0) {
                    LabelClass c = LabelClass.values()[u % LabelClass.values().length];
                    labels.add(new EnergyLabel(
                            c,
                            OptionalDouble.empty(),
                            OptionalDouble.empty(),
                            LocalDate.of(2020, 1, 1),
                            LocalDate.of(2030, 1, 1),
                            Optional.of(vbo),
                            Optional.empty(),
                            true));
                }
            }
        }
        List<GridArea> grid = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            double gx = x0 - 100 + g * (extent + 200) / 4;
            double gw = (extent + 200) / 4;
            grid.add(new GridArea(
                    "G" + g,
                    "Station " + g,
                    "Enexis",
                    g % 2 == 0 ? CapacityStatus.CONGESTED : CapacityStatus.AVAILABLE,
                    g % 2 == 0 ? CapacityStatus.CONGESTION_MANAGEMENT : CapacityStatus.SCARCE,
                    OptionalInt.of(2030),
                    RD.createPolygon(new Coordinate[] {
                        new Coordinate(gx, y0 - 100),
                        new Coordinate(gx + gw, y0 - 100),
                        new Coordinate(gx + gw, y0 + extent + 100),
                        new Coordinate(gx, y0 + extent + 100),
                        new Coordinate(gx, y0 - 100)
                    })));
        }
        Park park = new Park(
                "bench-" + n,
                "Benchmarkpark",
                "Ergens",
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                RD.createPolygon(new Coordinate[] {
                    new Coordinate(x0 - 100, y0 - 100),
                    new Coordinate(x0 + extent + 100, y0 - 100),
                    new Coordinate(x0 + extent + 100, y0 + extent + 100),
                    new Coordinate(x0 - 100, y0 + extent + 100),
                    new Coordinate(x0 - 100, y0 - 100)
                }));
        return new ParkSnapshot(park, buildings, units, List.of(), labels, grid, companies, List.of());
    }
}
