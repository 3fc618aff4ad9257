package nl.kansenkaart.app.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.app.map.MapAnalyses;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.print.MapExport;
import nl.kansenkaart.app.map.print.MapSheet;
import nl.kansenkaart.app.map.print.PageSpec;
import nl.kansenkaart.app.report.ReportException;
import nl.kansenkaart.app.report.WorkbookInput;
import nl.kansenkaart.app.report.excel.ExcelWorkbookWriter;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.core.synthetic.SyntheticPark;

/**
 * {@code bench export}: a workbook whose adressenlijst has N rows (N/2 synthetic panden with two
 * VBOs each), with the peak heap while writing, and an A3 300 dpi map of 10.000 buildings. The
 * files go to a temporary folder that is removed afterwards.
 */
public final class ExportBench {
    /** The default number of adressenlijst rows. */
    public static final long DEFAULT_N = 100_000;

    /** Buildings on the map: the goal's 10.000, fewer only for a run with fewer rows (a test). */
    private static final int MAP_BUILDINGS = 10_000;

    private ExportBench() {}

    public static BenchTable run(long n, Progress progress) throws IOException, ReportException {
        LocalDate date = LocalDate.of(2026, 1, 1);
        Path dir = Files.createTempDirectory("kansenkaart-bench-export");
        try {
            ParkSnapshot park = SyntheticPark.generate(Math.toIntExact(Math.max(1, n / 2)));
            SolarReport solar = SolarAnalysis.analyse(park, SolarAssumptions.LEIDRAAD_DRENTHE);
            progress.report(0, 2, Msg.get("bench.export.workbook"));
            // Warm-up on a small park: class loading and JIT are not what the goal is about.
            ParkSnapshot small = SyntheticPark.generate(1_000);
            Files.delete(ExcelWorkbookWriter.writeTo(
                    dir,
                    WorkbookInput.of(small, SolarAnalysis.analyse(small, SolarAssumptions.LEIDRAAD_DRENTHE), date)));
            System.gc();
            long before = usedHeap();
            double workbook;
            double workbookCpu;
            long peak;
            Path file;
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            try (HeapMonitor heap = HeapMonitor.start()) {
                CpuClock cpu = CpuClock.start();
                long start = System.nanoTime();
                file = ExcelWorkbookWriter.writeTo(dir, WorkbookInput.of(park, solar, date));
                workbook = seconds(start);
                workbookCpu = cpu.seconds();
                peak = heap.peakBytes();
            }
            long size = Files.size(file);

            progress.report(1, 2, Msg.get("bench.export.map"));
            int mapBuildings = (int) Math.min(MAP_BUILDINGS, n);
            ParkSnapshot mapPark = SyntheticPark.generate(mapBuildings);
            MapContent content = MapContent.of(mapPark);
            MapAnalyses analyses =
                    MapAnalyses.of(SolarAnalysis.analyse(mapPark, SolarAssumptions.LEIDRAAD_DRENTHE), List.of());
            MapSheet sheet = MapSheet.of(content, MapExport.themes(analyses).get(0), date);
            MapExport.writePng(sheet, PageSpec.A3, dir); // warm-up: class loading, fonts, JIT
            CpuClock mapCpu = CpuClock.start();
            long mapStart = System.nanoTime();
            Path png = MapExport.writePng(sheet, PageSpec.A3, dir);
            double map = seconds(mapStart);
            double mapCpuSeconds = mapCpu.seconds();
            long pngSize = Files.size(png);
            progress.report(2, 2, Msg.get("bench.export.map"));

            return new BenchTable(
                            Msg.get("bench.export.title", Msg.count(park.units().size())))
                    .add(Msg.get("bench.export.rows"), Msg.count(park.units().size()), Msg.get("bench.unit.rows"), "")
                    .add(Msg.get("bench.export.load"), load < 0 ? "-" : Msg.decimal(load, 1), "", "")
                    .add(Msg.get("bench.export.workbookTime"), Msg.decimal(workbook, 2), "s", "< 5 s")
                    .add(Msg.get("bench.cpuTime"), Msg.decimal(workbookCpu, 2), "s", "")
                    .add(Msg.get("bench.peakHeap"), Msg.count(peak >> 20), "MB", "")
                    .add(Msg.get("bench.export.inputHeap"), Msg.count(before >> 20), "MB", "")
                    .add(
                            Msg.get("bench.export.writeHeap"),
                            Msg.count(Math.max(0, peak - before) >> 20),
                            "MB",
                            Msg.get("bench.goal.heap"))
                    .add(
                            Msg.get("bench.export.maxHeap"),
                            Msg.count(Runtime.getRuntime().maxMemory() >> 20),
                            "MB",
                            "512 MB")
                    .add(Msg.get("bench.export.workbookSize"), Msg.count(size >> 10), "kB", "")
                    .add(Msg.get("bench.export.mapTime", Msg.count(mapBuildings)), Msg.decimal(map, 2), "s", "< 3 s")
                    .add(Msg.get("bench.cpuTime"), Msg.decimal(mapCpuSeconds, 2), "s", "")
                    .add(Msg.get("bench.export.mapSize"), Msg.count(pngSize >> 10), "kB", "");
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
