/** ESRI Shapefile reading and writing: .shp/.shx geometry records, .dbf attributes, .prj and .cpg. */
package nl.kansenkaart.io.shapefile;
