/**
 * The headless {@code kansenkaart} command line (picocli): subcommands, exit codes, Dutch messages
 * and progress on stderr. It drives the same engine as the workbench.
 */
package nl.kansenkaart.app.cli;
