/** The domain of the Kansenkaart workbench: immutable records and pure analyses, JTS only. */
package nl.kansenkaart.core;
