/**
 * CSV sources (EP-Online, KvK, lists with coordinates): delimiter, encoding and header detected,
 * optionally zipped, streamed row by row; x/y or lon/lat columns become point geometry.
 */
package nl.kansenkaart.io.csv;
