package nl.kansenkaart.io.geopackage;

/**
 * An attribute column of a GeoPackage table.
 *
 * @param name the column name as users see it in QGIS (lower case snake_case)
 * @param type the declared type
 * @param notNull whether the column refuses NULL
 * @param unique whether values must be unique (an INSERT OR REPLACE then replaces the older row)
 */
public record Column(String name, ColumnType type, boolean notNull, boolean unique) {

    public Column {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("ongeldige kolomnaam '" + name + "' (kleine letters, cijfers en _)");
        }
        if (type == null) {
            throw new IllegalArgumentException("kolom " + name + " heeft geen type");
        }
    }

    /** A nullable column. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, false, false);
    }

    /** A column that must have a value. */
    public static Column required(String name, ColumnType type) {
        return new Column(name, type, true, false);
    }

    /** A column that must have a value, unique within the table (an identifier). */
    public static Column key(String name, ColumnType type) {
        return new Column(name, type, true, true);
    }

    /** The column definition for CREATE TABLE. */
    String ddl() {
        return Sql.quote(name) + " " + type.name() + (notNull ? " NOT NULL" : "") + (unique ? " UNIQUE" : "");
    }
}
