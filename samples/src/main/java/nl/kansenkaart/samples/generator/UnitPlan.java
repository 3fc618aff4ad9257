package nl.kansenkaart.samples.generator;

import java.util.List;
import java.util.Set;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.UsePurpose;
import org.locationtech.jts.geom.Coordinate;

/**
 * A planned verblijfsobject in the local frame, before it becomes a domain Unit.
 *
 * @param id the VBO id, 16 digits
 * @param pandIds the panden it lies in
 * @param purposes its gebruiksdoelen
 * @param areaM2 its gebruiksoppervlakte
 * @param address its hoofdadres
 * @param location its point in the local frame
 */
record UnitPlan(
        String id, List<String> pandIds, Set<UsePurpose> purposes, int areaM2, Address address, Coordinate location) {}
