/**
 * ESRI Shapefile reading and writing: .shp/.shx geometry records onto JTS, .dbf attributes (javadbf),
 * .prj and .cpg, also zipped.
 */
package nl.kansenkaart.io.shapefile;
