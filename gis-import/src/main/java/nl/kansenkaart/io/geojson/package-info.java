/**
 * GeoJSON reading and writing, streamed feature by feature with Jackson: FeatureCollections (RFC 7946
 * or with an old crs member) and newline-delimited GeoJSON sequences.
 */
package nl.kansenkaart.io.geojson;
