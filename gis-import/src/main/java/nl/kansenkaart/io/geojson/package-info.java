/**
 * GeoJSON sources: FeatureCollections (RFC 7946 or with an old crs member) and newline-delimited
 * GeoJSON sequences, read as a stream with Jackson's streaming parser.
 */
package nl.kansenkaart.io.geojson;
