/**
 * ESRI shapefile sources (.shp geometry read here onto JTS, .dbf attributes with javadbf, .prj and
 * .cpg), also zipped.
 */
package nl.kansenkaart.io.shapefile;
