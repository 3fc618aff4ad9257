/**
 * The format-neutral side of reading a source file: a file holds layers, a layer streams features
 * (geometry in the source CRS plus attributes). One provider per format recognises and opens files.
 */
package nl.kansenkaart.io.source;
