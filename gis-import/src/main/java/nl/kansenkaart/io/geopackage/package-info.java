/**
 * OGC GeoPackage with plain JDBC on sqlite-jdbc: reading any feature or attribute table as a source
 * (geometry blobs decoded onto JTS), and low-level writing of core tables, SRS rows, feature and
 * attribute tables, the binary geometry encoding and the R-tree index, in the form QGIS and GDAL read.
 */
package nl.kansenkaart.io.geopackage;
