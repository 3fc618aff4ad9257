package nl.kansenkaart.io.shapefile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of one shapefile: the .shp and its siblings with the same base name (any letter case).
 *
 * @param shp the geometry file
 * @param dbf the attribute table, when present
 * @param prj the CRS description, when present
 * @param cpg the attribute encoding, when present
 */
record ShapefileSet(Path shp, Optional<Path> dbf, Optional<Path> prj, Optional<Path> cpg) {

    static final Charset CP1252 = Charset.forName("windows-1252");

    private static final Map<String, Charset> CODE_PAGES = Map.of(
            "UTF-8", StandardCharsets.UTF_8,
            "UTF8", StandardCharsets.UTF_8,
            "1252", CP1252,
            "ANSI 1252", CP1252,
            "CP1252", CP1252,
            "WINDOWS-1252", CP1252,
            "88591", StandardCharsets.ISO_8859_1,
            "8859-1", StandardCharsets.ISO_8859_1,
            "ISO-8859-1", StandardCharsets.ISO_8859_1,
            "ISO88591", StandardCharsets.ISO_8859_1);

    static ShapefileSet of(Path shp) throws IOException {
        return new ShapefileSet(shp, sibling(shp, "dbf"), sibling(shp, "prj"), sibling(shp, "cpg"));
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Optional<Path> sibling(Path shp, String extension) throws IOException {
        Path dir = shp.toAbsolutePath().getParent();
        String base = baseName(shp);
        Path exact = dir.resolve(base + "." + extension);
        if (Files.exists(exact)) {
            return Optional.of(exact);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().equalsIgnoreCase(base + "." + extension))
                    .findFirst();
        }
    }

    /** The .cpg's encoding, else Windows-1252 (what ArcGIS and QGIS write without a .cpg in NL). */
    Charset charset() throws IOException {
        if (cpg.isEmpty()) {
            return CP1252;
        }
        String name =
                Files.readString(cpg.get(), StandardCharsets.US_ASCII).strip().toUpperCase(Locale.ROOT);
        Charset known = CODE_PAGES.get(name);
        if (known != null) {
            return known;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return CP1252;
        }
    }
}
