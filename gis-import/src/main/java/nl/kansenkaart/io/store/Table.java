package nl.kansenkaart.io.store;

import java.util.List;
import java.util.Optional;
import nl.kansenkaart.io.geopackage.Column;
import nl.kansenkaart.io.geopackage.GeometryType;

/**
 * One table of the project file as QGIS shows it: its Dutch name, geometry type (for feature
 * tables), attribute columns, secondary indexes and whether imports fill it (then it has a
 * {@code bron} column naming the source).
 */
record Table(
        String name,
        Optional<GeometryType> geometryType,
        List<Column> columns,
        List<Index> indexes,
        boolean imported,
        String description) {

    /** A secondary index; unique ones are the keys on which a newer import row replaces an older one. */
    record Index(String name, boolean unique, List<String> columns, String where) {
        Index(String name, boolean unique, List<String> columns) {
            this(name, unique, columns, "");
        }
    }

    Table {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
    }

    /** A result feature table: MultiPolygons in RD New with an index on the park column. */
    static Table result(String name, String description, List<Column> columns) {
        return new Table(
                name,
                Optional.of(GeometryType.MULTIPOLYGON),
                columns,
                // Replacing a park's results deletes by park: without this index it scans the table.
                List.of(new Index(name + "_park", false, List.of(ResultTables.PARK_COLUMN))),
                false,
                description);
    }

    boolean isFeature() {
        return geometryType.isPresent();
    }

    /** The column names in table order (without fid and geom). */
    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
