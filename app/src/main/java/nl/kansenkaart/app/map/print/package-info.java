/**
 * Print-quality kansenkaart maps: a page layout in millimetres (map frame, title block, legend
 * panel, scale, north arrow, sources) drawn by the one Java2D map renderer into PNG and vector PDF.
 */
package nl.kansenkaart.app.map.print;
