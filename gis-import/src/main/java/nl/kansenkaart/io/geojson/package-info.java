/** GeoJSON (RFC 7946) reading and writing, streamed feature by feature with Jackson. */
package nl.kansenkaart.io.geojson;
