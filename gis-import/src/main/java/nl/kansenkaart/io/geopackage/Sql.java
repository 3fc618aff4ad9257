package nl.kansenkaart.io.geopackage;

/** SQL text helpers shared by the writer classes. */
final class Sql {
    private Sql() {}

    /** An identifier in double quotes, as GDAL writes them. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A string literal in single quotes. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
