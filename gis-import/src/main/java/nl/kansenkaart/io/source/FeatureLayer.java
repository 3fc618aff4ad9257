package nl.kansenkaart.io.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One layer of a source file (a GeoJSON collection, a shapefile, a GeoPackage table, a CSV), read
 * as a stream: features come one at a time and are not kept.
 */
public interface FeatureLayer extends Closeable {

    /** The layer name (table name, file name without extension). */
    String name();

    /** The attribute field names, in source order, as far as known before reading. */
    List<String> fieldNames();

    /** The CRS the layer declares, or {@link CrsRef#UNDECLARED}. */
    CrsRef crs();

    /** The number of features when the format knows it cheaply, for progress. */
    default Optional<Long> sizeHint() {
        return Optional.empty();
    }

    /**
     * How much of the source has been read so far, from 0 to 1 (bytes consumed of the file's bytes),
     * when the format can tell cheaply: progress estimates its total from it when {@link #sizeHint}
     * is empty (a large GeoJSON file is read once, without counting its features first).
     */
    default OptionalDouble fractionRead() {
        return OptionalDouble.empty();
    }

    /**
     * The next feature, or empty at the end.
     *
     * @throws SourceException when the content is broken; the message names file, feature and reason
     */
    Optional<SourceFeature> next() throws SourceException;

    @Override
    void close() throws IOException;
}
