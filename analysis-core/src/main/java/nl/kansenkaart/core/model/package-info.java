/**
 * The records every analysis reads: parks, buildings, units, roofs, labels, grid areas and
 * companies, with geometry as JTS in RD New (EPSG:28992). Constructors validate and say why.
 */
package nl.kansenkaart.core.model;
