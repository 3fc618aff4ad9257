package nl.kansenkaart.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.FormatProvider;
import nl.kansenkaart.io.source.SourceException;

/** The CSV provider: .csv/.tsv/.txt files and zip files holding one CSV; one layer per file. */
public final class CsvFormat implements FormatProvider {

    @Override
    public String formatName() {
        return "CSV";
    }

    @Override
    public boolean probe(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return true;
        }
        if (CsvInput.isZip(file)) {
            try {
                return !CsvInput.csvEntries(file).isEmpty();
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    @Override
    public List<String> layerNames(Path file) throws SourceException {
        return List.of(layerName(file));
    }

    @Override
    public FeatureLayer open(Path file, String layerName) throws SourceException {
        if (!layerName.equals(layerName(file))) {
            throw new SourceException(file, "het CSV-bestand heeft geen laag \"" + layerName + "\"");
        }
        return CsvLayer.open(file, layerName);
    }

    /** Opens the file's only layer. */
    public CsvLayer open(Path file) throws SourceException {
        return CsvLayer.open(file, layerName(file));
    }

    static String layerName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
