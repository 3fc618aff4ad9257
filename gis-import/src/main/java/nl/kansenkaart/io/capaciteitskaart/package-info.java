/**
 * The open data model of Netbeheer Nederland's capaciteitskaart (im-capaciteitskaart): a JSON
 * dataset of energy areas with their PC6 postcode areas, read as grid rows per postcode without
 * geometry.
 */
package nl.kansenkaart.io.capaciteitskaart;
