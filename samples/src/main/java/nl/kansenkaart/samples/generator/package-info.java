/**
 * The deterministic generator of the sample park "Bedrijventerrein De Vaart": a seeded layout of
 * streets, panden, verblijfsobjecten, roofs, labels, grid areas and companies, written in the formats
 * users download.
 */
package nl.kansenkaart.samples.generator;
