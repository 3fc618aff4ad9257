package nl.kansenkaart.io.geopackage;

/** The GeoPackage column types this writer creates; DATE and DATETIME are ISO-8601 text, as GDAL reads them. */
public enum ColumnType {
    TEXT,
    INTEGER,
    REAL,
    /** "2024-05-31". */
    DATE,
    /** "2024-05-31T12:00:00.000Z". */
    DATETIME
}
