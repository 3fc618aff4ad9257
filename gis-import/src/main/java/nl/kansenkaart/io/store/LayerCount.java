package nl.kansenkaart.io.store;

/**
 * The number of rows in one table of the project file.
 *
 * @param layerName the table name as QGIS shows it ("panden")
 * @param count the number of rows
 */
public record LayerCount(String layerName, long count) {

    public LayerCount {
        if (layerName == null || layerName.isBlank()) {
            throw new IllegalArgumentException("laagnaam is leeg");
        }
        if (count < 0) {
            throw new IllegalArgumentException("negatief aantal " + count + " in laag " + layerName);
        }
    }
}
