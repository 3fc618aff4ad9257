/** Progress and cancellation for long work, which the command line and the workbench adapt. */
package nl.kansenkaart.core.progress;
