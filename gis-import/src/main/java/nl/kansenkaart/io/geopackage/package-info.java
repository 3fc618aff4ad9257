/**
 * Low-level OGC GeoPackage writing with plain JDBC: core tables, SRS rows, feature and attribute
 * tables, the binary geometry encoding and the R-tree index, in the form QGIS and GDAL read.
 */
package nl.kansenkaart.io.geopackage;
