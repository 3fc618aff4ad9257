/**
 * ESRI shapefile sources and files: reading (.shp geometry onto JTS, .dbf attributes with javadbf,
 * .prj and .cpg, also zipped) and writing (.shp/.shx/.dbf/.prj/.cpg).
 */
package nl.kansenkaart.io.shapefile;
