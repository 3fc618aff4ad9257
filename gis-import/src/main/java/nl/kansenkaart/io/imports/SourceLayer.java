package nl.kansenkaart.io.imports;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.kansenkaart.io.crs.CrsGuess;
import nl.kansenkaart.io.crs.CrsTransforms;
import nl.kansenkaart.io.crs.ResolvedCrs;
import nl.kansenkaart.io.geopackage.GeoPackageFormat;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.FormatProvider;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * One opened layer with its first features read ahead: enough to know its field names (also for
 * formats that learn them while reading) and to resolve its CRS from declaration and coordinates.
 */
final class SourceLayer implements Closeable {
    /** How many features are read ahead to recognise fields and guess the CRS. */
    static final int PEEK = 50;

    private final FeatureLayer layer;
    private final Deque<SourceFeature> peeked = new ArrayDeque<>();
    private final List<String> fieldNames;
    private final Optional<ResolvedCrs> crs;
    private final boolean filteredByIndex;

    private SourceLayer(Path file, FeatureLayer layer, boolean filteredByIndex) throws SourceException {
        this.layer = layer;
        this.filteredByIndex = filteredByIndex;
        Envelope seen = new Envelope();
        Set<String> names = new LinkedHashSet<>(layer.fieldNames());
        for (int i = 0; i < PEEK; i++) {
            Optional<SourceFeature> f = layer.next();
            if (f.isEmpty()) {
                break;
            }
            peeked.add(f.get());
            names.addAll(f.get().attributes().keySet());
            f.get().geometry().ifPresent(g -> seen.expandToInclude(g.getEnvelopeInternal()));
        }
        this.fieldNames = new ArrayList<>(names);
        if (seen.isNull() && layer.crs().epsg().isEmpty()) {
            this.crs = Optional.empty();
        } else {
            this.crs = Optional.of(CrsGuess.resolve(file, layer.crs(), seen));
        }
    }

    /**
     * Opens a layer; a GeoPackage layer is limited to an RD envelope through its R-tree when given.
     */
    static SourceLayer open(FormatProvider provider, Path file, String name, Optional<Envelope> rdFilter)
            throws SourceException {
        boolean indexed = rdFilter.isPresent() && provider instanceof GeoPackageFormat;
        FeatureLayer layer =
                indexed ? ((GeoPackageFormat) provider).open(file, name, rdFilter.get()) : provider.open(file, name);
        try {
            return new SourceLayer(file, layer, indexed);
        } catch (SourceException | RuntimeException e) {
            try {
                layer.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    String name() {
        return layer.name();
    }

    List<String> fieldNames() {
        return fieldNames;
    }

    Optional<Long> sizeHint() {
        return layer.sizeHint();
    }

    /** The share of the source read so far (features read ahead included), when the format knows it. */
    OptionalDouble fractionRead() {
        return layer.fractionRead();
    }

    /** The CRS, empty for a layer without geometry. */
    Optional<ResolvedCrs> crs() {
        return crs;
    }

    /** Whether the GeoPackage's spatial index already limited the features to the park. */
    boolean filteredByIndex() {
        return filteredByIndex;
    }

    /** The CRS as the report names it. */
    String crsText() {
        return crs.map(c ->
                        c.crs().epsg().isPresent() ? "EPSG:" + c.crs().epsg().getAsInt() : "onbekend")
                .orElse("geen geometrie");
    }

    /** The transform of this layer's geometries to RD New. */
    UnaryOperator<Geometry> toRd(Path file) throws SourceException {
        if (crs.isEmpty()) {
            return g -> {
                throw new IllegalStateException("laag zonder coördinatenstelsel heeft toch een geometrie");
            };
        }
        int epsg = crs.get().crs().epsg().orElseThrow();
        return CrsTransforms.toRd(epsg)
                .<UnaryOperator<Geometry>>map(t -> t)
                .orElseThrow(() ->
                        new SourceException(file, "het coördinatenstelsel EPSG:" + epsg + " wordt niet ondersteund"));
    }

    Optional<SourceFeature> next() throws SourceException {
        if (!peeked.isEmpty()) {
            return Optional.of(peeked.poll());
        }
        return layer.next();
    }

    @Override
    public void close() throws IOException {
        layer.close();
    }
}
