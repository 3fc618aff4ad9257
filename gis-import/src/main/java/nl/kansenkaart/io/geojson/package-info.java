/**
 * GeoJSON sources and files, streamed feature by feature with Jackson: reading FeatureCollections
 * (RFC 7946 or with an old crs member) and newline-delimited sequences, and writing RFC 7946.
 */
package nl.kansenkaart.io.geojson;
