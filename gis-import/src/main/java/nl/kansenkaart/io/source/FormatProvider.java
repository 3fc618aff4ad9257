package nl.kansenkaart.io.source;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one file format. Providers are found through {@link java.util.ServiceLoader}; the first
 * whose {@link #probe} accepts a file opens it.
 */
public interface FormatProvider {

    /** The format's name for reports and provenance ("GeoJSON", "ESRI Shapefile", "GeoPackage"). */
    String formatName();

    /** A cheap look at the file name and first bytes: does this provider read it? */
    boolean probe(Path file);

    /**
     * The names of the layers in the file, cheap (no features read).
     *
     * @throws SourceException when the file cannot be opened
     */
    List<String> layerNames(Path file) throws SourceException;

    /**
     * Opens one layer for streaming.
     *
     * @throws SourceException when the file or layer cannot be opened
     */
    FeatureLayer open(Path file, String layerName) throws SourceException;
}
