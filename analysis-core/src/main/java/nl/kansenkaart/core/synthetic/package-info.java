/**
 * Deterministic synthetic parks for benchmarks and scale tests: one raster park of any size, and a
 * national set of parks generated one park at a time so the country never has to sit in memory.
 */
package nl.kansenkaart.core.synthetic;
