/**
 * The one map renderer: viewport maths, map themes as data plus style, and Java2D drawing of a
 * park's layers with legend, scale bar and attribution. No JavaFX here, so the command line renders
 * the same maps headless.
 */
package nl.kansenkaart.app.map;
