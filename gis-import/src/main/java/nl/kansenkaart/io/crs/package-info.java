/**
 * Coordinate reference systems of source files: transforms to RD New (EPSG:28992) with proj4j, and
 * a guess from the coordinates when a file does not say which system it uses.
 */
package nl.kansenkaart.io.crs;
