package nl.kansenkaart.samples;

import nl.kansenkaart.io.SourceKind;

/**
 * One file of the sample park, in import order.
 *
 * @param fileName the main file's name (for a shapefile the .shp; its sidecars sit beside it)
 * @param kind what the file holds, as the import's {@code --as} names it
 * @param description one Dutch sentence for the consultant
 */
public record SampleFile(String fileName, SourceKind kind, String description) {

    public SampleFile {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("bestandsnaam is leeg");
        }
        if (kind == null) {
            throw new IllegalArgumentException("soort van " + fileName + " ontbreekt");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("omschrijving van " + fileName + " is leeg");
        }
    }
}
