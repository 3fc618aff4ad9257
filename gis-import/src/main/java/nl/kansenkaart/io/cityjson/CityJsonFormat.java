package nl.kansenkaart.io.cityjson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.FormatProvider;
import nl.kansenkaart.io.source.SourceException;

/** The CityJSON provider (3D BAG): .city.json and .city.jsonl files, layers "pand" and "dakvlak". */
public final class CityJsonFormat implements FormatProvider {

    @Override
    public String formatName() {
        return "CityJSON";
    }

    @Override
    public boolean probe(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".json") || name.endsWith(".jsonl"))) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.matches("(?s)\\s*\\{.*\"type\"\\s*:\\s*\"CityJSON\".*");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<String> layerNames(Path file) {
        return List.of(CityJsonLayer.PAND, CityJsonLayer.DAKVLAK);
    }

    @Override
    public FeatureLayer open(Path file, String layerName) throws SourceException {
        if (!layerNames(file).contains(layerName)) {
            throw new SourceException(
                    file,
                    "een CityJSON-bestand heeft alleen de lagen \"pand\" en \"dakvlak\", niet \"" + layerName + "\"");
        }
        return CityJsonLayer.open(file, layerName);
    }
}
