package nl.kansenkaart.io.geojson;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.FormatProvider;
import nl.kansenkaart.io.source.SourceException;

/** The GeoJSON provider: one layer per file, a FeatureCollection or a GeoJSON sequence. */
public final class GeoJsonFormat implements FormatProvider {

    @Override
    public String formatName() {
        return "GeoJSON";
    }

    @Override
    public boolean probe(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean jsonName = name.endsWith(".geojson")
                || name.endsWith(".json")
                || name.endsWith(".geojsonl")
                || name.endsWith(".geojsons")
                || name.endsWith(".geojsonseq")
                || name.endsWith(".ndjson")
                || name.endsWith(".jsonl");
        return jsonName && GeoJsonProbe.looksLikeGeoJson(file);
    }

    @Override
    public List<String> layerNames(Path file) throws SourceException {
        return List.of(layerName(file));
    }

    @Override
    public FeatureLayer open(Path file, String layerName) throws SourceException {
        if (!layerName.equals(layerName(file))) {
            throw new SourceException(file, "het GeoJSON-bestand heeft geen laag \"" + layerName + "\"");
        }
        return GeoJsonLayer.open(file, layerName);
    }

    static String layerName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
