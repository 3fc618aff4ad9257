package nl.kansenkaart.app.report.excel;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.app.report.TestParks;
import nl.kansenkaart.app.report.WorkbookInput;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import org.locationtech.jts.geom.Coordinate;

/**
 * Benchmark, not a test: a park of 20,000 panden and {@code units} (default 100,000) VBOs, a third
 * with a label and half with a company, written to a workbook. Prints rows/s and the peak heap of
 * the write. Run with {@code -Xmx512m} to check the goal (100,000 rows in under 5 s).
 */
public final class AddressListBenchmark {
    private AddressListBenchmark() {}

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ParkSnapshot snapshot = park(units);
        WorkbookInput input = WorkbookInput.of(
                snapshot, SolarAnalysis.analyse(snapshot, SolarAssumptions.ACTUEEL), LocalDate.of(2026, 11, 24));
        Path out = Files.createTempFile("kansenkaart-bench", ".xlsx");
        for (int run = 1; run <= 3; run++) {
            System.gc();
            resetPeaks();
            long before = usedHeap();
            long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            try (OutputStream os = Files.newOutputStream(out)) {
                ExcelWorkbookWriter.write(input, os);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            // The machine is shared: CPU time of the writing thread says what the code costs.
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf(
                    "run %d: %,d adresregels + %,d zonregels in %.2f s (cpu %.2f s) = %,.0f rijen/s (cpu); heap voor %d MB, piek %d MB (max %d MB); bestand %,d kB%n",
                    run,
                    units,
                    snapshot.buildings().size(),
                    seconds,
                    cpu,
                    units / cpu,
                    before >> 20,
                    peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20,
                    Files.size(out) >> 10);
        }
        Files.delete(out);
    }

    static ParkSnapshot park(int unitCount) {
        int buildingCount = Math.max(1, unitCount / 5);
        List<Building> buildings = new ArrayList<>(buildingCount);
        for (int b = 0; b < buildingCount; b++) {
            double x = 200_000 + (b % 200) * 50;
            double y = 500_000 + (b / 200) * 50;
            buildings.add(new Building(
                    pand(b),
                    OptionalInt.of(1960 + b % 60),
                    BuildingStatus.IN_USE,
                    TestParks.rectangle(x, y, 30, 20 + b % 20),
                    Optional.empty()));
        }
        List<Unit> units = new ArrayList<>(unitCount);
        List<EnergyLabel> labels = new ArrayList<>();
        List<Company> companies = new ArrayList<>();
        UsePurpose[] purposes = {UsePurpose.INDUSTRY, UsePurpose.OFFICE, UsePurpose.RETAIL, UsePurpose.OTHER};
        LabelClass[] classes = LabelClass.values();
        for (int u = 0; u < unitCount; u++) {
            String id = String.format("0106010%09d", u);
            int b = u % buildingCount;
            units.add(new Unit(
                    id,
                    List.of(pand(b)),
                    EnumSet.of(purposes[u % purposes.length]),
                    20 + u % 2_000,
                    UnitStatus.IN_USE,
                    new Address(
                            "Industrieweg " + (u / 5_000),
                            1 + u % 5_000,
                            u % 7 == 0 ? Optional.of("A") : Optional.empty(),
                            Optional.empty(),
                            String.format("%04d%s", 1000 + u % 8_999, "AB"),
                            "Assen"),
                    TestParks.RD.createPoint(new Coordinate(200_000 + u % 10_000, 500_000 + u / 10_000))));
            if (u % 3 == 0) {
                LocalDate registered = LocalDate.of(2017 + (u / 3) % 9, 1 + (u / 3) % 12, 1);
                labels.add(new EnergyLabel(
                        classes[(u / 3) % classes.length],
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        registered,
                        registered.plusYears(10),
                        Optional.of(id),
                        Optional.empty(),
                        true));
            }
            if (u % 2 == 0) {
                companies.add(TestParks.company("c" + u, "Bedrijf " + u + " B.V.", id));
            }
        }
        Park park = new Park(
                "BENCH",
                "Benchmarkpark",
                "Assen",
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                TestParks.rectangle(199_000, 499_000, 12_000, 12_000));
        return new ParkSnapshot(park, buildings, units, List.of(), labels, List.of(), companies, List.of());
    }

    private static String pand(int b) {
        return String.format("0106100%09d", b);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the live peak (pools peak at different moments). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
