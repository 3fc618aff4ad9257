/**
 * Recognises what a source layer holds (IBIS, BAG, 3D BAG, EP-Online, grid capacity, KvK) from its
 * field names and maps its features onto the domain records, counting every skip with a Dutch reason.
 */
package nl.kansenkaart.io.mapping;
