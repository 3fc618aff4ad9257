package nl.kansenkaart.io.geojson;

/** Well-formed JSON that is not valid GeoJSON; the layer turns it into a SourceException. */
final class GeoJsonContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GeoJsonContentException(String reason) {
        super(reason);
    }
}
