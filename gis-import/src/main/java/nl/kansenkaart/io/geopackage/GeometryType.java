package nl.kansenkaart.io.geopackage;

/** The geometry type of a feature table, as gpkg_geometry_columns names it. */
public enum GeometryType {
    GEOMETRY,
    POINT,
    LINESTRING,
    POLYGON,
    MULTIPOINT,
    MULTILINESTRING,
    MULTIPOLYGON
}
