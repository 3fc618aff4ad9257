/** The Kansenkaart application: its entry point; the command line, workbench and exports live in sub-packages. */
package nl.kansenkaart.app;
