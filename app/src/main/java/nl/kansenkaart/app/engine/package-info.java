/**
 * The headless orchestration of the analyses and exports of one park, shared by the command line
 * and the workbench: assumptions from one file, analyses, results into the project, workbook and maps.
 */
package nl.kansenkaart.app.engine;
