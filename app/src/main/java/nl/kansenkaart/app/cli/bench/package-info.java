/**
 * The {@code kansenkaart bench} stages: timed runs of the real engine on synthetic data, printed as
 * a table of measured figures beside their goals. Benchmarks, not tests.
 */
package nl.kansenkaart.app.cli.bench;
