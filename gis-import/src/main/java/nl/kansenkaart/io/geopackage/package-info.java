/**
 * GeoPackage sources (any feature or attribute table of any OGC GeoPackage), read through plain
 * JDBC on sqlite-jdbc with the GeoPackage geometry blobs decoded onto JTS.
 */
package nl.kansenkaart.io.geopackage;
