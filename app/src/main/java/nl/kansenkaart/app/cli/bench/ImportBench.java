package nl.kansenkaart.app.cli.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.geojson.GeoJsonWriter;
import nl.kansenkaart.io.geopackage.Column;
import nl.kansenkaart.io.geopackage.ColumnType;
import nl.kansenkaart.io.geopackage.GeoPackageWriter;
import nl.kansenkaart.io.geopackage.GeometryType;
import nl.kansenkaart.io.geopackage.RowInserter;
import nl.kansenkaart.io.imports.ImportException;
import nl.kansenkaart.io.imports.ImportReport;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ImportCounts;
import nl.kansenkaart.io.store.ImportSession;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;
import nl.kansenkaart.io.store.StoreException;

/**
 * {@code bench import}: writes N BAG-style building polygons as GeoJSON (RD New with a crs member,
 * as PDOK downloads come), imports them through the real {@link Importer}, and times
 * {@code ogr2ogr -f GPKG} on the same file when GDAL is installed. Then it writes the same
 * buildings as a bag-light style GeoPackage and times importing one park out of it. In between it
 * imports a second file of N/10 other buildings into the project of N: an import that appends to a
 * large table and its R-tree, as a second municipality's BAG does.
 */
public final class ImportBench {
    /** The default number of buildings. */
    public static final long DEFAULT_N = 1_000_000;

    private static final Importer IMPORTER = new Importer();

    private final SyntheticLayout layout;
    private final Progress progress;
    private final BenchTable table;

    private ImportBench(long n, Progress progress) {
        this.layout = new SyntheticLayout(n);
        this.progress = progress;
        this.table = new BenchTable(Msg.get("bench.import.title", Msg.count(n)));
    }

    /** Runs the benchmark in a temporary directory, removed afterwards, and returns its table. */
    public static BenchTable run(long n, Progress progress)
            throws IOException, StoreException, ImportException, InterruptedException {
        Path dir = Files.createTempDirectory("kansenkaart-bench-import");
        try {
            return new ImportBench(n, progress).runIn(dir);
        } finally {
            StoreBench.deleteTree(dir);
        }
    }

    private BenchTable runIn(Path dir) throws IOException, StoreException, ImportException, InterruptedException {
        long n = layout.buildingCount();
        Path geojson = dir.resolve("panden.geojson");
        long start = System.nanoTime();
        writeGeoJson(geojson);
        table.add(Msg.get("bench.import.writeGeoJson"), Msg.decimal(StoreBench.seconds(start), 1), "s", "");
        table.add(Msg.get("bench.import.geoJsonSize"), Msg.decimal(Files.size(geojson) / 1e6, 0), "MB", "");

        double ours;
        try (HeapMonitor heap = HeapMonitor.start();
                ProjectStore store = ProjectStore.create(dir.resolve("project.gpkg"))) {
            CpuClock cpu = CpuClock.start();
            start = System.nanoTime();
            ImportReport report =
                    IMPORTER.importFile(store, geojson, Optional.of(SourceKind.BUILDINGS), Optional.empty(), progress);
            ours = StoreBench.seconds(start);
            table.add(
                    Msg.get("bench.import.imported"),
                    Msg.count(report.counts().imported()),
                    Msg.get("bench.unit.buildings"),
                    Msg.count(n));
            table.add(Msg.get("bench.import.wallTime"), Msg.decimal(ours, 1), "s", "");
            table.add(
                    Msg.get("bench.import.speed"),
                    Msg.count(Math.round(n / ours)),
                    Msg.get("bench.unit.featuresPerSecond"),
                    "");
            table.add(Msg.get("bench.cpuTime"), Msg.decimal(cpu.seconds(), 1), "s", "");
            table.add(
                    Msg.get("bench.peakHeap"),
                    Msg.count(StoreBench.mb(heap.peakBytes())),
                    "MB",
                    Msg.get("bench.goal.heap"));
            timeAppend(dir, store);
        }

        Optional<Path> ogr2ogr = onPath("ogr2ogr");
        if (ogr2ogr.isPresent()) {
            double gdal = timeOgr2ogr(ogr2ogr.get(), geojson, dir.resolve("ogr2ogr.gpkg"));
            table.add(Msg.get("bench.import.ogrTime"), Msg.decimal(gdal, 1), "s", "");
            table.add(Msg.get("bench.import.ratio"), Msg.decimal(gdal / ours, 2), "x", Msg.get("bench.goal.ratio"));
        } else {
            table.add(Msg.get("bench.import.ogrMissing"), "-", "", "");
        }
        Files.deleteIfExists(dir.resolve("ogr2ogr.gpkg"));
        Files.delete(geojson);

        timeOneParkExtract(dir);
        return table;
    }

