package nl.kansenkaart.io.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.io.SourceKind;

/**
 * Measures the store at municipality scale: 100 parks of 1,000 panden (100,000 panden and as many
 * units) written through import sessions, then one park loaded. Not a test: run it by hand with
 * {@code java -cp ... nl.kansenkaart.io.store.StoreBenchmark <dir>}; the figures go in the report.
 */
public final class StoreBenchmark {
    private static final int SIDE = 10;
    private static final int PER_SIDE = 32; // 32 x 32 = 1,024 panden per park, about 1,000

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        Path file = dir.resolve("benchmark.gpkg");
        Files.deleteIfExists(file);
        int total = SIDE * SIDE * PER_SIDE * PER_SIDE;
        try (ProjectStore store = ProjectStore.create(file)) {
            try (ImportSession s = store.beginImport(provenance("parken.json", SourceKind.PARKS))) {
                for (int p = 0; p < SIDE * SIDE; p++) {
                    double x = 150_000 + (p % SIDE) * 1_000.0;
                    double y = 450_000 + (p / SIDE) * 1_000.0;
                    s.add(new Park(
                            "P" + p,
                            "Park " + p,
                            "Proefstad",
                            OptionalDouble.empty(),
                            OptionalDouble.empty(),
                            Fixtures.square(x, y, 1_000)));
                }
                s.commit(ImportCounts.allImported(SIDE * SIDE));
            }
            for (int round = 1; round <= 2; round++) {
                long t0 = start();
                try (ImportSession s = store.beginImport(provenance("panden.gpkg", SourceKind.BUILDINGS))) {
                    forEachBuilding((id, x, y) -> s.add(new Building(
                            id,
                            OptionalInt.of(1980),
                            BuildingStatus.IN_USE,
                            Fixtures.square(x, y, 20),
                            Optional.empty())));
                    s.commit(ImportCounts.allImported(total));
                }
                report("import " + total + " panden (ronde " + round + ")", t0);
            }
            long t1 = start();
            try (ImportSession s = store.beginImport(provenance("vbo.gpkg", SourceKind.UNITS))) {
                int[] n = {0};
                forEachBuilding((id, x, y) -> s.add(new Unit(
                        String.format("%016d", 518_010_000_000_000L + n[0]++),
                        List.of(id),
                        Set.of(UsePurpose.INDUSTRY),
                        500,
                        UnitStatus.IN_USE,
                        new Address(
                                "Proefweg", 1 + n[0] % 999, Optional.empty(), Optional.empty(), "9401AB", "Proefstad"),
                        RD.createPoint(new org.locationtech.jts.geom.Coordinate(x + 10, y + 10)))));
                s.commit(ImportCounts.allImported(total));
            }
            report("import " + total + " verblijfsobjecten", t1);
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            for (int i = 0; i < 5; i++) {
                long t2 = start();
                ParkSnapshot snapshot = store.load("P55");
                report(
                        "load P55: " + snapshot.buildings().size() + " panden, "
                                + snapshot.units().size() + " verblijfsobjecten",
                        t2);
            }
        }
        System.out.printf("bestand: %.1f MB%n", Files.size(file) / 1e6);
    }

    private interface BuildingSink {
        void accept(String id, double x, double y) throws StoreException;
    }

    private static void forEachBuilding(BuildingSink sink) throws StoreException {
        int n = 0;
        for (int p = 0; p < SIDE * SIDE; p++) {
            double px = 150_000 + (p % SIDE) * 1_000.0;
            double py = 450_000 + (p / SIDE) * 1_000.0;
            for (int i = 0; i < PER_SIDE * PER_SIDE; i++) {
                sink.accept(
                        String.format("%016d", 518_100_000_000_000L + n++),
                        px + 5 + (i % PER_SIDE) * 30.0,
                        py + 5 + (i / PER_SIDE) * 30.0);
            }
        }
    }

    private static final org.locationtech.jts.geom.GeometryFactory RD = new org.locationtech.jts.geom.GeometryFactory();

    /** Built from coordinates, not WKT, so the figures measure the store and not a text parser. */
    private static org.locationtech.jts.geom.Polygon square(double x, double y, double size) {
        return RD.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(x, y),
            new org.locationtech.jts.geom.Coordinate(x + size, y),
            new org.locationtech.jts.geom.Coordinate(x + size, y + size),
            new org.locationtech.jts.geom.Coordinate(x, y + size),
            new org.locationtech.jts.geom.Coordinate(x, y)
        });
    }

    private static Provenance provenance(String key, SourceKind kind) {
        return new Provenance(key, kind, "GeoPackage", "EPSG:28992", Instant.now(), ImportCounts.NONE, List.of());
    }

    private static long cpuAtStart;

    private static void report(String what, long startNanos) {
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.out.printf(
                "%-60s %8.2f s klok, %8.2f s cpu%n",
                what, (System.nanoTime() - startNanos) / 1e9, (cpu - cpuAtStart) / 1e9);
        cpuAtStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long start() {
        cpuAtStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        return System.nanoTime();
    }
}
