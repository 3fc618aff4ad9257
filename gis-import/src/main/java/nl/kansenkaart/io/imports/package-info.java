/**
 * Imports one source file into the project store in one transaction: detects the format and what
 * each layer holds, maps and counts every feature, matches companies to addresses, and reports in Dutch.
 */
package nl.kansenkaart.io.imports;
