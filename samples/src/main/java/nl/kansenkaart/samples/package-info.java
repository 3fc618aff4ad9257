/**
 * The embedded sample park "Bedrijventerrein De Vaart": its files on the classpath, in the formats
 * users download, and what they contain, so a demo runs the real import path.
 */
package nl.kansenkaart.samples;
