/**
 * The grid position of each pand: the capaciteitskaart area (offtake and feed-in status, expected
 * relief year) that holds the footprint's interior point, or the statuses of its VBO postcodes when
 * the grid data comes per PC6 instead of as polygons.
 */
package nl.kansenkaart.core.grid;
