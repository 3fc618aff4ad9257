/**
 * The Excel workbook in the leidraad's shape, streamed with Apache POI (SXSSF) so a 100,000-row
 * adressenlijst stays within a small heap.
 */
package nl.kansenkaart.app.report.excel;
