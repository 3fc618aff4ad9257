package nl.kansenkaart.io.geopackage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.io.source.CrsRef;

/**
 * What the GeoPackage's metadata tables say about one content table.
 *
 * @param name the table name
 * @param primaryKey the integer primary key column (fid), when there is one
 * @param geometryColumn the geometry column, for feature tables
 * @param columns the other columns with their declared types (upper case), in table order
 * @param crs the table's CRS from gpkg_spatial_ref_sys
 * @param rtree the R-tree index table (rtree_table_geom), when present
 */
record GpkgTable(
        String name,
        Optional<String> primaryKey,
        Optional<String> geometryColumn,
        List<Column> columns,
        CrsRef crs,
        Optional<String> rtree) {

    /** One attribute column. */
    record Column(String name, String type) {}

    static GpkgTable read(Connection c, String table) throws SQLException {
        Optional<String> geometry = Optional.empty();
        CrsRef crs = CrsRef.UNDECLARED;
        try (PreparedStatement s = c.prepareStatement(
                "select g.column_name, s.organization, s.organization_coordsys_id, s.definition, g.srs_id"
                        + " from gpkg_geometry_columns g left join gpkg_spatial_ref_sys s on s.srs_id = g.srs_id"
                        + " where g.table_name = ?")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    geometry = Optional.of(r.getString(1));
                    crs = crs(r.getString(2), r.getInt(3), r.getString(4), r.getInt(5));
                }
            }
        }
        Optional<String> pk = Optional.empty();
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select name, type, pk from pragma_table_info(?)")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(1);
                    String type = r.getString(2) == null ? "" : r.getString(2).toUpperCase(Locale.ROOT);
                    if (r.getInt(3) == 1 && type.startsWith("INT")) {
                        pk = Optional.of(name);
                    } else if (geometry.map(name::equalsIgnoreCase).orElse(false)) {
                        continue;
                    } else {
                        columns.add(new Column(name, type));
                    }
                }
            }
        }
        Optional<String> rtree = Optional.empty();
        if (geometry.isPresent()) {
            String rtreeName = "rtree_" + table + "_" + geometry.get();
            try (PreparedStatement s = c.prepareStatement("select 1 from sqlite_master where name = ?")) {
                s.setString(1, rtreeName);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        rtree = Optional.of(rtreeName);
                    }
                }
            }
        }
        return new GpkgTable(table, pk, geometry, List.copyOf(columns), crs, rtree);
    }

    private static CrsRef crs(String organization, int code, String definition, int srsId) {
        if (organization != null && organization.equalsIgnoreCase("EPSG") && code > 0) {
            return CrsRef.epsg(code);
        }
        if (srsId <= 0) {
            return CrsRef.UNDECLARED; // -1 undefined Cartesian, 0 undefined geographic
        }
        return new CrsRef(
                OptionalInt.empty(), Optional.ofNullable(definition).or(() -> Optional.of("srs_id " + srsId)));
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
