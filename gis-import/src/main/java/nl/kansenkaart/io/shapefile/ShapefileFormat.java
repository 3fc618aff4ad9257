package nl.kansenkaart.io.shapefile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.FormatProvider;
import nl.kansenkaart.io.source.SourceException;

/** The ESRI Shapefile provider: a .shp with its siblings, or a .zip holding one or more shapefile sets. */
public final class ShapefileFormat implements FormatProvider {

    @Override
    public String formatName() {
        return "ESRI Shapefile";
    }

    @Override
    public boolean probe(Path file) {
        String name = lower(file);
        if (name.endsWith(".shp")) {
            return true;
        }
        if (name.endsWith(".zip")) {
            try {
                return !shpEntries(file).isEmpty();
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    @Override
    public List<String> layerNames(Path file) throws SourceException {
        if (!lower(file).endsWith(".zip")) {
            return List.of(ShapefileSet.baseName(file));
        }
        try {
            return shpEntries(file).stream()
                    .map(e -> ShapefileSet.baseName(Path.of(leaf(e))))
                    .toList();
        } catch (IOException e) {
            throw new SourceException(file, OptionalLong.empty(), "kan het zip-bestand niet lezen: " + e, e);
        }
    }

    @Override
    public FeatureLayer open(Path file, String layerName) throws SourceException {
        if (!layerNames(file).contains(layerName)) {
            throw new SourceException(file, "de shapefile heeft geen laag \"" + layerName + "\"");
        }
        return openLayer(file, layerName);
    }

    /** Opens the first (for a .shp the only) layer. */
    public ShapefileLayer open(Path file) throws SourceException {
        List<String> names = layerNames(file);
        if (names.isEmpty()) {
            throw new SourceException(file, "het zip-bestand bevat geen shapefile (.shp)");
        }
        return openLayer(file, names.get(0));
    }

    private ShapefileLayer openLayer(Path file, String layerName) throws SourceException {
        if (!lower(file).endsWith(".zip")) {
            try {
                return ShapefileLayer.open(file, ShapefileSet.of(file), () -> {});
            } catch (IOException e) {
                throw new SourceException(file, OptionalLong.empty(), "kan de shapefile niet lezen: " + e, e);
            }
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("kansenkaart-shp");
        } catch (IOException e) {
            throw new SourceException(file, OptionalLong.empty(), "kan geen tijdelijke map maken: " + e, e);
        }
        Runnable cleanup = () -> deleteTree(dir);
        try {
            Path shp = extract(file, layerName, dir);
            return ShapefileLayer.open(file, ShapefileSet.of(shp), cleanup);
        } catch (IOException e) {
            cleanup.run();
            throw new SourceException(file, OptionalLong.empty(), "kan het zip-bestand niet uitpakken: " + e, e);
        }
    }

    /** Streams the zip once and writes the entries of one set (by leaf name, so no path escapes dir). */
    private static Path extract(Path zip, String layerName, Path dir) throws IOException {
        Path shp = null;
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String leaf = leaf(e.getName());
                if (e.isDirectory() || !ShapefileSet.baseName(Path.of(leaf)).equals(layerName)) {
                    continue;
                }
                Path target = dir.resolve(leaf);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                if (leaf.toLowerCase(Locale.ROOT).endsWith(".shp")) {
                    shp = target;
                }
            }
        }
        if (shp == null) {
            throw new IOException("geen .shp voor laag " + layerName);
        }
        return shp;
    }

    private static List<String> shpEntries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(zip);
                ZipInputStream in = new ZipInputStream(new BufferedInputStream(raw))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".shp")) {
                    names.add(e.getName());
                }
            }
        }
        return names;
    }

    private static String leaf(String entryName) {
        String n = entryName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static String lower(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("tijdelijke map " + dir + " niet opgeruimd", e);
        }
    }
}
