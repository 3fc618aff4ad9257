package nl.kansenkaart.io.capaciteitskaart;

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

/**
 * The provider for the capaciteitskaart JSON of the open data model (im-capaciteitskaart,
 * Netbeheer Nederland): one layer of postcode areas per file. Registered before GeoJSON, since both
 * are .json files; it accepts only a JSON object that names the model's lists of energy areas.
 */
public final class CapaciteitskaartFormat implements FormatProvider {
    /** How much of the file's start the probe looks at. */
    private static final int HEAD_BYTES = 1 << 16;

    @Override
    public String formatName() {
        return "Capaciteitskaart-JSON";
    }

    @Override
    public boolean probe(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json")) {
            return false;
        }
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        String trimmed = head.replace("\uFEFF", "").stripLeading();
        if (!trimmed.startsWith("{") || head.contains("\"FeatureCollection\"") || head.contains("\"CityJSON")) {
            return false;
        }
        // The lists of the model's versions: energy_areas (v1.2) and substations (v1.0, also in camel case).
        return head.matches("(?s).*\"(energy_areas|substations|Substations)\"\\s*:\\s*\\[.*")
                || head.matches("(?s).*\"conforms_?[tT]o\"\\s*:\\s*\"[^\"]*capaciteitskaart.*");
    }

    @Override
    public List<String> layerNames(Path file) {
        return List.of(CapaciteitskaartLayer.LAYER_NAME);
    }

    @Override
    public FeatureLayer open(Path file, String layerName) throws SourceException {
        if (!layerName.equals(CapaciteitskaartLayer.LAYER_NAME)) {
            throw new SourceException(file, "de capaciteitskaart-JSON heeft geen laag \"" + layerName + "\"");
        }
        return CapaciteitskaartLayer.open(file);
    }
}