    /**
     * A second file of N/10 buildings (ids and places after the first N) into the project of N: the
     * new rows and their R-tree entries join a large table. rtreecheck() must pass afterwards.
     */
    private void timeAppend(Path dir, ProjectStore store) throws IOException, ImportException, StoreException {
        long n = layout.buildingCount();
        long extra = Math.max(1, n / 10);
        Path second = dir.resolve("panden-aanvulling.geojson");
        writeGeoJson(second, n, n + extra);
        CpuClock cpu = CpuClock.start();
        long start = System.nanoTime();
        ImportReport report =
                IMPORTER.importFile(store, second, Optional.of(SourceKind.BUILDINGS), Optional.empty(), progress);
        double seconds = StoreBench.seconds(start);
        table.add(
                Msg.get("bench.import.appendTime", Msg.count(report.counts().imported()), Msg.count(n)),
                Msg.decimal(seconds, 1),
                "s",
                "");
        table.add(Msg.get("bench.cpuTime"), Msg.decimal(cpu.seconds(), 1), "s", "");
        table.add(Msg.get("bench.import.rtreeCheck"), rtreeCheck(store.file()), "", "ok");
        Files.delete(second);
    }

    private static String rtreeCheck(Path project) throws IOException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + project);
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT rtreecheck('rtree_panden_geom')")) {
            return rs.next() ? rs.getString(1) : "-";
        } catch (java.sql.SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void writeGeoJson(Path file) throws IOException {
        writeGeoJson(file, 0, layout.buildingCount());
    }

    private void writeGeoJson(Path file, long from, long to) throws IOException {
        String stage = Msg.get("bench.progress.writeGeoJson");
        long n = to - from;
        try (GeoJsonWriter out = GeoJsonWriter.create(file, GeoJsonWriter.Options.rdNew())) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (long i = from; i < to; i++) {
                properties.put("identificatie", SyntheticLayout.buildingId(i));
                properties.put("bouwjaar", SyntheticLayout.constructionYear(i));
                properties.put("status", "Pand in gebruik");
                properties.put("gebruiksdoel", "industriefunctie");
                out.write(layout.footprint(i), properties);
                if (i % 50_000 == 0) {
                    progress.report(i - from, n, stage);
                }
            }
        }
        progress.report(n, n, stage);
    }

    private double timeOgr2ogr(Path ogr2ogr, Path geojson, Path out) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(ogr2ogr.toString(), "-f", "GPKG", out.toString(), geojson.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        int code = pb.start().waitFor();
        double seconds = StoreBench.seconds(start);
        if (code != 0) {
            throw new IOException(Msg.get("bench.import.ogrFailed", code));
        }
        return seconds;
    }

    /** A one-park extract from a bag-light style GeoPackage of all N buildings, into a project with that park. */
    private void timeOneParkExtract(Path dir) throws IOException, StoreException, ImportException {
        Path source = dir.resolve("bag-light.gpkg");
        writeBagLight(source);
        int park = layout.middlePark();
        String parkId = SyntheticLayout.parkId(park);
        try (ProjectStore store = ProjectStore.create(dir.resolve("terrein.gpkg"))) {
            try (ImportSession s = store.beginImport(new Provenance(
                    "proefterrein",
                    SourceKind.PARKS,
                    Msg.get("bench.format.synthetic"),
                    "EPSG:28992",
                    Instant.now(),
                    ImportCounts.NONE,
                    List.of()))) {
                s.add(layout.park(park));
                s.commit(ImportCounts.allImported(1));
            }
            long start = System.nanoTime();
            ImportReport report = IMPORTER.importFile(
                    store, source, Optional.of(SourceKind.BUILDINGS), Optional.of(parkId), Progress.NONE);
            double seconds = StoreBench.seconds(start);
            table.add(
                    Msg.get("bench.import.extractTime", parkId),
                    Msg.decimal(seconds, 2),
                    "s",
                    Msg.get("bench.goal.extract"));
            table.add(
                    Msg.get("bench.import.extracted"),
                    Msg.count(report.counts().imported()),
                    Msg.get("bench.unit.buildings"),
                    "");
        }
    }

    private void writeBagLight(Path file) throws IOException {
        String stage = Msg.get("bench.progress.writeGpkg");
        long n = layout.buildingCount();
        try (GeoPackageWriter gpkg = GeoPackageWriter.create(file)) {
            gpkg.registerSrs(28992);
            gpkg.createFeatureTable(
                    "pand",
                    GeometryType.POLYGON,
                    28992,
                    List.of(
                            Column.of("identificatie", ColumnType.TEXT),
                            Column.of("bouwjaar", ColumnType.INTEGER),
                            Column.of("status", ColumnType.TEXT),
                            Column.of("gebruiksdoel", ColumnType.TEXT)));
            try (RowInserter rows = gpkg.insert("pand")) {
                for (long i = 0; i < n; i++) {
                    rows.add(
                            layout.footprint(i),
                            SyntheticLayout.buildingId(i),
                            SyntheticLayout.constructionYear(i),
                            "Pand in gebruik",
                            "industriefunctie");
                    if (i % 50_000 == 0) {
                        progress.report(i, n, stage);
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
            progress.report(n, n, stage);
            gpkg.commit();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of(program, program + ".exe")) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
