package nl.kansenkaart.io.geopackage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Envelope;
import org.sqlite.Function;

/**
 * The SQL functions that the GeoPackage R-tree triggers call (ST_MinX, ST_MaxX, ST_MinY, ST_MaxY,
 * ST_IsEmpty). GDAL and QGIS register their own; a plain JDBC connection must register these before
 * it writes to an indexed table, or SQLite fails with "no such function".
 */
public final class GeoPackageFunctions {
    private GeoPackageFunctions() {}

    /** Registers the functions on a sqlite-jdbc connection. */
    public static void register(Connection connection) throws SQLException {
        bound(connection, "ST_MinX", Envelope::getMinX);
        bound(connection, "ST_MaxX", Envelope::getMaxX);
        bound(connection, "ST_MinY", Envelope::getMinY);
        bound(connection, "ST_MaxY", Envelope::getMaxY);
        Function.create(
                connection,
                "ST_IsEmpty",
                new Function() {
                    @java.lang.Override
                    protected void xFunc() throws SQLException {
                        byte[] blob = value_blob(0);
                        if (blob == null) {
                            result();
                        } else {
                            result(GeoPackageGeometry.isEmpty(blob) ? 1 : 0);
                        }
                    }
                },
                1,
                Function.FLAG_DETERMINISTIC);
    }

    private static void bound(Connection connection, String name, ToDoubleFunction<Envelope> part) throws SQLException {
        Function.create(
                connection,
                name,
                new Function() {
                    @java.lang.Override
                    protected void xFunc() throws SQLException {
                        byte[] blob = value_blob(0);
                        if (blob == null || GeoPackageGeometry.isEmpty(blob)) {
                            result();
                        } else {
                            result(part.applyAsDouble(GeoPackageGeometry.envelope(blob)));
                        }
                    }
                },
                1,
                Function.FLAG_DETERMINISTIC);
    }
}
