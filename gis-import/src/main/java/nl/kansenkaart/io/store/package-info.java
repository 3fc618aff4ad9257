/**
 * The project file: one OGC GeoPackage per project holding every imported source, the consultant's
 * edits and where each row came from, with all-or-nothing imports and a snapshot per plan area.
 */
package nl.kansenkaart.io.store;
