/**
 * Reports a consultant hands over, written headless (no JavaFX) so the command line and the
 * workbench share them: the inputs of a report and the names and texts they use.
 */
package nl.kansenkaart.app.report;
